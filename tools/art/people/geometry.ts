/** Body proportions by age and sex: the measurements every part of a figure is placed from. */
import type { Look } from './look.ts';
import type { Pt } from './shapes.ts';
import { clamp, lerp } from './shapes.ts';

/** Height as a fraction of the box, and height in heads, by age (children). */
const HEIGHT_BY_AGE: readonly Pt[] = [
  [5, 0.45],
  [8, 0.56],
  [10, 0.63],
  [11, 0.67],
  [13, 0.76],
  [14, 0.82],
  [15, 0.87],
  [16, 0.92],
];
const HEADS_BY_AGE: readonly Pt[] = [
  [5, 4.7],
  [8, 5.3],
  [10, 5.7],
  [11, 5.9],
  [13, 6.3],
  [14, 6.5],
  [15, 6.7],
  [16, 6.9],
];

function fromTable(table: readonly Pt[], x: number): number {
  let prev: Pt | undefined;
  for (const row of table) {
    if (x <= row[0])
      return prev === undefined ? row[1] : lerp(prev[1], row[1], (x - prev[0]) / (row[0] - prev[0]));
    prev = row;
  }
  return prev?.[1] ?? 1;
}

export const CX = 200;
export const GROUND = 795;
const FULL = 780;

export interface Body {
  readonly look: Look;
  readonly kid: boolean;
  readonly t: number; // 0 at age 5, 1 at 16 and for adults
  readonly hh: number; // head height in px (crown to chin)
  readonly k: number; // px per head unit: the head is drawn 100 units tall
  readonly a: number; // half face width in head units
  readonly headY: number;
  readonly S: number; // shoulder line
  readonly W: number; // waist
  readonly Hip: number; // crotch
  readonly knee: number;
  readonly ankle: number;
  readonly sw: number; // half shoulder width
  readonly ww: number; // half waist width
  readonly hpw: number; // half hip width
  readonly nw: number; // half neck width
  readonly armW: number;
  readonly legW: number;
  readonly handR: number;
  readonly ua: number; // upper arm, shoulder joint to elbow
  readonly fa: number; // forearm, elbow to hand centre
  readonly shoeW: number;
  readonly shoeH: number;
}

export function geometry(l: Look): Body {
  const kid = l.age < 18;
  const t = kid ? clamp((l.age - 5) / 11, 0, 1) : 1;
  const m = l.sex === 'm';
  const build = l.build ?? 1;
  const H = FULL * (kid ? fromTable(HEIGHT_BY_AGE, l.age) : (l.height ?? (m ? 1 : 0.96)));
  const hh = H / (kid ? fromTable(HEADS_BY_AGE, l.age) : 7.3);
  const T = GROUND - H;
  const headY = T + hh * 0.58;
  const S = headY + hh * 0.5 + hh * (kid ? 0.16 + 0.08 * t : 0.26);
  const Hip = GROUND - H * (kid ? 0.41 + 0.05 * t : 0.47);
  const sw = hh * (kid ? 0.6 + (m ? 0.34 : 0.24) * t : m ? 0.98 : 0.86) * build;
  const hpw = hh * (kid ? 0.5 + (m ? 0.18 : 0.26) * t : m ? 0.74 : 0.84) * (0.4 + 0.6 * build);
  const ww = hpw * (kid ? 0.96 : m ? 0.97 : 0.8) * (0.5 + 0.5 * build);
  const armW = hh * (kid ? 0.21 + 0.05 * t : m ? 0.28 : 0.25) * Math.sqrt(build);
  const legW = hh * (kid ? 0.3 + 0.09 * t : m ? 0.42 : 0.39) * Math.sqrt(build);
  const shoeH = hh * 0.15;
  const ankle = GROUND - shoeH * 0.55;
  const armLen = (Hip - S) * 1.04;
  return {
    look: l,
    kid,
    t,
    hh,
    k: hh / 100,
    a: l.face ?? (kid ? 42 : m ? 41 : 39),
    headY,
    S,
    W: S + (Hip - S) * (m ? 0.6 : 0.55),
    Hip,
    knee: lerp(Hip, ankle, 0.5),
    ankle,
    sw,
    ww,
    hpw,
    nw: hh * (m && !kid ? 0.17 : 0.15),
    armW,
    legW,
    handR: armW * (kid ? 0.62 : 0.58),
    ua: armLen * 0.5,
    fa: armLen * 0.5,
    shoeW: legW * 0.66,
    shoeH,
  };
}
