/** Struck things: noise bursts, thumps, metal hits, footsteps on tiles and water drips. */
import { SR, TAU, add, buf, envelope, secs } from '../dsp/buffer.ts';
import { bp, hp } from '../dsp/filters.ts';
import { white } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';
import { impulseAt, modal } from '../dsp/resonators.ts';

/** Short noise burst with exponential decay. */
export function burst(durSec: number, tau: number, r: Rand, amp = 1): Float32Array {
  const b = buf(durSec);
  for (let i = 0; i < b.length; i++) b[i] = r.bi() * amp * Math.exp(-i / (tau * SR));
  return b;
}

/** Decaying sine with optional pitch drop (thumps). */
export function thump(durSec: number, f: number, tau: number, r: Rand, drop = 0.3): Float32Array {
  const b = buf(durSec);
  let ph = r.range(0, 0.3);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    ph += (f * (1 + drop * Math.exp(-t / 0.01))) / SR;
    b[i] = Math.sin(TAU * ph) * Math.exp(-t / tau);
  }
  return b;
}

/** A hard-soled shoe on tiles: heel then toe. */
export function footstep(r: Rand, strength = 1): Float32Array {
  const b = buf(0.25);
  const heel = bp(burst(0.03, 0.004, r, 0.45), r.range(2200, 3000), 1.1);
  const body = bp(burst(0.08, 0.02, r, 0.6), r.range(420, 620), 1.8);
  const low = thump(0.2, r.range(95, 130), 0.04, r, 0.5);
  add(b, heel, 0, strength);
  add(b, body, 0, strength);
  add(b, low, 0, 0.9 * strength);
  const toeAt = r.range(0.06, 0.09);
  add(b, bp(burst(0.02, 0.003, r, 0.5), r.range(2600, 3400), 1.2), toeAt, 0.6 * strength);
  add(b, bp(burst(0.04, 0.008, r, 0.4), r.range(500, 700), 1.5), toeAt, 0.5 * strength);
  const scuff = hp(white(secs(0.05), r, 0.05), 2000);
  envelope(scuff, [
    [0, 0],
    [0.01, 1],
    [0.05, 0],
  ]);
  add(b, scuff, toeAt, strength);
  return b;
}

export interface MetalHitOptions {
  /** Lowest mode (Hz). */
  base?: number;
  /** Decay of the lowest mode (s). */
  decay?: number;
  /** Above 1, the upper modes ring louder. */
  bright?: number;
  durSec?: number;
}

/** Metallic impact: inharmonic modes plus a noise transient. */
export function metalHit(
  r: Rand,
  { base = 97, decay = 1.2, bright = 1, durSec = 2.5 }: MetalHitOptions = {},
): Float32Array {
  const n = secs(durSec);
  const ratios = [1, 2.17, 3.58, 5.4, 8.1, 10.7, 14.5, 19.5, 25.4];
  const modes = ratios.map((k, i) => ({
    f: base * k * r.range(0.98, 1.02),
    amp: (i === 0 ? 0.7 : 1) * Math.pow(0.78, i) * bright ** i,
    tau: decay * Math.pow(0.72, i) * r.range(0.8, 1.2),
  }));
  const exc = impulseAt(n, [0, 0.004], [1, 0.5]);
  const out = modal(exc, modes);
  add(out, bp(burst(0.05, 0.006, r, 1.5), 2500, 0.7), 0);
  add(out, thump(0.2, base * 0.9, 0.05, r), 0, 0.4);
  return out;
}

/** A water drop: a short sine rising in pitch. */
export function drip(f = 1100): Float32Array {
  const b = buf(0.08);
  let ph = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    ph += (f * (1 + 1.2 * Math.min(1, t / 0.03))) / SR;
    b[i] = Math.sin(TAU * ph) * Math.exp(-t / 0.018) * Math.min(1, t / 0.001);
  }
  return b;
}
