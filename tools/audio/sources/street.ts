/** Outside, heard through walls: a distant dog, passing cars and a car horn. */
import { SR, TAU, add, buf, fadeEdges, normRms, secs } from '../dsp/buffer.ts';
import { SVF, bp, hp, lp } from '../dsp/filters.ts';
import { brown, pink } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';

/** Distant dog bark: harsh falling voice through two formants. */
export function bark(r: Rand): Float32Array {
  const d = r.range(0.14, 0.2);
  const b = buf(d + 0.02);
  const s1 = new SVF(),
    s2 = new SVF();
  const fa = r.range(520, 620),
    fb = r.range(330, 400);
  let ph = 0;
  for (let i = 0; i < b.length; i++) {
    const u = Math.min(1, i / secs(d));
    ph += (fa + (fb - fa) * Math.sqrt(u)) / SR;
    const saw = 2 * (ph % 1) - 1 + r.bi() * 0.5;
    const e = Math.min(1, i / secs(0.012)) * Math.pow(1 - u, 1.5);
    b[i] = (s1.band(saw, 800 - 250 * u, 4) + 0.7 * s2.band(saw, 1550 - 300 * u, 5)) * e;
  }
  return b;
}

export interface CarPassOptions {
  /** Low-pass of the engine and tyre noise (Hz). */
  lpHz?: number;
  /** Where the car is closest, as a fraction of the duration. */
  peakAt?: number;
}

/** A car passing far away: filtered noise swelling and fading. */
export function carPass(
  durSec: number,
  r: Rand,
  { lpHz = 400, peakAt = 0.5 }: CarPassOptions = {},
): Float32Array {
  const n = secs(durSec);
  const b = brown(n, r);
  add(b, bp(pink(n, r, 0.5), 600, 0.8));
  lp(b, lpHz, 0.7);
  hp(b, 35, 0.7);
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const x = (u - peakAt) / 0.22;
    b[i]! *= Math.exp(-x * x) * (0.5 - 0.5 * Math.cos(TAU * u));
  }
  return normRms(b, 0.1);
}

/** A two-tone car horn (G#4 and C5), overdriven. */
export function horn(durSec = 0.22): Float32Array {
  const b = buf(durSec);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const s = Math.tanh(3 * Math.sin(TAU * 415 * t)) + 0.8 * Math.tanh(3 * Math.sin(TAU * 523 * t));
    b[i] = s * 0.3;
  }
  fadeEdges(b, 0.01, 0.03);
  return b;
}
