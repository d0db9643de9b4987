/** Filters: RBJ biquads, a modulatable state-variable band-pass and a feedback comb. */
import { SR, TAU, secs } from './buffer.ts';

export type BiquadType = 'lp' | 'hp' | 'bp' | 'peak';

/** RBJ cookbook biquad, applied in place. `bp` has 0 dB peak gain. */
export function biquad(b: Float32Array, type: BiquadType, f0: number, Q = 0.7071, dB = 0): Float32Array {
  const A = Math.pow(10, dB / 40);
  const w0 = (TAU * Math.min(f0, SR * 0.45)) / SR;
  const cw = Math.cos(w0);
  const sw = Math.sin(w0);
  const al = sw / (2 * Q);
  let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number;
  switch (type) {
    case 'lp':
      [b0, b1, b2, a0, a1, a2] = [(1 - cw) / 2, 1 - cw, (1 - cw) / 2, 1 + al, -2 * cw, 1 - al];
      break;
    case 'hp':
      [b0, b1, b2, a0, a1, a2] = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2, 1 + al, -2 * cw, 1 - al];
      break;
    case 'bp':
      [b0, b1, b2, a0, a1, a2] = [al, 0, -al, 1 + al, -2 * cw, 1 - al];
      break;
    case 'peak':
      [b0, b1, b2, a0, a1, a2] = [1 + al * A, -2 * cw, 1 - al * A, 1 + al / A, -2 * cw, 1 - al / A];
      break;
  }
  b0 /= a0;
  b1 /= a0;
  b2 /= a0;
  a1 /= a0;
  a2 /= a0;
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    b[i] = y;
  }
  return b;
}

export const lp = (b: Float32Array, f: number, q?: number): Float32Array => biquad(b, 'lp', f, q);
export const hp = (b: Float32Array, f: number, q?: number): Float32Array => biquad(b, 'hp', f, q);
export const bp = (b: Float32Array, f: number, q?: number): Float32Array => biquad(b, 'bp', f, q);

/** Topology-preserving state-variable filter: stable when modulated per sample. */
export class SVF {
  private ic1 = 0;
  private ic2 = 0;

  /** Returns the unity-peak band-pass output for input `x`, centre `fc` Hz, quality `q`. */
  band(x: number, fc: number, q: number): number {
    const g = Math.tan((Math.PI * Math.min(fc, SR * 0.45)) / SR);
    const k = 1 / q;
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    const v3 = x - this.ic2;
    const v1 = a1 * this.ic1 + a2 * v3;
    const v2 = this.ic2 + a2 * this.ic1 + a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    return k * v1;
  }
}

/** Feedback comb, in place: tube/corridor coloration. */
export function comb(b: Float32Array, delaySec: number, fb: number): Float32Array {
  const d = new Float32Array(Math.max(1, secs(delaySec)));
  let i = 0;
  for (let n = 0; n < b.length; n++) {
    const y = b[n]! + d[i]! * fb;
    d[i] = y;
    i = (i + 1) % d.length;
    b[n] = y * (1 - fb);
  }
  return b;
}
