/** Sample buffers: the sample rate, allocation, mixing, levels, envelopes and fades. */

/** Sample rate of every sound (Hz). */
export const SR = 44100;
export const TAU = Math.PI * 2;

/** Seconds to a whole number of samples. */
export const secs = (t: number): number => Math.round(t * SR);
/** A silent buffer `t` seconds long. */
export const buf = (t: number): Float32Array => new Float32Array(secs(t));

/** Mixes `src` into `dst` starting at `atSec`, scaled by `gain`; samples outside `dst` are dropped. */
export function add(dst: Float32Array, src: Float32Array, atSec = 0, gain = 1): Float32Array {
  const off = secs(atSec);
  for (let i = 0; i < src.length; i++) {
    const j = i + off;
    if (j >= 0 && j < dst.length) dst[j]! += src[i]! * gain;
  }
  return dst;
}

export function scale(b: Float32Array, g: number): Float32Array {
  for (let i = 0; i < b.length; i++) b[i]! *= g;
  return b;
}

export function peak(b: Float32Array): number {
  let p = 0;
  for (let i = 0; i < b.length; i++) p = Math.max(p, Math.abs(b[i]!));
  return p;
}

export function rms(b: Float32Array, from = 0, to = b.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += b[i]! * b[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

export function normPeak(b: Float32Array, target = 0.5): Float32Array {
  const p = peak(b);
  return p > 0 ? scale(b, target / p) : b;
}

export function normRms(b: Float32Array, target = 0.1): Float32Array {
  const r = rms(b);
  return r > 0 ? scale(b, target / r) : b;
}

/** A breakpoint of a piecewise-linear envelope: [seconds, value]. */
export type Breakpoint = readonly [number, number];

/** Multiplies by a piecewise-linear envelope given as [[sec, value], ...]. */
export function envelope(b: Float32Array, points: readonly Breakpoint[]): Float32Array {
  let k = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    while (k < points.length - 2 && t > points[k + 1]![0]) k++;
    const [t0, v0] = points[k]!;
    const [t1, v1] = points[k + 1]!;
    const u = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 1;
    b[i]! *= t < t0 ? v0 : v0 + (v1 - v0) * u;
  }
  return b;
}

/** Short raised-cosine fades so one-shots start and end at exactly zero. */
export function fadeEdges(b: Float32Array, inSec = 0.002, outSec = 0.02): Float32Array {
  const ni = secs(inSec);
  const no = secs(outSec);
  for (let i = 0; i < ni && i < b.length; i++) b[i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / ni);
  for (let i = 0; i < no && i < b.length; i++) {
    b[b.length - 1 - i]! *= 0.5 - 0.5 * Math.cos((Math.PI * i) / no);
  }
  return b;
}

export function softClip(b: Float32Array, drive = 1): Float32Array {
  const k = Math.tanh(drive);
  for (let i = 0; i < b.length; i++) b[i] = Math.tanh(b[i]! * drive) / k;
  return b;
}

/** One-pole low-pass smoothing with time constant `tau` seconds, in place. */
export function smooth(b: Float32Array, tau: number): Float32Array {
  const c = Math.exp(-1 / (tau * SR));
  let y = b[0]!;
  for (let i = 0; i < b.length; i++) {
    y = c * y + (1 - c) * b[i]!;
    b[i] = y;
  }
  return b;
}
