/** Office sounds: typing, handled paper, and the creak of a dragged chair. */
import type { Breakpoint } from '../dsp/buffer.ts';
import { SR, add, buf, envelope, normPeak, secs } from '../dsp/buffer.ts';
import { SVF, biquad, bp, hp, lp } from '../dsp/filters.ts';
import { pink, white } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';
import { burst, thump } from './impacts.ts';

/** `count` keystrokes, each a click and a thock. */
export function typing(r: Rand, count: number): Float32Array {
  const b = buf(count / 6 + 0.3);
  let t = 0;
  for (let k = 0; k < count; k++) {
    const click = bp(burst(0.02, 0.003, r, 0.6), r.range(2000, 3200), 1.2);
    const thock = bp(burst(0.04, 0.008, r, 0.6), r.range(250, 380), 2);
    add(b, click, t);
    add(b, thock, t, 0.8);
    t += r.range(0.08, 0.22);
  }
  return b;
}

/** Paper crinkle: sparse heavy-tailed grains plus a soft swish. */
export function paperGesture(durSec: number, r: Rand, density = 450): Float32Array {
  const n = secs(durSec);
  const b = new Float32Array(n);
  const sw = white(n, r);
  bp(sw, 3200, 0.6);
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const e = Math.pow(Math.sin(Math.PI * u), 1.4);
    if (r.next() < (density * e) / SR) {
      const a = Math.pow(r.next(), 1.6) * (r.next() < 0.5 ? -1 : 1);
      const len = Math.floor(r.range(30, 220));
      const tau = len / 4;
      for (let k = 0; k < len && i + k < n; k++) b[i + k]! += a * r.bi() * Math.exp(-k / tau);
    }
    b[i]! += sw[i]! * 0.2 * Math.pow(e, 1.5);
  }
  hp(b, 1200, 0.7);
  biquad(b, 'peak', 4200, 1, 4);
  lp(b, 9500, 0.7);
  return b;
}

/** A narrow resonance of a creak: [centre (Hz), quality, gain]. */
export type Resonance = readonly [number, number, number];

/**
 * Stick-slip friction: an irregular pulse train ringing narrow resonances. `rateFn(u)` gives
 * the pulse rate (Hz) at progress u in [0, 1).
 */
export function creak(
  durSec: number,
  r: Rand,
  rateFn: (u: number) => number,
  resonances: readonly Resonance[],
  envPoints: readonly Breakpoint[],
): Float32Array {
  const n = secs(durSec);
  const exc = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    ph += (rateFn(i / n) * (1 + r.gauss() * 0.18)) / SR;
    if (ph >= 1) {
      ph -= 1;
      exc[i] = r.range(0.4, 1);
    }
  }
  const out = new Float32Array(n);
  for (const [f, q, g] of resonances) {
    const s = new SVF();
    for (let i = 0; i < n; i++) out[i]! += g * s.band(exc[i]!, f, q);
  }
  envelope(out, envPoints);
  return normPeak(out, 1);
}

/** A chair dragged across tiles, then set down (the drag takes 0.7 s, the thud lands at 0.72 s). */
export function chair(r: Rand, durSec = 1.2): Float32Array {
  const out = buf(durSec);
  const s = creak(
    0.7,
    r,
    (u) => 70 + 80 * Math.sin(Math.PI * u) + 20 * u,
    [
      [380, 10, 1],
      [910, 12, 0.8],
      [1650, 14, 0.6],
      [2750, 10, 0.35],
    ],
    [
      [0, 0],
      [0.06, 1],
      [0.35, 0.8],
      [0.5, 1],
      [0.62, 0.7],
      [0.7, 0],
    ],
  );
  const grit = pink(secs(0.7), r, 0.3);
  bp(grit, 1800, 0.8);
  envelope(grit, [
    [0, 0],
    [0.06, 1],
    [0.62, 0.8],
    [0.7, 0],
  ]);
  add(out, s, 0.03, 0.6);
  add(out, grit, 0.03);
  add(out, thump(0.25, 125, 0.03, r), 0.72, 0.35);
  add(out, bp(burst(0.05, 0.006, r), 700, 1.5), 0.72, 0.2);
  return out;
}
