/**
 * Seamless loops: the tail crossfaded onto the head, sines with whole cycles per loop, and a
 * report of how the wrap-around compares with the rest of the loop.
 */
import { SR, TAU, add, rms, secs } from './buffer.ts';
import { lp } from './filters.ts';
import type { Rand } from './random.ts';

/** Loop crossfade (s). */
export const XF = 2.0;
/** Pre-roll so reverbs are warm when the loop starts (s). */
export const PRE = 3.0;

/**
 * Equal-power crossfade of the X samples (L, X in samples) that follow the loop length L back
 * onto the start: out[L-1] -> out[0] continues exactly as src[L-1] -> src[L].
 */
export function loopify(src: Float32Array, L: number, X: number): Float32Array {
  if (src.length < L + X) throw new Error('loopify: source too short');
  const out = src.slice(0, L);
  for (let i = 0; i < X; i++) {
    const u = ((i + 0.5) / X) * (Math.PI / 2);
    out[i] = src[i]! * Math.sin(u) + src[L + i]! * Math.cos(u);
  }
  return out;
}

/** Reports how the wrap-around compares with the rest of the loop. */
export function seamReport(b: Float32Array): string {
  const diffs: number[] = [];
  for (let i = 1; i < b.length; i++) diffs.push(Math.abs(b[i]! - b[i - 1]!));
  diffs.sort((x, y) => x - y);
  const p99 = diffs[Math.floor(diffs.length * 0.99)]!;
  const jump = Math.abs(b[0]! - b[b.length - 1]!);
  const w = secs(0.25);
  const around = Math.sqrt((rms(b, b.length - w) ** 2 + rms(b, 0, w) ** 2) / 2);
  const whole = rms(b);
  return (
    `seam jump ${jump.toExponential(2)} (p99 step ${p99.toExponential(2)}), ` +
    `rms near seam / whole ${(around / whole).toFixed(2)}`
  );
}

/**
 * Sine whose frequency is rounded to a whole number of cycles per loop, so it is exactly
 * periodic and can be added after the crossfade.
 */
export function loopSine(n: number, f: number, amp: number, phase = 0): Float32Array {
  const L = n / SR;
  const fq = Math.max(1, Math.round(f * L)) / L;
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) b[i] = amp * Math.sin((TAU * fq * i) / SR + phase);
  return b;
}

/** Loop length in samples for a loop of about `loopSec`: whole 1024-sample frames. */
export const loopSamples = (loopSec: number): number => Math.floor((loopSec * SR) / 1024) * 1024;

/** Builds the raw bed: `n` samples; `at(t)` converts loop time to buffer time. */
export type LoopBuild = (n: number, r: Rand, at: (t: number) => number) => Float32Array;
/** Builds a steady, exactly periodic layer of `n` samples, added after the crossfade. */
export type LoopLayer = (n: number, r: Rand) => Float32Array;

/**
 * Renders a loop of about loopSec with the generator `r`: `build(n, r, at)` returns the raw signal; `at(t)` converts
 * loop time to buffer time. Events should sit in [XF, loopSec). The loop length is a whole
 * number of 1024-sample frames, so AAC needs no end padding and decodes to the exact length
 * even where the MP4 edit list is ignored.
 */
export function makeLoop(r: Rand, loopSec: number, build: LoopBuild, periodic?: LoopLayer): Float32Array {
  const L = loopSamples(loopSec);
  const n = secs(PRE + XF) + L;
  const raw = build(n, r, (t) => PRE + t);
  // beds need nothing above ~11 kHz; at 48 kbps that air only costs bits
  lp(raw, 11000, 0.6);
  const out = loopify(raw.subarray(secs(PRE)), L, secs(XF));
  if (periodic) add(out, periodic(out.length, r));
  return out;
}
