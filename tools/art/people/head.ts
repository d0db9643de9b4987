/** The head: ears, skull, face, then hair and headwear, which bow with the head when it nods. */
import { P } from '../palette.ts';
import { features } from './face.ts';
import type { Body } from './geometry.ts';
import { hairFront } from './hair.ts';
import type { Look, Mood } from './look.ts';
import { box, circ, fill, group, line, n, oval, xy } from './shapes.ts';
import { darken, POLICE } from './tones.ts';

function headwear(l: Look, a: number): string {
  const ex = l.extras ?? [];
  if (ex.includes('policeCap') || ex.includes('commandCap')) {
    const c = POLICE.shirt;
    const gold = '#d8b04a';
    return (
      fill(`M${xy(-a - 5, -24)}Q${xy(-a - 10, -64)} 0 -68Q${xy(a + 10, -64)} ${xy(a + 5, -24)}Z`, c) +
      box(-a - 5, -36, 2 * a + 10, 12, POLICE.dark) +
      (ex.includes('commandCap') ? line(`M${xy(-a - 4, -30)}L${xy(a + 4, -30)}`, gold, 2.4) : '') +
      fill(`M${xy(-a - 3, -25)}Q0 -8 ${xy(a + 3, -25)}Q0 -17 ${xy(-a - 3, -25)}Z`, '#17191b') +
      fill('M0 -58L7 -53L5 -44L0 -41L-5 -44L-7 -53Z', gold)
    );
  }
  if (ex.includes('guardCap')) {
    const c = '#1f2d4d';
    return (
      fill(`M${xy(-a - 3, -16)}C${xy(-a - 3, -74)} ${xy(a + 3, -74)} ${xy(a + 3, -16)}Z`, c) +
      fill(`M${xy(-a + 2, -18)}Q0 -2 ${xy(a - 2, -18)}Q0 -12 ${xy(-a + 2, -18)}Z`, darken(c, 0.3)) +
      fill('M-9 -44h18v10h-18Z', '#c9d3dc')
    );
  }
  if (ex.includes('hat')) {
    const c = '#4a3a32';
    return (
      fill(`M${xy(-a + 4, -36)}L${xy(-a + 8, -70)}Q0 -76 ${xy(a - 8, -70)}L${xy(a - 4, -36)}Z`, c) +
      box(-a + 5, -48, 2 * a - 10, 8, l.hairAccent ?? P.flag) +
      oval([0, -36], a + 24, 8, darken(c, 0.15))
    );
  }
  return '';
}

export function head(b: Body, mood: Mood, nod: number): string {
  const l = b.look;
  const a = b.a;
  const jaw = l.jaw ?? (b.kid ? 26 : l.sex === 'f' ? 21 : 24);
  const ex = l.extras ?? [];
  const ear = b.kid ? 8 : 6;
  let s = oval([-a, ear], 6.5, 10, l.skin) + oval([a, ear], 6.5, 10, l.skin);
  if (ex.includes('earrings')) s += circ([-a, ear + 10], 2.6, P.sun) + circ([a, ear + 10], 2.6, P.sun);
  s += fill(
    `M${xy(-a, -5)}C${xy(-a, -66)} ${xy(a, -66)} ${xy(a, -5)}C${xy(a, 24)} ${xy(jaw, 48)} 0 50C${xy(-jaw, 48)} ${xy(-a, 24)} ${xy(-a, -5)}Z`,
    l.skin,
  );
  s += group(nod ? `translate(0 ${n(nod)})` : '', features(b, mood));
  const sy = 1 + nod / 40;
  s += group(
    nod ? `matrix(1 0 0 ${Math.round(sy * 100) / 100} 0 ${n(58 * (sy - 1))})` : '',
    hairFront(l, a) + headwear(l, a),
  );
  return s;
}
