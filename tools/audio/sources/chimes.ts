/** Interface tones: soft, short, no harsh transients. */
import { SR, TAU, add, buf, envelope } from '../dsp/buffer.ts';
import { bp } from '../dsp/filters.ts';
import { white } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';

export interface ChimeOptions {
  /** Level of the inharmonic bell partial (2.76 f). */
  bell?: number;
  /** Level of the third harmonic. */
  third?: number;
}

/** A struck tone at `f` Hz decaying with time constant `tau` (s). */
export function chime(
  f: number,
  durSec: number,
  tau: number,
  { bell = 0.08, third = 0.12 }: ChimeOptions = {},
): Float32Array {
  const b = buf(durSec);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const a = Math.min(1, t / 0.003) * Math.exp(-t / tau);
    b[i] =
      a *
      (Math.sin(TAU * f * t) +
        third * Math.sin(TAU * 3 * f * t) * Math.exp(-t / (tau * 0.4)) +
        bell * Math.sin(TAU * 2.76 * f * t) * Math.exp(-t / (tau * 0.3)));
  }
  return b;
}

/** A soft tone gliding from f0 to f1 Hz with a breath of air. */
export function glide(f0: number, f1: number, durSec: number, r: Rand): Float32Array {
  const b = buf(durSec);
  let ph = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const u = Math.min(1, t / (durSec * 0.55));
    ph += (f0 * Math.pow(f1 / f0, u)) / SR;
    const a = Math.min(1, t / 0.008) * Math.exp(-t / (durSec * 0.28));
    b[i] = a * (Math.sin(TAU * ph) + 0.1 * Math.sin(TAU * 2 * ph));
  }
  const air = bp(white(b.length, r, 0.08), (f0 + f1) * 1.6, 1.2);
  envelope(air, [
    [0, 0],
    [durSec * 0.3, 1],
    [durSec, 0],
  ]);
  return add(b, air);
}
