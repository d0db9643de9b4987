/** The trunk of a figure: neck, the garment's outline down to its hem, and a hood behind. */
import { CX } from './geometry.ts';
import type { Look, Side } from './look.ts';
import type { Posed } from './poses.ts';
import { box, fill, lerp, oval, xy } from './shapes.ts';
import { darken } from './tones.ts';

export const sleevesOf = (l: Look): 'short' | 'long' =>
  l.sleeves ??
  (l.top === 'tee' || l.top === 'polo' || l.top === 'blouse' || l.top === 'tunic' ? 'short' : 'long');

export interface Hem {
  readonly y: number;
  readonly half: number;
  readonly waist: number;
}
export function hemOf(b: Posed): Hem {
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
export function sideAt(b: Posed, hem: Hem, y: number): number {
  const pit = b.S + b.armW * 1.5;
  if (y <= pit) return b.sw * 0.96;
  if (y <= b.W) return lerp(b.sw * 0.96, hem.waist, (y - pit) / (b.W - pit));
  return lerp(hem.waist, hem.half, (y - b.W) / (hem.y - b.W));
}

export function torso(b: Posed, hem: Hem): string {
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

export function neck(b: Posed): string {
  const l = b.look;
  const top = b.head[1] + b.hh * 0.25;
  return (
    box(CX - b.nw, top, b.nw * 2, b.S + b.hh * 0.12 - top, l.skin) +
    oval([CX, b.head[1] + b.hh * 0.47], b.nw * 1.05, b.hh * 0.09, darken(l.skin, 0.22))
  );
}

export function hoodBack(b: Posed): string {
  if (b.look.top !== 'hoodie') return '';
  const c = b.nw * 1.35;
  const dk = darken(b.look.topColor, 0.22);
  return fill(
    `M${xy(CX - c * 2.2, b.S + b.hh * 0.1)}Q${xy(CX - c * 2.4, b.S - b.hh * 0.36)} ${xy(CX, b.S - b.hh * 0.38)}Q${xy(CX + c * 2.4, b.S - b.hh * 0.36)} ${xy(CX + c * 2.2, b.S + b.hh * 0.1)}Z`,
    dk,
  );
}
