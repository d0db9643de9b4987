/**
 * Draws the cast of Primer Contacto as original flat-illustration SVGs.
 *
 *   cd /work/main && npx tsx tools/art/draw-people.ts                 (all files)
 *   cd /work/main && npx tsx tools/art/draw-people.ts --sheet /tmp/sheet.html
 *                  (also writes an HTML contact sheet of everything, for review)
 *
 * Writes
 *   assets/images/people/<child>/<mood>.svg   full standing figure, 400×800, one per mood
 *   assets/images/people/<adult>.svg          full standing figure, 400×800, neutral
 *   assets/images/portraits/<child>.svg       head and shoulders, 256×256, calm
 *
 * Every figure is assembled from the same parts (head, hair, eyes/brows/mouth per mood,
 * torso, arms solved from hand targets, legs, clothes), so the cast shares one style; a
 * character is only a parameter set in LOOKS. Nothing is downloaded, traced or embedded:
 * no fonts, no rasters, no text. The output is committed; re-run after changing this file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characters } from '../../src/core/story/characters.ts';
import { moodIds, type MoodId } from '../../src/core/story/vocabulary.ts';
import { P } from './palette.ts';

type Pt = readonly [number, number];
type Mood = MoodId | 'neutral';
type Side = -1 | 1;

// ───────────────────────────── numbers, colours, elements ─────────────────────────────

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const mix = (p: Pt, q: Pt, t: number): Pt => [lerp(p[0], q[0], t), lerp(p[1], q[1], t)];

/** One decimal, no trailing zero: keeps files small. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
const pt = (p: Pt): string => `${n(p[0])} ${n(p[1])}`;
const xy = (x: number, y: number): string => `${n(x)} ${n(y)}`;

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
function toHex(c: readonly number[]): string {
  const s = c
    .map((v) =>
      Math.round(clamp(v, 0, 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
  return s[0] === s[1] && s[2] === s[3] && s[4] === s[5] ? `#${s[0]}${s[2]}${s[4]}` : `#${s}`;
}
const darken = (c: string, t: number): string => toHex(rgb(c).map((v) => v * (1 - t)));
const lighten = (c: string, t: number): string => toHex(rgb(c).map((v) => v + (255 - v) * t));

type Attrs = Record<string, string | number | undefined>;
function el(tag: string, a: Attrs, inner = ''): string {
  let s = `<${tag}`;
  for (const [k, v] of Object.entries(a))
    if (v !== undefined) s += ` ${k}="${typeof v === 'number' ? n(v) : v}"`;
  return inner === '' ? `${s}/>` : `${s}>${inner}</${tag}>`;
}
const fill = (d: string, c: string, a: Attrs = {}): string => el('path', { d, fill: c, ...a });
const line = (d: string, c: string, w: number, a: Attrs = {}): string =>
  el('path', { d, fill: 'none', stroke: c, 'stroke-width': w, ...a });
const circ = (p: Pt, r: number, c: string, a: Attrs = {}): string =>
  el('circle', { cx: p[0], cy: p[1], r, fill: c, ...a });
const oval = (p: Pt, rx: number, ry: number, c: string, a: Attrs = {}): string =>
  el('ellipse', { cx: p[0], cy: p[1], rx, ry, fill: c, ...a });
const box = (x: number, y: number, w: number, h: number, c: string, a: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, fill: c, ...a });
const group = (transform: string, inner: string): string =>
  transform ? el('g', { transform }, inner) : inner;

// ───────────────────────────── the cast ─────────────────────────────

type HairStyle =
  | 'short'
  | 'fade'
  | 'side'
  | 'receding'
  | 'curly'
  | 'bob'
  | 'long'
  | 'ponytail'
  | 'bun'
  | 'lowbun'
  | 'pigtails'
  | 'braids'
  | 'shoulder';
type TopKind =
  | 'tee'
  | 'polo'
  | 'blouse'
  | 'hoodie'
  | 'sweater'
  | 'shirt'
  | 'zip'
  | 'jacket'
  | 'cardigan'
  | 'blazer'
  | 'tunic'
  | 'uniform';
type BottomKind = 'pants' | 'skirt' | 'pollera' | 'none';
type Extra =
  | 'beard'
  | 'bruise'
  | 'bandageHand'
  | 'bandageLip'
  | 'glasses'
  | 'moustache'
  | 'wrinkles'
  | 'earrings'
  | 'bangs'
  | 'lliclla'
  | 'hat'
  | 'policeCap'
  | 'commandCap'
  | 'guardCap'
  | 'vest'
  | 'apron'
  | 'belt'
  | 'camera'
  | 'folder'
  | 'notebook'
  | 'bag'
  | 'necklace'
  | 'badge';

interface Look {
  readonly age: number; // 18+ draws an adult
  readonly sex: 'f' | 'm';
  readonly skin: string;
  readonly hair: HairStyle;
  readonly hairColor: string;
  readonly hairAccent?: string; // ribbons, hair ties, tassels
  readonly top: TopKind;
  readonly topColor: string;
  readonly inner?: string; // shirt showing under a jacket, cardigan or sweater
  readonly accent?: string; // stripes and woven bands
  readonly accent2?: string;
  readonly sleeves?: 'short' | 'long';
  readonly bottom: BottomKind;
  readonly bottomColor: string;
  readonly bottomAccent?: string;
  readonly skirtLength?: number; // 0 at the knee … 1 at the ankle
  readonly legs?: string; // tights or leggings under a skirt
  readonly shoes: string;
  readonly build?: number; // width, 1 = average
  readonly height?: number; // adults: fraction of the 800 px box
  readonly jaw?: number; // half-width of the chin curve in head units
  readonly face?: number; // half face width in head units (default 42 child, 41 man, 39 woman)
  readonly nose?: number;
  readonly extras?: readonly Extra[];
  readonly bg?: string; // portrait background
}

const HAIR = { black: '#1b1410', dark: '#2a1c14', brown: '#3d281b', grey: '#a19a92', greying: '#5d5650' };
const SKIN = {
  s1: '#e6b68e',
  s2: '#d6a074',
  s3: '#c68b5e',
  s4: '#b57a4e',
  s5: '#a56b42',
  s6: '#8e5a36',
  s7: '#74462a',
};
const POLICE = { shirt: P.leaf, trousers: P.pine, dark: P.pineDeep };

/** Everyone who is drawn. Keys are the character ids of src/core/story/characters.ts. */
const LOOKS: Record<string, Look> = {
  // ── children ──
  milagros: {
    age: 8,
    sex: 'f',
    skin: SKIN.s3,
    hair: 'shoulder',
    hairColor: HAIR.dark,
    hairAccent: '#e8577a',
    top: 'cardigan',
    topColor: P.sun,
    inner: '#f7f3ea',
    bottom: 'skirt',
    bottomColor: '#34467a',
    skirtLength: 0,
    shoes: '#7a3b2e',
    bg: '#f6e3b8',
  },
  jhon: {
    age: 10,
    sex: 'm',
    skin: SKIN.s7,
    hair: 'curly',
    hairColor: HAIR.black,
    top: 'tee',
    topColor: P.sky,
    accent: P.white,
    bottom: 'pants',
    bottomColor: '#3b4a6b',
    shoes: '#d9dde0',
    jaw: 24,
    nose: 4.2,
    extras: ['bruise'],
    bg: '#cfe3f1',
  },
  ana_lucia: {
    age: 5,
    sex: 'f',
    skin: SKIN.s3,
    hair: 'pigtails',
    hairColor: HAIR.dark,
    hairAccent: P.coral,
    top: 'tee',
    topColor: '#f4a9bb',
    bottom: 'skirt',
    bottomColor: '#f4a9bb',
    skirtLength: -0.2,
    legs: P.lilac,
    shoes: P.coral,
    extras: ['bangs'],
    bg: '#f7dbe2',
  },
  yesenia: {
    age: 15,
    sex: 'f',
    skin: SKIN.s5,
    hair: 'ponytail',
    hairColor: HAIR.black,
    hairAccent: '#8a4b3a',
    top: 'tee',
    topColor: P.teal,
    bottom: 'pants',
    bottomColor: '#3d4f78',
    shoes: '#5b4a3e',
    jaw: 25,
    nose: 4.2,
    build: 1.06,
    bg: '#cfe8e4',
  },
  diego: {
    age: 13,
    sex: 'm',
    skin: SKIN.s1,
    hair: 'side',
    hairColor: HAIR.brown,
    top: 'zip',
    topColor: '#2f5d8a',
    inner: P.white,
    accent: P.white,
    bottom: 'pants',
    bottomColor: '#6b6f78',
    shoes: '#26303a',
    jaw: 21,
    bg: '#d6e0ec',
  },
  kevin: {
    age: 16,
    sex: 'm',
    skin: SKIN.s4,
    hair: 'fade',
    hairColor: HAIR.black,
    top: 'hoodie',
    topColor: '#5b6068',
    accent: '#d9dde0',
    bottom: 'pants',
    bottomColor: '#2f3c57',
    shoes: '#ececec',
    jaw: 21,
    nose: 4,
    extras: ['bandageHand'],
    bg: '#dcdfe3',
  },
  rosa: {
    age: 14,
    sex: 'f',
    skin: SKIN.s3,
    hair: 'long',
    hairColor: HAIR.dark,
    top: 'jacket',
    topColor: '#5a7fb0',
    inner: P.coral,
    bottom: 'pants',
    bottomColor: '#2b2b33',
    shoes: '#eeeeee',
    jaw: 22,
    bg: '#f3d9cf',
  },
  yanet: {
    age: 11,
    sex: 'f',
    skin: SKIN.s6,
    hair: 'braids',
    hairColor: HAIR.black,
    hairAccent: P.flag,
    top: 'sweater',
    topColor: '#8c2f39',
    accent: P.sun,
    accent2: P.white,
    bottom: 'pollera',
    bottomColor: '#d6336c',
    bottomAccent: P.teal,
    skirtLength: 0.45,
    shoes: '#4a3a2e',
    jaw: 25,
    nose: 4,
    extras: ['lliclla'],
    bg: '#f1d7c9',
  },
  // ── adults ──
  carmen: {
    age: 34,
    sex: 'f',
    skin: SKIN.s3,
    hair: 'bun',
    hairColor: HAIR.dark,
    top: 'cardigan',
    topColor: '#7a8f6a',
    inner: P.cream,
    bottom: 'pants',
    bottomColor: '#3a3f4f',
    shoes: '#3b2a20',
    extras: ['earrings'],
  },
  stepfather: {
    age: 38,
    sex: 'm',
    skin: SKIN.s4,
    hair: 'short',
    hairColor: HAIR.black,
    top: 'shirt',
    face: 42,
    jaw: 26,
    topColor: '#9fb4c8',
    bottom: 'pants',
    bottomColor: '#39465e',
    shoes: '#3b2a20',
    extras: ['belt'],
  },
  lucy: {
    age: 30,
    sex: 'f',
    skin: SKIN.s6,
    hair: 'shoulder',
    hairColor: HAIR.black,
    jaw: 23,
    top: 'cardigan',
    topColor: '#6c5a7d',
    inner: '#d9c7e3',
    bottom: 'pants',
    bottomColor: '#4a4a55',
    shoes: '#2a2a2a',
    extras: ['bandageLip'],
  },
  serenazgo: {
    age: 40,
    sex: 'm',
    skin: SKIN.s5,
    hair: 'short',
    hairColor: HAIR.black,
    top: 'shirt',
    topColor: '#9fc0dd',
    bottom: 'pants',
    bottomColor: '#1f2d4d',
    shoes: '#1c1c1c',
    extras: ['guardCap', 'vest', 'belt'],
  },
  uncle: {
    age: 46,
    sex: 'm',
    skin: SKIN.s5,
    hair: 'receding',
    hairColor: HAIR.dark,
    top: 'jacket',
    face: 43,
    jaw: 27,
    topColor: '#7b5a3c',
    inner: '#d9cfbf',
    bottom: 'pants',
    bottomColor: '#4a4f57',
    shoes: '#3a2a20',
    build: 1.06,
  },
  mama_rosa: {
    age: 32,
    sex: 'f',
    skin: SKIN.s4,
    hair: 'ponytail',
    hairColor: HAIR.black,
    hairAccent: '#6e3b2a',
    top: 'blouse',
    topColor: P.apricot,
    bottom: 'skirt',
    bottomColor: '#3c4a6b',
    skirtLength: 0.3,
    shoes: '#3a2a20',
    extras: ['apron', 'earrings'],
  },
  cousin: {
    age: 24,
    sex: 'm',
    skin: SKIN.s4,
    hair: 'fade',
    hairColor: HAIR.black,
    top: 'zip',
    face: 40,
    jaw: 20,
    topColor: '#3d3d45',
    inner: '#a83a3a',
    accent: '#a83a3a',
    bottom: 'pants',
    bottomColor: '#33405c',
    shoes: '#e6e6e6',
  },
  interpreter_ashaninka: {
    age: 38,
    sex: 'f',
    skin: SKIN.s5,
    hair: 'long',
    hairColor: HAIR.black,
    top: 'tunic',
    topColor: '#8a5a3c',
    accent: '#4a2e20',
    accent2: P.flag,
    bottom: 'none',
    bottomColor: '#8a5a3c',
    shoes: '#4a3328',
    jaw: 25,
    extras: ['bangs', 'necklace', 'badge'],
  },
  interpreter_quechua: {
    age: 40,
    sex: 'm',
    skin: SKIN.s5,
    hair: 'side',
    hairColor: HAIR.black,
    top: 'sweater',
    face: 42,
    topColor: '#5a6e8c',
    inner: P.white,
    accent: P.sun,
    accent2: P.flag,
    bottom: 'pants',
    bottomColor: '#4b4b52',
    shoes: '#2b2b2b',
    jaw: 26,
    extras: ['bag', 'badge', 'moustache'],
  },
  patricia: {
    age: 42,
    sex: 'f',
    skin: SKIN.s1,
    hair: 'bob',
    hairColor: HAIR.brown,
    top: 'cardigan',
    topColor: '#b5566a',
    inner: '#f3ece2',
    bottom: 'pants',
    bottomColor: '#3b3b44',
    shoes: '#2a2a2a',
  },
  grandmother: {
    age: 68,
    sex: 'f',
    skin: SKIN.s4,
    hair: 'bun',
    hairColor: HAIR.grey,
    top: 'cardigan',
    topColor: '#6d5a8a',
    inner: '#efe6d8',
    bottom: 'skirt',
    bottomColor: '#4a4550',
    skirtLength: 0.55,
    shoes: '#2e2a26',
    height: 0.9,
    build: 1.08,
    extras: ['glasses', 'wrinkles'],
  },
  defender: {
    age: 45,
    sex: 'f',
    skin: SKIN.s2,
    hair: 'lowbun',
    hairColor: HAIR.black,
    top: 'blazer',
    topColor: '#2d3a55',
    inner: P.white,
    bottom: 'pants',
    bottomColor: '#222b40',
    shoes: '#1c1c1c',
    extras: ['folder', 'earrings'],
  },
  gladys: {
    age: 38,
    sex: 'f',
    skin: SKIN.s3,
    hair: 'long',
    hairColor: HAIR.dark,
    jaw: 22,
    top: 'jacket',
    topColor: P.terracotta,
    inner: P.linen,
    bottom: 'pants',
    bottomColor: '#3a4560',
    shoes: '#2a2a2a',
    extras: ['earrings'],
  },
  online_man: {
    age: 33,
    sex: 'm',
    skin: SKIN.s2,
    hair: 'short',
    hairColor: HAIR.dark,
    top: 'polo',
    face: 40,
    jaw: 22,
    topColor: '#5f7f6a',
    bottom: 'pants',
    bottomColor: '#a8977a',
    shoes: '#5a3e2b',
  },
  teacher: {
    age: 40,
    sex: 'f',
    skin: SKIN.s5,
    hair: 'lowbun',
    hairColor: HAIR.black,
    top: 'cardigan',
    topColor: '#3f6e8c',
    inner: P.cream,
    bottom: 'skirt',
    bottomColor: '#5a4a42',
    skirtLength: 0.35,
    shoes: '#3a2a20',
    extras: ['notebook', 'earrings'],
  },
  aunt: {
    age: 42,
    sex: 'f',
    skin: SKIN.s6,
    hair: 'braids',
    hairColor: HAIR.black,
    hairAccent: '#2b4f8a',
    top: 'sweater',
    topColor: '#3d6e4a',
    accent: P.sun,
    accent2: P.flag,
    bottom: 'pollera',
    bottomColor: '#2b4f8a',
    bottomAccent: P.sun,
    skirtLength: 0.45,
    shoes: '#2e2a26',
    jaw: 25,
    extras: ['hat', 'lliclla'],
  },
  reporter: {
    age: 35,
    sex: 'm',
    skin: SKIN.s3,
    hair: 'side',
    hairColor: HAIR.brown,
    top: 'jacket',
    face: 40,
    topColor: '#6b6a4f',
    inner: '#dcdcdc',
    bottom: 'pants',
    bottomColor: '#3e3a36',
    shoes: '#2b2b2b',
    extras: ['camera', 'beard', 'glasses'],
  },
  colleague_f: {
    age: 30,
    sex: 'f',
    skin: SKIN.s4,
    hair: 'lowbun',
    hairColor: HAIR.black,
    top: 'uniform',
    topColor: POLICE.shirt,
    bottom: 'pants',
    bottomColor: POLICE.trousers,
    shoes: '#151515',
    extras: ['belt', 'policeCap'],
  },
  colleague_m: {
    age: 35,
    sex: 'm',
    skin: SKIN.s6,
    hair: 'fade',
    hairColor: HAIR.black,
    top: 'uniform',
    face: 42,
    topColor: POLICE.shirt,
    bottom: 'pants',
    bottomColor: POLICE.trousers,
    shoes: '#151515',
    jaw: 25,
    extras: ['belt'],
  },
  commander: {
    age: 55,
    sex: 'm',
    skin: SKIN.s3,
    hair: 'short',
    hairColor: HAIR.greying,
    top: 'uniform',
    face: 43,
    jaw: 27,
    topColor: POLICE.shirt,
    bottom: 'pants',
    bottomColor: POLICE.trousers,
    shoes: '#151515',
    build: 1.12,
    extras: ['belt', 'commandCap', 'moustache', 'wrinkles'],
  },
  officer: {
    age: 27,
    sex: 'm',
    skin: SKIN.s4,
    hair: 'short',
    hairColor: HAIR.black,
    top: 'uniform',
    topColor: POLICE.shirt,
    bottom: 'pants',
    bottomColor: POLICE.trousers,
    shoes: '#151515',
    extras: ['belt', 'policeCap'],
  },
};

// ───────────────────────────── body geometry ─────────────────────────────

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

const CX = 200;
const GROUND = 795;
const FULL = 780;

interface Body {
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

function geometry(l: Look): Body {
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

// ───────────────────────────── posture per mood ─────────────────────────────

interface Posed extends Body {
  readonly S: number; // shoulder line after lifting or dropping the shoulders
  readonly sw: number;
  readonly head: Pt; // head centre
}

interface Pose {
  readonly lean?: number; // degrees, upper body about the hips (negative leans back-left)
  readonly sway?: number; // degrees, whole body about the ankles (shoes stay flat)
  readonly lift?: number; // shoulders up, in head heights
  readonly drop?: number; // head lowered, in head heights
  readonly tilt?: number; // head roll, degrees
  readonly nod?: number; // face features lowered (head bowed), head units
  readonly narrow?: number; // shoulder width factor (hunching)
  /** Hand centres for the arm on the viewer's left (side -1) and right (side 1). */
  readonly hands: (b: Posed) => readonly [Pt, Pt];
  /** Explicit elbows, when a forearm points at the viewer and cannot be solved in 2D. */
  readonly elbows?: (b: Posed) => readonly [Pt, Pt];
  readonly front?: Side; // which forearm is drawn last
  readonly feet?: readonly [number, number]; // ankle x as a fraction of hip half-width
  readonly knees?: number; // 0 straight … 1 knees together
}

const hang = (b: Posed, s: Side, out = 0.25, reach = 0.995): Pt => [
  CX + s * (b.sw + b.armW * out),
  b.S + b.armW * 0.5 + (b.ua + b.fa) * reach,
];

const POSES: Record<Mood, Pose> = {
  neutral: { hands: (b) => [hang(b, -1), hang(b, 1)], feet: [-0.55, 0.55] },
  calm: { hands: (b) => [hang(b, -1, 0.3), hang(b, 1, 0.3)], feet: [-0.55, 0.55] },
  anxious: {
    lift: 0.05,
    tilt: -4,
    hands: (b) => {
      const y = lerp(b.W, b.Hip, 0.3);
      return [
        [CX - b.handR * 0.55, y],
        [CX + b.handR * 0.55, y + b.handR * 0.25],
      ];
    },
    elbows: (b) => [
      [CX - b.sw * 1.02, b.S + b.ua * 0.92],
      [CX + b.sw * 1.02, b.S + b.ua * 0.92],
    ],
    feet: [-0.4, 0.4],
    knees: 0.25,
  },
  scared: {
    lean: -4,
    sway: -3.5,
    lift: 0.13,
    drop: 0.05,
    hands: (b) => [
      [CX - b.sw * 0.12, b.S + b.hh * 0.3],
      [CX + b.sw * 0.24, b.S + b.hh * 0.14],
    ],
    feet: [-0.95, 0.3],
  },
  crying: {
    lift: 0.07,
    drop: 0.12,
    nod: 7,
    hands: (b) => [
      [b.head[0] - b.a * 0.98 * b.k, b.head[1] + 34 * b.k],
      [b.head[0] + b.a * 0.98 * b.k, b.head[1] + 31 * b.k],
    ],
    elbows: (b) => [
      [CX - b.sw * 0.7, b.S + b.hh * 0.95],
      [CX + b.sw * 0.74, b.S + b.hh * 0.9],
    ],
    feet: [-0.38, 0.38],
    knees: 0.45,
  },
  withdrawn: {
    lift: 0.08,
    drop: 0.1,
    nod: 4,
    tilt: 5,
    narrow: 0.9,
    hands: (b) => [
      [CX + b.sw * 0.74, b.S + b.hh * 0.42],
      [CX - b.sw * 0.74, b.S + b.hh * 0.5],
    ],
    front: 1,
    feet: [-0.22, 0.22],
    knees: 0.6,
  },
  angry: {
    lift: 0.02,
    nod: 2,
    tilt: -3,
    hands: (b) => {
      const y = lerp(b.S, b.W, 0.6);
      return [
        [CX + b.sw * 0.6, y],
        [CX - b.sw * 0.6, y + b.armW * 0.6],
      ];
    },
    front: 1,
    feet: [-0.9, 0.9],
  },
  relieved: {
    lift: -0.05,
    tilt: 5,
    hands: (b) => [[CX + b.sw * 0.2, b.S + b.hh * 0.58], hang(b, 1, 0.1)],
    front: -1,
    feet: [-0.45, 0.65],
  },
};

/** Props change where the hands go; the face stays neutral. */
function poseFor(l: Look, mood: Mood): Pose {
  const base = POSES[mood];
  const ex = l.extras ?? [];
  if (ex.includes('camera'))
    return {
      ...base,
      hands: (b) => [
        [CX - b.hh * 0.5, camY(b)],
        [CX + b.hh * 0.5, camY(b)],
      ],
      elbows: (b) => [
        [CX - b.sw * 1.05, b.S + b.hh * 1.05],
        [CX + b.sw * 1.05, b.S + b.hh * 1.05],
      ],
    };
  if (ex.includes('folder')) return { ...base, hands: (b) => [hang(b, -1), hang(b, 1, 0.45, 0.985)] };
  if (ex.includes('notebook'))
    return {
      ...base,
      hands: (b) => [hang(b, -1), [CX + b.sw * 0.3, b.S + b.hh * 1.0]],
      elbows: (b) => [
        solveElbow([CX - b.sw + b.armW / 2, b.S], hang(b, -1), b.ua, b.fa)[0],
        [CX + b.sw * 1.02, b.S + b.hh * 1.15],
      ],
    };
  return base;
}
const camY = (b: Posed): number => b.S + b.hh * 0.85;

/**
 * Two-bone arm: elbow from shoulder, hand and bone lengths. Prefers the lower elbow; for a nearly
 * straight arm, the elbow away from the body (a relaxed arm bends outward, hand toward the thigh).
 */
function solveElbow(sh: Pt, hand: Pt, l1: number, l2: number): readonly [Pt, Pt] {
  const dx = hand[0] - sh[0];
  const dy = hand[1] - sh[1];
  const full = Math.hypot(dx, dy);
  const d = clamp(full, Math.abs(l1 - l2) + 1, (l1 + l2) * 0.999);
  const reach: Pt = [sh[0] + (dx / full) * d, sh[1] + (dy / full) * d];
  const a = Math.acos(clamp((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d), -1, 1));
  const base = Math.atan2(dy, dx);
  const e1: Pt = [sh[0] + l1 * Math.cos(base + a), sh[1] + l1 * Math.sin(base + a)];
  const e2: Pt = [sh[0] + l1 * Math.cos(base - a), sh[1] + l1 * Math.sin(base - a)];
  const outward = Math.abs(e1[0] - CX) >= Math.abs(e2[0] - CX) ? e1 : e2;
  const lower = e1[1] >= e2[1] ? e1 : e2;
  return [Math.abs(e1[1] - e2[1]) < l1 * 0.3 ? outward : lower, full > d ? reach : hand];
}

// ───────────────────────────── head, hair and face (head units, 100 tall) ─────────────────────────────

const INK = P.ink;
const MOUTH = '#6e2c24';
const MOUTH_OPEN = '#4f1c17';
const TEAR = '#8fcdee';

/** Outer hair contour over the crown: from the left side at y, over the top, to the right side. */
const crown = (a: number, top: number, y: number, out: number): string => {
  const c = (top - 0.25 * y) / 0.75;
  return `M${xy(-a - out, y)}C${xy(-a - out - 3, c)} ${xy(a + out + 3, c)} ${xy(a + out, y)}`;
};

function hairBack(l: Look, a: number): string {
  const c = darken(l.hairColor, 0.12);
  switch (l.hair) {
    case 'long':
      return fill(`${crown(a, -58, 0, 6)}L${xy(a + 12, 122)}Q0 132 ${xy(-a - 12, 122)}Z`, c);
    case 'shoulder':
      return fill(`${crown(a, -58, 0, 6)}L${xy(a + 11, 80)}Q0 90 ${xy(-a - 11, 80)}Z`, c);
    case 'bob':
      return fill(`${crown(a, -58, 0, 7)}L${xy(a + 9, 48)}Q0 60 ${xy(-a - 9, 48)}Z`, c);
    case 'bun':
      return circ([0, -58], 17, l.hairColor);
    case 'pigtails':
      return [-1, 1]
        .map((s) =>
          oval([s * (a + 12), 2], 11, 17, l.hairColor, {
            transform: `rotate(${s * -25} ${xy(s * (a + 12), 2)})`,
          }),
        )
        .join('');
    case 'braids':
      return fill(`${crown(a, -56, 8, 3)}L${xy(a + 2, 30)}L${xy(-a - 2, 30)}Z`, c);
    default:
      return '';
  }
}

function hairFront(l: Look, a: number): string {
  const c = l.hairColor;
  const ex = l.extras ?? [];
  const bangs = ex.includes('bangs');
  let s = '';
  switch (l.hair) {
    case 'short':
      s = fill(
        `${crown(a, -59, -2, 3)}L${xy(a - 1, -10)}Q${xy(a - 3, -28)} ${xy(a - 15, -30)}Q6 -25 -5 -32Q${xy(-a + 9, -28)} ${xy(-a + 1, -10)}Z`,
        c,
      );
      break;
    case 'fade':
      s =
        fill(
          `${crown(a, -57, -6, 1)}L${xy(a - 1, -12)}Q${xy(a - 5, -34)} ${xy(a - 17, -35)}Q0 -39 ${xy(-a + 17, -35)}Q${xy(-a + 5, -34)} ${xy(-a + 1, -12)}Z`,
          c,
        ) +
        line(
          `M${xy(-a + 2, -14)}Q${xy(-a + 4, -34)} ${xy(-a + 16, -36)}M${xy(a - 2, -14)}Q${xy(a - 4, -34)} ${xy(a - 16, -36)}`,
          lighten(c, 0.18),
          2.5,
        );
      break;
    case 'side':
      s = fill(
        `${crown(a, -61, -2, 3)}L${xy(a - 1, -8)}Q${xy(a, -31)} ${xy(a - 14, -34)}Q-4 -38 -16 -27Q${xy(-a + 8, -22)} ${xy(-a + 1, -6)}Z`,
        c,
      );
      break;
    case 'receding':
      s = fill(
        `${crown(a, -55, 0, 2)}L${xy(a - 1, -6)}Q${xy(a - 3, -36)} ${xy(a - 15, -37)}Q0 -45 ${xy(-a + 15, -37)}Q${xy(-a + 3, -36)} ${xy(-a + 1, -6)}Z`,
        c,
      );
      break;
    case 'curly': {
      const pts: Pt[] = [];
      for (let i = 0; i <= 8; i++) {
        const ang = Math.PI + (i / 8) * Math.PI;
        pts.push([(a + 5) * Math.cos(ang), -14 + 44 * Math.sin(ang)]);
      }
      let d = `M${pt(pts[0] ?? [0, 0])}`;
      for (let i = 1; i < pts.length; i++) d += `A9 9 0 0 1 ${pt(pts[i] ?? [0, 0])}`;
      s = fill(
        `${d}L${xy(a, -6)}Q${xy(a - 3, -27)} ${xy(a - 14, -29)}Q0 -33 ${xy(-a + 14, -29)}Q${xy(-a + 3, -27)} ${xy(-a, -6)}Z`,
        c,
      );
      break;
    }
    case 'long':
    case 'shoulder':
    case 'bob': {
      const part = bangs
        ? `L${xy(a - 1, 6)}L${xy(a - 3, -14)}Q0 -9 ${xy(-a + 3, -14)}L${xy(-a + 1, 6)}Z`
        : `L${xy(a - 1, 8)}C${xy(a - 3, -22)} ${xy(a - 12, -36)} 12 -38C-6 -33 ${xy(-a + 5, -22)} ${xy(-a + 1, 8)}Z`;
      s = fill(`${crown(a, -59, 10, 5)}${part}`, c);
      if (l.hair === 'long')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 5), 2)}Q${xy(k * (a + 4), 50)} ${xy(k * (a + 10), 78)}Q${xy(k * (a + 15), 104)} ${xy(k * (a + 17), 126)}Q${xy(k * (a + 4), 120)} ${xy(k * (a - 2), 96)}Q${xy(k * (a - 5), 60)} ${xy(k * (a - 2), 10)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hair === 'shoulder')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 5), 2)}Q${xy(k * (a + 6), 50)} ${xy(k * (a + 12), 82)}Q${xy(k * (a + 2), 84)} ${xy(k * (a - 3), 60)}Q${xy(k * (a - 5), 30)} ${xy(k * (a - 2), 10)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hair === 'bob')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 6), 2)}Q${xy(k * (a + 8), 34)} ${xy(k * (a + 9), 48)}Q${xy(k * (a - 2), 52)} ${xy(k * (a - 5), 40)}Q${xy(k * (a - 4), 20)} ${xy(k * (a - 2), 6)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hairAccent !== undefined && l.hair === 'shoulder')
        s += line(
          `M${xy(-a - 3, -4)}C${xy(-a - 1, -62)} ${xy(a + 1, -62)} ${xy(a + 3, -4)}`,
          l.hairAccent,
          6,
        );
      break;
    }
    default: {
      // centre part, hair drawn back: ponytail, bun, lowbun, pigtails, braids
      const part = bangs
        ? `L${xy(a - 1, 2)}L${xy(a - 3, -14)}Q0 -9 ${xy(-a + 3, -14)}L${xy(-a + 1, 2)}Z`
        : `L${xy(a - 1, 0)}C${xy(a - 2, -26)} 16 -38 1 -38L-1 -38C-16 -38 ${xy(-a + 2, -26)} ${xy(-a + 1, 0)}Z`;
      s = fill(`${crown(a, -57, 4, 3)}${part}`, c);
      if (l.hair === 'ponytail')
        s +=
          fill(
            `M${xy(-a + 2, 34)}Q${xy(-a - 20, 62)} ${xy(-a - 12, 132)}Q${xy(-a - 4, 136)} ${xy(-a + 1, 124)}Q${xy(-a - 2, 80)} ${xy(-a + 16, 46)}Z`,
            c,
          ) +
          oval([-a + 2, 50], 9.5, 3.5, l.hairAccent ?? darken(c, 0.3), {
            transform: `rotate(-25 ${xy(-a + 2, 50)})`,
          });
      if (l.hair === 'pigtails' && l.hairAccent !== undefined)
        s += circ([-a - 2, -2], 5, l.hairAccent) + circ([a + 2, -2], 5, l.hairAccent);
      if (l.hair === 'braids') {
        const tie = l.hairAccent ?? P.flag;
        for (const k of [-1, 1]) {
          for (let i = 0; i < 6; i++)
            s += oval([k * (a - 3 + i * 0.6), 22 + i * 19], 8.5, 12, i % 2 ? darken(c, 0.1) : c);
          const end: Pt = [k * (a + 1), 22 + 6 * 19];
          s +=
            box(end[0] - 5, end[1] - 6, 10, 6, tie) +
            fill(
              `M${xy(end[0] - 6, end[1])}L${xy(end[0] + 6, end[1])}L${xy(end[0] + 4, end[1] + 14)}L${xy(end[0] - 4, end[1] + 14)}Z`,
              tie,
            );
        }
      }
    }
  }
  return s;
}

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

interface Brow {
  readonly inner: number;
  readonly outer: number;
  readonly arch: number;
  readonly raise: number;
}
const BROWS: Record<Mood, Brow> = {
  neutral: { inner: 0, outer: 0, arch: 1.5, raise: 0 },
  calm: { inner: 0, outer: 0, arch: 2.5, raise: -0.5 },
  anxious: { inner: -4, outer: 1.5, arch: 0.5, raise: -1 },
  scared: { inner: -5, outer: 0, arch: 3, raise: -5 },
  crying: { inner: -6, outer: 2.5, arch: 0, raise: -1 },
  withdrawn: { inner: -1.5, outer: 2, arch: 0, raise: 2 },
  angry: { inner: 6, outer: -2.5, arch: -1, raise: 1 },
  relieved: { inner: -2.5, outer: 0.5, arch: 2, raise: -1 },
};

function features(b: Body, mood: Mood): string {
  const l = b.look;
  const a = b.a;
  const ex = l.extras ?? [];
  const eyeY = b.kid ? 10 - 4 * b.t : 4;
  const mouthY = b.kid ? 35 : 35;
  const noseY = lerp(eyeY, mouthY, 0.6);
  const e = a * 0.43; // eye distance from the midline
  const er = b.kid ? 4.6 - 0.6 * b.t : 3.9; // eye radius
  const shade = darken(l.skin, 0.3);
  const female = l.sex === 'f';
  const brow = l.hairColor === HAIR.grey ? '#6f6a64' : darken(l.hairColor, 0.1);
  let s = '';

  // cheeks
  if (b.kid || mood === 'crying') {
    const op = mood === 'crying' || mood === 'angry' ? 0.34 : l.skin === SKIN.s6 ? 0.3 : 0.2;
    s +=
      oval([-e - 3, eyeY + 13], 7, 4, P.coral, { opacity: op }) +
      oval([e + 3, eyeY + 13], 7, 4, P.coral, { opacity: op });
  }

  // eyes
  for (const k of [-1, 1]) {
    const x = k * e;
    const y = eyeY;
    switch (mood) {
      case 'scared':
        s +=
          oval([x, y], er * 1.45, er * 1.6, P.white, { stroke: INK, 'stroke-width': 1.2 }) +
          circ([x, y + 0.5], er * 0.85, INK) +
          circ([x + 1, y - 1], er * 0.28, P.white);
        break;
      case 'crying':
        s += line(`M${xy(x - k * 6, y + 1)}Q${xy(x, y - 4)} ${xy(x + k * 6, y + 2.5)}`, INK, 2.6);
        break;
      case 'withdrawn':
        s +=
          fill(`M${xy(x - er, y + 1)}A${xy(er, er)} 0 0 0 ${xy(x + er, y + 1)}Z`, INK) +
          line(`M${xy(x - k * (er + 1.5), y)}L${xy(x + k * (er + 1.5), y + 1.5)}`, INK, 2);
        break;
      case 'angry':
        s += fill(
          `M${xy(x - k * er * 1.2, y - er * 0.1)}L${xy(x + k * er * 1.2, y - er * 0.9)}Q${xy(x + k * er * 1.2, y + er)} ${xy(x, y + er * 0.95)}Q${xy(x - k * er * 1.2, y + er * 0.8)} ${xy(x - k * er * 1.2, y - er * 0.1)}Z`,
          INK,
        );
        break;
      case 'relieved':
        s += line(`M${xy(x - 5.5, y)}Q${xy(x, y + 5)} ${xy(x + 5.5, y)}`, INK, 2.5);
        break;
      default: {
        const look = mood === 'anxious' ? -1.2 : 0;
        s +=
          oval([x + look, y], er, er * 1.18, INK) +
          circ([x + look + er * 0.35, y - er * 0.4], er * 0.34, P.white);
      }
    }
    if (female && (mood === 'calm' || mood === 'neutral' || mood === 'anxious' || mood === 'scared')) {
      const r = mood === 'scared' ? er * 1.45 : er;
      s += line(`M${xy(x + k * r * 0.8, y - r * 0.8)}l${xy(k * 2.6, -2)}`, INK, 1.5);
    }
  }

  // brows
  const bm = BROWS[mood];
  const by = eyeY - (b.kid ? 13 : 12) + bm.raise;
  const bw = b.kid ? 6.5 : 7;
  for (const k of [-1, 1]) {
    const inner: Pt = [k * (e - bw), by + bm.inner];
    const outer: Pt = [k * (e + bw), by + bm.outer];
    s += line(
      `M${pt(inner)}Q${xy(k * e, by - bm.arch + (bm.inner + bm.outer) / 2)} ${pt(outer)}`,
      brow,
      l.sex === 'm' && !b.kid ? 3.6 : 3,
    );
  }

  // nose
  const nw = l.nose ?? (b.kid ? 3.4 : 4);
  s += line(`M${xy(-nw, noseY)}Q0 ${n(noseY + 3.2)} ${xy(nw, noseY)}`, shade, 2.2);

  // mouth
  const my = mouthY;
  switch (mood) {
    case 'calm':
      s += line(`M-8 ${n(my)}Q0 ${n(my + 6)} 8 ${n(my)}`, MOUTH, 2.6);
      break;
    case 'neutral':
      s += line(`M-7 ${n(my + 1)}Q0 ${n(my + 3)} 7 ${n(my + 1)}`, MOUTH, 2.5);
      break;
    case 'anxious':
      s += line(`M-6.5 ${n(my + 1)}Q-3.2 ${n(my - 1.5)} 0 ${n(my + 1)}T6.5 ${n(my + 1)}`, MOUTH, 2.4);
      break;
    case 'scared':
      s += oval([0, my + 2], 4.5, 6, MOUTH_OPEN);
      break;
    case 'crying':
      s += fill(`M-9 ${n(my + 5)}Q0 ${n(my - 7)} 9 ${n(my + 5)}Q0 ${n(my + 2)} -9 ${n(my + 5)}Z`, MOUTH_OPEN);
      break;
    case 'withdrawn':
      s += line(`M-4.5 ${n(my + 2)}Q0 ${n(my + 0.5)} 4.5 ${n(my + 2)}`, MOUTH, 2.4);
      break;
    case 'angry':
      s += line(`M-8 ${n(my + 4)}Q0 ${n(my - 3)} 8 ${n(my + 4)}`, MOUTH, 2.8);
      break;
    case 'relieved':
      s += line(`M-6 ${n(my)}Q0 ${n(my + 4.5)} 6 ${n(my)}`, MOUTH, 2.4);
      break;
  }

  // tears
  if (mood === 'crying')
    for (const k of [-1, 1]) {
      const x = k * e;
      s +=
        line(`M${xy(x, eyeY + 4)}Q${xy(x + k * 2, eyeY + 12)} ${xy(x + k, eyeY + 19)}`, TEAR, 3.4) +
        oval([x + k, eyeY + 24], 3, 3.8, TEAR);
    }

  // marks and accessories on the face
  if (ex.includes('beard')) {
    const jaw = l.jaw ?? 24;
    s += fill(
      `M${xy(-a, 2)}C${xy(-a, 26)} ${xy(-jaw, 50)} 0 52C${xy(jaw, 50)} ${xy(a, 26)} ${xy(a, 2)}L${xy(a - 5, 6)}C${xy(a - 6, 24)} 15 ${n(my - 6)} 0 ${n(my - 7)}C-15 ${n(my - 6)} ${xy(-a + 6, 24)} ${xy(-a + 5, 6)}Z`,
      l.hairColor,
      { opacity: 0.55 },
    );
  }
  if (ex.includes('wrinkles'))
    s += line(
      `M${xy(-8, noseY + 2)}Q-11 ${n(my - 4)} -11 ${n(my)}M${xy(8, noseY + 2)}Q11 ${n(my - 4)} 11 ${n(my)}M${xy(-e - 7, eyeY + 1)}l-3 -2M${xy(e + 7, eyeY + 1)}l3 -2`,
      shade,
      1.3,
      { opacity: 0.5 },
    );
  if (ex.includes('moustache'))
    s += fill(
      `M-11 ${n(my - 2)}Q0 ${n(my - 10)} 11 ${n(my - 2)}Q0 ${n(my - 5)} -11 ${n(my - 2)}Z`,
      HAIR.greying,
    );
  if (ex.includes('bandageLip'))
    s += box(5, my - 3.5, 9, 5, '#f2e4c8', { rx: 1.2, transform: `rotate(-20 ${xy(9, my)})` });
  if (ex.includes('glasses'))
    s += el(
      'g',
      { fill: 'none', stroke: '#4a4440', 'stroke-width': 1.8 },
      circ([-e, eyeY], 8.5, 'none') +
        circ([e, eyeY], 8.5, 'none') +
        el('path', { d: `M${xy(-e + 8.5, eyeY - 1)}Q0 ${n(eyeY - 4)} ${xy(e - 8.5, eyeY - 1)}` }),
    );
  return s;
}

function head(b: Body, mood: Mood, nod: number): string {
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

// ───────────────────────────── clothes and body ─────────────────────────────

const sleevesOf = (l: Look): 'short' | 'long' =>
  l.sleeves ??
  (l.top === 'tee' || l.top === 'polo' || l.top === 'blouse' || l.top === 'tunic' ? 'short' : 'long');

interface Hem {
  readonly y: number;
  readonly half: number;
  readonly waist: number;
}
function hemOf(b: Posed): Hem {
  const l = b.look;
  const loose = Math.max(b.ww, b.hpw);
  switch (l.top) {
    case 'tee':
    case 'polo':
    case 'blouse':
      return { y: lerp(b.W, b.Hip, 0.85), half: b.hpw * 1.05, waist: lerp(b.ww, loose, 0.6) };
    case 'hoodie':
    case 'sweater':
      return { y: b.Hip + b.hh * 0.02, half: b.hpw * 1.05, waist: lerp(b.ww, loose, 0.7) };
    case 'shirt':
    case 'uniform': // tucked in: the hem hides under the belt
      return { y: b.W + b.hh * 0.05, half: b.ww * 1.02, waist: b.ww * 1.02 };
    case 'tunic':
      return { y: lerp(b.knee, b.ankle, 0.45), half: b.hpw * 1.45, waist: loose * 1.08 };
    default: // jackets and cardigans
      return { y: b.Hip + b.hh * 0.12, half: b.hpw * 1.08, waist: lerp(b.ww, loose, 0.6) };
  }
}

/** Torso side x (from the midline) at height y, for details that must stay inside the garment. */
function sideAt(b: Posed, hem: Hem, y: number): number {
  const pit = b.S + b.armW * 1.5;
  if (y <= pit) return b.sw * 0.96;
  if (y <= b.W) return lerp(b.sw * 0.96, hem.waist, (y - pit) / (b.W - pit));
  return lerp(hem.waist, hem.half, (y - b.W) / (hem.y - b.W));
}

function torso(b: Posed, hem: Hem): string {
  const l = b.look;
  const e = b.hh * 0.05;
  const c = b.nw * 1.35;
  const dip = l.top === 'tunic' ? b.hh * 0.05 : b.hh * 0.1;
  const shY = b.S + b.armW * 0.5;
  const S = b.S;
  const half = (k: Side): string[] => [
    xy(CX + k * c, S - e),
    xy(CX + k * b.sw * 0.6, S - e),
    xy(CX + k * b.sw, S - e * 0.3),
    xy(CX + k * b.sw, shY),
    xy(CX + k * b.sw * 0.96, shY + b.armW),
    xy(CX + k * hem.waist, b.W),
    xy(CX + k * hem.half, hem.y),
  ];
  const L = half(-1);
  const R = half(1);
  const curve = b.hh * 0.04;
  const d =
    `M${L[0]}C${L[1]} ${L[2]} ${L[3]}L${L[4]} ${L[5]} ${L[6]}Q${xy(CX, hem.y + curve)} ${R[6]}` +
    `L${R[5]} ${R[4]} ${R[3]}C${R[2]} ${R[1]} ${R[0]}Q${xy(CX, S + dip)} ${L[0]}Z`;
  return fill(d, l.topColor);
}

function neck(b: Posed): string {
  const l = b.look;
  const top = b.head[1] + b.hh * 0.25;
  return (
    box(CX - b.nw, top, b.nw * 2, b.S + b.hh * 0.12 - top, l.skin) +
    oval([CX, b.head[1] + b.hh * 0.47], b.nw * 1.05, b.hh * 0.09, darken(l.skin, 0.22))
  );
}

function topDetails(b: Posed, hem: Hem): string {
  const l = b.look;
  const S = b.S;
  const hh = b.hh;
  const c = b.nw * 1.35;
  const e = hh * 0.05;
  const dk = darken(l.topColor, 0.18);
  const ex = l.extras ?? [];
  let s = '';
  const collar = (col: string): string =>
    [-1, 1]
      .map((k) =>
        fill(
          `M${xy(CX + k * c * 1.05, S - e)}L${xy(CX + k * c * 0.15, S + hh * 0.16)}L${xy(CX + k * c * 1.45, S + hh * 0.1)}Z`,
          col,
        ),
      )
      .join('');
  const buttons = (from: number, to: number, count: number, col: string): string => {
    let r = '';
    for (let i = 0; i < count; i++)
      r += circ([CX, lerp(from, to, count > 1 ? i / (count - 1) : 0)], hh * 0.025, col);
    return r;
  };
  const band = (y: number, h: number, col: string): string => {
    const w = sideAt(b, hem, y + h / 2);
    return box(CX - w, y, w * 2, h, col);
  };
  switch (l.top) {
    case 'tee':
      if (l.accent !== undefined) s += band(S + hh * 0.55, hh * 0.1, l.accent);
      break;
    case 'polo':
      s += collar(lighten(l.topColor, 0.15)) + buttons(S + hh * 0.15, S + hh * 0.3, 2, dk);
      break;
    case 'blouse':
      s += line(
        `M${xy(CX - c * 1.2, S - e * 0.6)}Q${xy(CX, S + hh * 0.24)} ${xy(CX + c * 1.2, S - e * 0.6)}`,
        dk,
        hh * 0.03,
      );
      break;
    case 'hoodie': {
      const pY = lerp(b.W, hem.y, 0.25);
      s += fill(
        `M${xy(CX - b.hpw * 0.62, pY)}L${xy(CX + b.hpw * 0.62, pY)}L${xy(CX + b.hpw * 0.8, hem.y - hh * 0.1)}L${xy(CX - b.hpw * 0.8, hem.y - hh * 0.1)}Z`,
        dk,
      );
      s += box(CX - hem.half, hem.y - hh * 0.1, hem.half * 2, hh * 0.1, dk);
      s += fill(
        `M${xy(CX - c * 1.3, S - e)}Q${xy(CX, S + hh * 0.3)} ${xy(CX + c * 1.3, S - e)}Q${xy(CX, S + hh * 0.12)} ${xy(CX - c * 1.3, S - e)}Z`,
        dk,
      );
      s += line(
        `M${xy(CX - c * 0.5, S + hh * 0.12)}l0 ${n(hh * 0.34)}M${xy(CX + c * 0.5, S + hh * 0.12)}l0 ${n(hh * 0.3)}`,
        l.accent ?? P.white,
        hh * 0.025,
      );
      break;
    }
    case 'sweater': {
      if (l.inner !== undefined) s += collar(l.inner);
      s += box(CX - hem.half, hem.y - hh * 0.09, hem.half * 2, hh * 0.09, dk);
      const y = S + hh * 0.42;
      const h = hh * 0.2;
      const w = sideAt(b, hem, y + h / 2);
      s += box(CX - w, y, w * 2, h, l.accent ?? P.sun);
      let z = `M${xy(CX - w, y + h * 0.75)}`;
      const steps = Math.max(6, Math.round(w / (hh * 0.08)) * 2);
      for (let i = 1; i <= steps; i++)
        z += `L${xy(CX - w + (2 * w * i) / steps, y + h * (i % 2 ? 0.25 : 0.75))}`;
      s += line(z, l.accent2 ?? P.flag, hh * 0.035);
      break;
    }
    case 'shirt':
    case 'uniform': {
      const isU = l.top === 'uniform';
      s += collar(isU ? darken(l.topColor, 0.12) : lighten(l.topColor, 0.2));
      s += buttons(S + hh * 0.22, lerp(S, b.W, 0.9), 4, isU ? POLICE.dark : dk);
      if (isU) {
        for (const k of [-1, 1]) {
          const x = CX + k * b.sw * 0.45;
          const y = S + hh * 0.42;
          const w = b.sw * 0.42;
          s +=
            box(x - w / 2, y, w, hh * 0.3, darken(l.topColor, 0.08)) +
            box(x - w / 2, y, w, hh * 0.09, darken(l.topColor, 0.2));
        }
        // generic badge and a blank name bar: no text, no real insignia
        s += fill(
          `M${xy(CX + b.sw * 0.45, S + hh * 0.2)}l${xy(hh * 0.07, hh * 0.04)}l${xy(-hh * 0.015, hh * 0.11)}l${xy(-hh * 0.055, hh * 0.04)}l${xy(-hh * 0.055, -hh * 0.04)}l${xy(-hh * 0.015, -hh * 0.11)}Z`,
          '#d8b04a',
        );
        s += box(CX - b.sw * 0.62, S + hh * 0.3, b.sw * 0.34, hh * 0.07, P.white, { opacity: 0.85 });
      }
      break;
    }
    case 'zip': {
      if (l.inner !== undefined)
        s += fill(
          `M${xy(CX - c * 1.1, S - e)}L${xy(CX, S + hh * 0.18)}L${xy(CX + c * 1.1, S - e)}Z`,
          l.inner,
        );
      s += line(`M${xy(CX, S + hh * 0.16)}L${xy(CX, hem.y)}`, l.accent ?? P.white, hh * 0.022);
      if (l.accent !== undefined) s += band(S + hh * 0.45, hh * 0.07, l.accent);
      s += box(CX - hem.half, hem.y - hh * 0.08, hem.half * 2, hh * 0.08, dk);
      break;
    }
    case 'jacket':
    case 'cardigan':
    case 'blazer': {
      const inner = l.inner ?? P.white;
      const open = l.top === 'jacket' ? c * 0.85 : c * 0.55;
      const vy = l.top === 'blazer' ? S + hh * 0.95 : l.top === 'cardigan' ? S + hh * 0.7 : hem.y;
      s += fill(
        `M${xy(CX - c, S - e)}L${xy(CX - open, vy)}L${xy(CX - open, vy)}L${xy(CX, vy + (l.top === 'jacket' ? 0 : hh * 0.05))}L${xy(CX + open, vy)}L${xy(CX + c, S - e)}Q${xy(CX, S + hh * 0.1)} ${xy(CX - c, S - e)}Z`,
        inner,
      );
      if (l.top === 'jacket') {
        s +=
          collar(dk) +
          line(
            `M${xy(CX - open, S + hh * 0.14)}L${xy(CX - open, hem.y)}M${xy(CX + open, S + hh * 0.14)}L${xy(CX + open, hem.y)}`,
            dk,
            hh * 0.025,
          );
        for (const k of [-1, 1])
          s += box(CX + k * b.sw * 0.5 - b.sw * 0.18, S + hh * 0.42, b.sw * 0.36, hh * 0.05, dk);
      } else if (l.top === 'blazer') {
        for (const k of [-1, 1])
          s += fill(
            `M${xy(CX + k * c, S - e)}L${xy(CX + k * open, vy)}L${xy(CX + k * c * 1.9, S + hh * 0.35)}Z`,
            dk,
          );
        s += circ([CX, vy + hh * 0.18], hh * 0.03, dk);
        s += line(`M${xy(CX, vy + hh * 0.05)}L${xy(CX, hem.y)}`, dk, hh * 0.02);
      } else {
        s +=
          line(`M${xy(CX, vy)}L${xy(CX, hem.y)}`, dk, hh * 0.02) +
          buttons(vy + hh * 0.12, hem.y - hh * 0.2, 3, lighten(l.topColor, 0.4));
        s += box(CX - hem.half, hem.y - hh * 0.08, hem.half * 2, hh * 0.08, dk);
      }
      break;
    }
    case 'tunic': {
      s += fill(`M${xy(CX - c * 0.7, S - e)}L${xy(CX, S + hh * 0.45)}L${xy(CX + c * 0.7, S - e)}Z`, l.skin);
      let d = '';
      for (const k of [-0.62, -0.31, 0.31, 0.62])
        d += `M${xy(CX + k * b.hpw * 1.25, S + hh * 0.55)}L${xy(CX + k * b.hpw * 1.9, hem.y - hh * 0.02)}`;
      s += line(d, l.accent ?? P.cocoa, hh * 0.03, { opacity: 0.7 });
      s += line(
        `M${xy(CX - hem.half * 0.98, hem.y - hh * 0.08)}Q${xy(CX, hem.y + hh * 0.0)} ${xy(CX + hem.half * 0.98, hem.y - hh * 0.08)}`,
        l.accent ?? P.cocoa,
        hh * 0.035,
        { opacity: 0.8 },
      );
      break;
    }
  }
  if (ex.includes('belt') && (l.top === 'shirt' || l.top === 'uniform')) {
    const y = b.W - hh * 0.02;
    const h = hh * 0.09;
    s += box(CX - b.ww * 1.03, y, b.ww * 2.06, h, l.top === 'uniform' ? '#1a1c1e' : '#4a3328');
    s += box(CX - h * 0.6, y, h * 1.2, h, l.top === 'uniform' ? '#b9b9b0' : '#c8a25a');
  }
  if (ex.includes('vest')) {
    const vy = lerp(b.W, b.Hip, 0.55);
    const hv = (k: Side): string[] => [
      xy(CX + k * c * 1.15, S - e),
      xy(CX + k * b.sw * 0.8, S - e * 0.5),
      xy(CX + k * b.sw * 0.72, S + hh * 0.55),
      xy(CX + k * b.ww * 1.04, vy),
      xy(CX + k * c * 0.2, vy),
      xy(CX + k * c * 0.2, S + hh * 0.55),
    ];
    for (const k of [-1, 1] as const) {
      const p = hv(k);
      s += fill(`M${p.join('L')}Z`, '#c9e236');
    }
    for (const y of [S + hh * 0.75, S + hh * 1.15])
      s += box(CX - b.ww * 1.03, y, b.ww * 2.06, hh * 0.08, '#d4dadf');
    s += box(CX - c * 0.2, S + hh * 0.5, c * 0.4, vy - S - hh * 0.5, '#c9e236');
  }
  if (ex.includes('apron')) {
    const top = S + hh * 0.5;
    const bot = lerp(b.Hip, b.knee, 0.75);
    const w = b.hpw * 0.8;
    const col = P.sky;
    s += line(
      `M${xy(CX - w * 0.55, top)}L${xy(CX - c, S - e)}M${xy(CX + w * 0.55, top)}L${xy(CX + c, S - e)}`,
      col,
      hh * 0.04,
    );
    s += fill(
      `M${xy(CX - w * 0.6, top)}L${xy(CX + w * 0.6, top)}L${xy(CX + w * 0.65, b.W)}L${xy(CX + w, bot)}Q${xy(CX, bot + hh * 0.08)} ${xy(CX - w, bot)}L${xy(CX - w * 0.65, b.W)}Z`,
      col,
    );
    s += box(CX - w * 0.5, lerp(b.W, bot, 0.35), w, hh * 0.3, darken(col, 0.12), { rx: hh * 0.04 });
    s += line(`M${xy(CX - w * 0.65, b.W)}L${xy(CX + w * 0.65, b.W)}`, darken(col, 0.2), hh * 0.04);
  }
  if (ex.includes('bag')) {
    const p: Pt = [CX + b.hpw * 1.0, b.Hip - hh * 0.1];
    const w = hh * 0.42;
    s += line(`M${xy(CX - b.sw * 0.55, S - e)}L${pt(p)}`, l.accent2 ?? P.flag, hh * 0.045);
    s += box(p[0] - w / 2, p[1], w, w, l.accent2 ?? P.flag, { rx: hh * 0.03 });
    s += line(
      `M${xy(p[0] - w / 2, p[1] + w * 0.35)}h${n(w)}M${xy(p[0] - w / 2, p[1] + w * 0.65)}h${n(w)}`,
      l.accent ?? P.sun,
      hh * 0.05,
    );
    s += line(
      `M${xy(p[0] - w * 0.35, p[1] + w)}v${n(hh * 0.1)}M${xy(p[0], p[1] + w)}v${n(hh * 0.1)}M${xy(p[0] + w * 0.35, p[1] + w)}v${n(hh * 0.1)}`,
      l.accent ?? P.sun,
      hh * 0.03,
    );
  }
  if (ex.includes('necklace'))
    s +=
      line(
        `M${xy(CX - c * 1.2, S - e)}Q${xy(CX, S + hh * 0.55)} ${xy(CX + c * 1.2, S - e)}`,
        l.accent2 ?? P.flag,
        hh * 0.05,
        { 'stroke-dasharray': `0 ${n(hh * 0.08)}` },
      ) +
      line(
        `M${xy(CX - c * 1.05, S - e)}Q${xy(CX, S + hh * 0.4)} ${xy(CX + c * 1.05, S - e)}`,
        P.cream,
        hh * 0.04,
        { 'stroke-dasharray': `0 ${n(hh * 0.07)}` },
      );
  if (ex.includes('badge')) {
    const y = S + hh * 0.62;
    const x = CX + b.sw * 0.42;
    s += line(`M${xy(CX + c * 0.9, S - e)}L${xy(x, y)}`, P.sky, hh * 0.025);
    s +=
      box(x - hh * 0.1, y, hh * 0.2, hh * 0.26, P.white, { rx: hh * 0.02 }) +
      box(x - hh * 0.1, y, hh * 0.2, hh * 0.07, P.sky);
  }
  return s;
}

function hoodBack(b: Posed): string {
  if (b.look.top !== 'hoodie') return '';
  const c = b.nw * 1.35;
  const dk = darken(b.look.topColor, 0.22);
  return fill(
    `M${xy(CX - c * 2.2, b.S + b.hh * 0.1)}Q${xy(CX - c * 2.4, b.S - b.hh * 0.36)} ${xy(CX, b.S - b.hh * 0.38)}Q${xy(CX + c * 2.4, b.S - b.hh * 0.36)} ${xy(CX + c * 2.2, b.S + b.hh * 0.1)}Z`,
    dk,
  );
}

/** Shawl (lliclla) over both shoulders, knotted at the chest, with woven stripes. */
function lliclla(b: Posed): string {
  const l = b.look;
  const S = b.S;
  const hh = b.hh;
  const c = b.nw * 1.35;
  const e = hh * 0.05;
  const knot: Pt = [CX, S + hh * 0.6];
  const base = l.sex === 'f' && !b.kid ? '#b83a3a' : '#e2673a';
  const stripes = [l.accent ?? P.sun, P.teal, '#5b2a86'];
  const edge = (k: Side, lift: number): string =>
    `M${xy(CX + k * (b.sw + b.armW * 0.25), S + hh * 0.4 - lift)}Q${xy(CX + k * b.sw * 0.55, S + hh * 0.62 - lift)} ${xy(knot[0] + k * hh * 0.05, knot[1] - lift)}`;
  let s = '';
  for (const k of [-1, 1] as const) {
    s += fill(
      `M${xy(CX + k * c * 1.05, S - e)}L${xy(CX + k * b.sw * 0.55, S - e * 1.1)}Q${xy(CX + k * (b.sw + b.armW * 0.35), S - e * 0.4)} ${xy(CX + k * (b.sw + b.armW * 0.25), S + hh * 0.4)}Q${xy(CX + k * b.sw * 0.55, S + hh * 0.62)} ${xy(knot[0] + k * hh * 0.05, knot[1])}L${xy(CX, S + hh * 0.1)}Z`,
      base,
    );
    stripes.forEach((col, i) => {
      s += line(edge(k, hh * (0.06 + i * 0.07)), col, hh * 0.035);
    });
  }
  s += circ(knot, hh * 0.075, darken(base, 0.25));
  return s;
}

interface Arm {
  readonly side: Side;
  readonly sh: Pt;
  readonly el: Pt;
  readonly hand: Pt;
}

/** A limb segment with a thin darker edge, so arms read in front of the body. */
const limb = (p: Pt, q: Pt, c: string, w: number, from = 0): string =>
  line(`M${pt(mix(p, q, from))}L${pt(q)}`, darken(c, 0.3), w + 2.4) + line(`M${pt(p)}L${pt(q)}`, c, w);

function upperArm(b: Posed, arm: Arm): string {
  const l = b.look;
  if (sleevesOf(l) === 'long') return limb(arm.sh, arm.el, l.topColor, b.armW * 1.06, 0.35);
  const cuff = mix(arm.sh, arm.el, 0.55);
  return limb(arm.sh, arm.el, l.skin, b.armW * 0.9, 0.5) + limb(arm.sh, cuff, l.topColor, b.armW * 1.12, 0.3);
}

function foreArm(b: Posed, arm: Arm): string {
  const l = b.look;
  let s =
    sleevesOf(l) === 'long'
      ? limb(arm.el, mix(arm.el, arm.hand, 0.8), l.topColor, b.armW)
      : limb(arm.el, arm.hand, l.skin, b.armW * 0.88);
  if (arm.side === -1 && (l.extras ?? []).includes('bruise')) {
    const p = mix(arm.el, arm.hand, 0.42);
    const ang = (Math.atan2(arm.hand[1] - arm.el[1], arm.hand[0] - arm.el[0]) * 180) / Math.PI;
    s += oval(p, b.armW * 0.3, b.armW * 0.21, '#4b3a78', {
      opacity: 0.55,
      transform: `rotate(${n(ang)} ${pt(p)})`,
    });
  }
  return s;
}

function hand(b: Posed, arm: Arm): string {
  const l = b.look;
  let s = circ(arm.hand, b.handR, l.skin, { stroke: darken(l.skin, 0.3), 'stroke-width': 1.2 });
  if (arm.side === 1 && (l.extras ?? []).includes('bandageHand')) {
    const ang = (Math.atan2(arm.hand[1] - arm.el[1], arm.hand[0] - arm.el[0]) * 180) / Math.PI;
    const r = b.handR;
    s += el(
      'g',
      { transform: `rotate(${n(ang + 90)} ${pt(arm.hand)})` },
      box(arm.hand[0] - r * 0.98, arm.hand[1] - r * 0.4, r * 1.96, r * 0.8, '#f4f1ea', {
        rx: r * 0.25,
        stroke: '#cfc7b8',
        'stroke-width': 1,
      }) +
        line(
          `M${xy(arm.hand[0] - r * 0.3, arm.hand[1] - r * 0.4)}v${n(r * 0.8)}M${xy(arm.hand[0] + r * 0.3, arm.hand[1] - r * 0.4)}v${n(r * 0.8)}`,
          '#cfc7b8',
          1,
        ),
    );
  }
  return s;
}

/** Props held in the hands, drawn before the hand that holds them. */
function heldProp(b: Posed, arms: readonly [Arm, Arm]): { under: string; over: string } {
  const ex = b.look.extras ?? [];
  const hh = b.hh;
  if (ex.includes('camera')) {
    const y = camY(b);
    const w = hh * 0.9;
    const h = hh * 0.55;
    const c = b.nw * 1.35;
    return {
      under: '',
      over:
        line(
          `M${xy(CX - c, b.S - hh * 0.05)}L${xy(CX - w * 0.4, y)}M${xy(CX + c, b.S - hh * 0.05)}L${xy(CX + w * 0.4, y)}`,
          '#2b2d31',
          hh * 0.03,
        ) +
        box(CX - w * 0.25, y - h / 2 - hh * 0.1, w * 0.3, hh * 0.14, '#2b2d31', { rx: hh * 0.02 }) +
        box(CX - w / 2, y - h / 2, w, h, '#33363b', { rx: hh * 0.06 }) +
        circ([CX + w * 0.05, y + h * 0.04], h * 0.42, '#55595f') +
        circ([CX + w * 0.05, y + h * 0.04], h * 0.28, '#16181a') +
        circ([CX + w * 0.0, y - h * 0.06], h * 0.07, '#9fb6c8'),
    };
  }
  if (ex.includes('folder')) {
    const p = arms[1].hand;
    const w = hh * 0.5;
    const h = hh * 0.72;
    return {
      under: '',
      over:
        box(p[0] - w * 0.35, p[1] - h * 0.2, w, h, '#dcc38a', { rx: 3, transform: `rotate(-6 ${pt(p)})` }) +
        box(p[0] - w * 0.35, p[1] - h * 0.2, w, h * 0.12, '#c4a767', { transform: `rotate(-6 ${pt(p)})` }),
    };
  }
  if (ex.includes('notebook')) {
    const p = arms[1].hand;
    const w = hh * 0.56;
    const h = hh * 0.76;
    const x = p[0] - w * 0.85;
    const y = p[1] - h * 0.78;
    return {
      under:
        box(x, y, w, h, P.terracotta, { rx: 3, transform: `rotate(-8 ${pt(p)})` }) +
        box(x + w * 0.15, y, w * 0.08, h, darken(P.terracotta, 0.25), { transform: `rotate(-8 ${pt(p)})` }),
      over: '',
    };
  }
  return { under: '', over: '' };
}

/** Legs as tapered shapes (thigh, knee, ankle) and shoes; trousers get a seat drawn with the upper body. */
function legs(b: Body, pose: Pose): { legs: string; shoes: string; seat: string } {
  const l = b.look;
  const feet = pose.feet ?? [-0.55, 0.55];
  const kn = pose.knees ?? 0;
  const bare = l.bottom === 'skirt' || l.bottom === 'pollera' || l.bottom === 'none';
  const col = bare ? (l.legs ?? l.skin) : l.bottomColor;
  const thigh = bare ? b.hpw * 0.78 : b.hpw * 0.98;
  const kneeW = b.legW * (bare ? 0.78 : 0.92);
  const ankW = b.legW * (bare ? 0.55 : 0.72);
  let s = '';
  const ankles: Pt[] = [];
  for (const [i, k] of ([-1, 1] as const).entries()) {
    const ank: Pt = [CX + (feet[i] ?? k * 0.55) * b.hpw, b.ankle];
    const hipMid = CX + k * b.hpw * 0.5;
    const kx = lerp(lerp(hipMid, ank[0], 0.5), CX + k * kneeW * 0.55, kn);
    const top = b.Hip - b.hh * 0.3;
    const inner = CX + k * Math.max(0, b.hpw - thigh) * 0.5;
    s += fill(
      `M${xy(CX + k * b.hpw, top)}L${xy(kx + (k * kneeW) / 2, b.knee)}L${xy(ank[0] + (k * ankW) / 2, ank[1])}` +
        `L${xy(ank[0] - (k * ankW) / 2, ank[1])}L${xy(kx - (k * kneeW) / 2, b.knee)}L${xy(inner, b.Hip)}L${xy(inner, top)}Z`,
      col,
    );
    ankles.push(ank);
  }
  let shoes = '';
  for (const [i, a] of ankles.entries()) {
    const k = i === 0 ? -1 : 1;
    const x = a[0] + k * b.shoeW * 0.15;
    shoes += fill(
      `M${xy(x - b.shoeW, GROUND)}A${xy(b.shoeW, b.shoeH)} 0 0 1 ${xy(x + b.shoeW, GROUND)}Z`,
      l.shoes,
    );
  }
  const seat = bare
    ? ''
    : fill(
        `M${xy(CX - b.ww, b.W)}L${xy(CX + b.ww, b.W)}L${xy(CX + b.hpw, b.Hip - b.hh * 0.1)}L${xy(CX + b.hpw * 0.1, b.Hip + b.hh * 0.05)}L${xy(CX - b.hpw * 0.1, b.Hip + b.hh * 0.05)}L${xy(CX - b.hpw, b.Hip - b.hh * 0.1)}Z`,
        l.bottomColor,
      ) + line(`M${xy(CX, b.W + b.hh * 0.3)}L${xy(CX, b.Hip)}`, darken(l.bottomColor, 0.25), b.hh * 0.02);
  return { legs: s, shoes, seat };
}

function bottomGarment(b: Body): string {
  const l = b.look;
  if (l.bottom !== 'skirt' && l.bottom !== 'pollera') return '';
  const len = l.skirtLength ?? 0;
  const hemY = len >= 0 ? lerp(b.knee, b.ankle, len) - b.hh * 0.05 : lerp(b.knee, b.Hip, -len);
  const top = b.W;
  const wTop = b.ww * 1.02;
  const wHem = b.hpw * (l.bottom === 'pollera' ? 1.6 : 1.2);
  const curve = b.hh * (l.bottom === 'pollera' ? 0.1 : 0.06);
  const at = (y: number): number => lerp(wTop, wHem, (y - top) / (hemY - top));
  let s = fill(
    `M${xy(CX - wTop, top)}L${xy(CX + wTop, top)}L${xy(CX + wHem, hemY)}Q${xy(CX, hemY + curve)} ${xy(CX - wHem, hemY)}Z`,
    l.bottomColor,
  );
  if (l.bottom === 'pollera') {
    const acc = l.bottomAccent ?? P.sun;
    for (const [y, h, col] of [
      [hemY - b.hh * 0.3, b.hh * 0.1, acc],
      [hemY - b.hh * 0.14, b.hh * 0.06, lighten(acc, 0.3)],
    ] as const) {
      s += fill(
        `M${xy(CX - at(y), y)}Q${xy(CX, y + curve)} ${xy(CX + at(y), y)}L${xy(CX + at(y + h), y + h)}Q${xy(CX, y + h + curve)} ${xy(CX - at(y + h), y + h)}Z`,
        col,
      );
    }
    s += line(
      `M${xy(CX - wHem * 0.45, top + b.hh * 0.4)}L${xy(CX - wHem * 0.6, hemY - b.hh * 0.35)}M${xy(CX + wHem * 0.45, top + b.hh * 0.4)}L${xy(CX + wHem * 0.6, hemY - b.hh * 0.35)}M${xy(CX, top + b.hh * 0.3)}L${xy(CX, hemY - b.hh * 0.35)}`,
      darken(l.bottomColor, 0.15),
      b.hh * 0.03,
    );
  }
  return s;
}

// ───────────────────────────── assembly ─────────────────────────────

interface Figure {
  readonly back: string;
  readonly legs: string;
  readonly shoes: string;
  readonly front: string;
  readonly lean: string;
  readonly sway: string;
  readonly head: Pt;
  readonly hh: number;
}

function figure(l: Look, mood: Mood): Figure {
  const b0 = geometry(l);
  const pose = poseFor(l, mood);
  const headPt: Pt = [CX, b0.headY + (pose.drop ?? 0) * b0.hh];
  const b: Posed = {
    ...b0,
    S: b0.S - (pose.lift ?? 0) * b0.hh,
    sw: b0.sw * (pose.narrow ?? 1),
    head: headPt,
  };
  const hands = pose.hands(b);
  const elbows = pose.elbows?.(b);
  const arms = ([-1, 1] as const).map((side, i): Arm => {
    const sh: Pt = [CX + side * (b.sw - b.armW * 0.5), b.S + b.armW * 0.5];
    const target = hands[i] ?? hands[0];
    const given = elbows?.[i];
    if (given !== undefined) return { side, sh, el: given, hand: target };
    const [el, hd] = solveElbow(sh, target, b.ua, b.fa);
    return { side, sh, el, hand: hd };
  }) as unknown as readonly [Arm, Arm];
  const hem = hemOf(b);
  const headT = `translate(${pt(headPt)})${pose.tilt ? ` rotate(${pose.tilt})` : ''} scale(${Math.round(b.k * 1000) / 1000})`;
  const firstFront = (pose.front ?? 1) === 1 ? arms[0] : arms[1];
  const lastFront = firstFront === arms[0] ? arms[1] : arms[0];
  const prop = heldProp(b, arms);
  const ex = l.extras ?? [];
  const back = group(headT, hairBack(l, b.a)) + hoodBack(b);
  const lower = legs(b, pose);
  const front =
    lower.seat +
    bottomGarment(b) +
    neck(b) +
    torso(b, hem) +
    topDetails(b, hem) +
    upperArm(b, arms[0]) +
    upperArm(b, arms[1]) +
    (ex.includes('lliclla') ? lliclla(b) : '') +
    (l.top === 'uniform' ? shoulderBoards(b) : '') +
    group(headT, head(b, mood, pose.nod ?? 0)) +
    prop.under +
    foreArm(b, firstFront) +
    hand(b, firstFront) +
    foreArm(b, lastFront) +
    prop.over +
    hand(b, lastFront);
  return {
    back,
    legs: lower.legs,
    shoes: lower.shoes,
    sway: pose.sway ? `rotate(${pose.sway} ${xy(CX, b.ankle)})` : '',
    front,
    lean: pose.lean ? `rotate(${pose.lean} ${xy(CX, b.Hip)})` : '',
    head: headPt,
    hh: b.hh,
  };
}

function shoulderBoards(b: Posed): string {
  const c = b.nw * 1.35;
  let d = '';
  for (const k of [-1, 1])
    d += `M${xy(CX + k * c * 1.4, b.S - b.hh * 0.035)}L${xy(CX + k * (b.sw - b.armW * 0.45), b.S + b.hh * 0.0)}`;
  const extra = b.look.extras?.includes('commandCap')
    ? line(d, '#d8b04a', b.armW * 0.1, { 'stroke-dasharray': `${n(b.armW * 0.2)} ${n(b.armW * 0.25)}` })
    : '';
  return line(d, POLICE.dark, b.armW * 0.26) + extra;
}

const svgOpen = (w: number, h: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" stroke-linecap="round" stroke-linejoin="round">` +
  '<!-- generated by tools/art/draw-people.ts -->';

function fullSvg(l: Look, mood: Mood): string {
  const f = figure(l, mood);
  return `${svgOpen(400, 800)}${group(f.sway, group(f.lean, f.back) + f.legs + group(f.lean, f.front))}${f.shoes}</svg>`;
}

function portraitSvg(l: Look): string {
  const f = figure(l, 'calm');
  const sc = 104 / f.hh;
  const tx = 128 - f.head[0] * sc;
  const ty = 112 - f.head[1] * sc;
  const body = `${f.back}${f.front}`;
  return `${svgOpen(256, 256)}${box(0, 0, 256, 256, l.bg ?? P.linen)}${group(`translate(${xy(tx, ty)}) scale(${Math.round(sc * 1000) / 1000})`, body)}</svg>`;
}

// ───────────────────────────── output ─────────────────────────────

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const peopleDir = join(root, 'assets', 'images', 'people');
const portraitDir = join(root, 'assets', 'images', 'portraits');

const written: { file: string; bytes: number }[] = [];
function write(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
  written.push({ file, bytes: Buffer.byteLength(svg) });
}

const kids: string[] = [];
const grownUps: string[] = [];
for (const c of characters) {
  if (c.kind === 'narrator') continue;
  const look = LOOKS[c.id];
  if (look === undefined)
    throw new Error(`No look for character "${c.id}": add it to LOOKS in tools/art/draw-people.ts`);
  if (c.kind === 'child') {
    kids.push(c.id);
    for (const mood of moodIds) write(join(peopleDir, c.id, `${mood}.svg`), fullSvg(look, mood));
    write(join(portraitDir, `${c.id}.svg`), portraitSvg(look));
  } else {
    grownUps.push(c.id);
    write(join(peopleDir, `${c.id}.svg`), fullSvg(look, 'neutral'));
  }
}

const total = written.reduce((sum, w) => sum + w.bytes, 0);
const largest = written.reduce((m, w) => (w.bytes > m.bytes ? w : m));
console.log(
  `${written.length} files, ${total} bytes; largest ${relative(root, largest.file)} (${largest.bytes} bytes)`,
);

const sheetAt = process.argv.indexOf('--sheet');
const sheet = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
if (sheet !== undefined) {
  const img = (file: string, w: number, h: number, label: string): string =>
    `<figure><img src="file://${file}" width="${w}" height="${h}"><figcaption>${label}</figcaption></figure>`;
  let html =
    '<!doctype html><meta charset="utf-8"><style>body{margin:8px;background:#e9e4da;font:11px sans-serif}' +
    'section{display:flex;flex-wrap:wrap;gap:4px;margin-bottom:6px}figure{margin:0;text-align:center}' +
    'img{background:#f7f3ec;outline:1px dashed #b9b0a0;display:block}</style>';
  for (const id of kids) {
    html += '<section>';
    for (const mood of moodIds) html += img(join(peopleDir, id, `${mood}.svg`), 100, 200, `${id} ${mood}`);
    html += img(join(portraitDir, `${id}.svg`), 100, 100, 'portrait');
    html += '</section>';
  }
  html += '<section>';
  for (const id of grownUps) html += img(join(peopleDir, `${id}.svg`), 100, 200, id);
  html += '</section>';
  writeFileSync(sheet, html);
  console.log(`contact sheet: ${sheet}`);
}
