/** Modal synthesis: a bank of decaying resonators and the impulses that strike it. */
import { SR, TAU, secs } from './buffer.ts';

/** One mode: frequency (Hz), amplitude and decay time constant (s). */
export interface Mode {
  f: number;
  amp: number;
  tau: number;
}

/** Modal resonator bank driven by an excitation signal. Returns a new buffer. */
export function modal(exc: Float32Array, modes: readonly Mode[]): Float32Array {
  const out = new Float32Array(exc.length);
  for (const { f, amp, tau } of modes) {
    if (f >= SR * 0.45) continue;
    const R = Math.exp(-1 / (tau * SR));
    const w = (TAU * f) / SR;
    const c = 2 * R * Math.cos(w);
    const r2 = R * R;
    const gain = amp * Math.sin(w);
    let y1 = 0,
      y2 = 0;
    for (let i = 0; i < exc.length; i++) {
      const y = exc[i]! + c * y1 - r2 * y2;
      y2 = y1;
      y1 = y;
      out[i]! += y * gain;
    }
  }
  return out;
}

/** `n` samples of silence with unit (or `amps[k]`) impulses at `times` (s). */
export function impulseAt(n: number, times: readonly number[], amps?: readonly number[]): Float32Array {
  const b = new Float32Array(n);
  times.forEach((t, k) => {
    const i = secs(t);
    if (i < n) b[i]! += amps ? amps[k]! : 1;
  });
  return b;
}
