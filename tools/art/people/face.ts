/** Eyes, brows, nose and mouth per mood, plus marks and glasses on the face (head units). */
import { P } from '../palette.ts';
import type { Body } from './geometry.ts';
import type { Mood } from './look.ts';
import type { Pt } from './shapes.ts';
import { box, circ, el, fill, lerp, line, n, oval, pt, xy } from './shapes.ts';
import { darken, HAIR, SKIN } from './tones.ts';

const INK = P.ink;
const MOUTH = '#6e2c24';
const MOUTH_OPEN = '#4f1c17';
const TEAR = '#8fcdee';

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

export function features(b: Body, mood: Mood): string {
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
