/** The station's devices: an old desk-telephone bell and a police radio transmission. */
import { SR, TAU, add, buf, envelope, fadeEdges, secs, softClip } from '../dsp/buffer.ts';
import { SVF, biquad, hp, lp } from '../dsp/filters.ts';
import { white } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';
import { impulseAt, modal } from '../dsp/resonators.ts';
import { burst } from './impacts.ts';

/** Gong modes of the bell: [frequency ratio, amplitude, decay (s)]. */
const GONG_MODES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.55],
  [2.42, 0.5, 0.3],
  [4.1, 0.32, 0.18],
  [5.9, 0.2, 0.1],
  [7.6, 0.12, 0.06],
];

/** Old desk-telephone bell: a clapper alternating between two small gongs at 20 Hz. */
export function phoneBell(r: Rand, ringSec = 1.1, totalSec = 2.0, base = 1180): Float32Array {
  const n = secs(totalSec);
  const out = new Float32Array(n);
  const gongs = [base, base * 1.19];
  gongs.forEach((gf, gi) => {
    const times: number[] = [];
    const amps: number[] = [];
    for (let t = gi / 40; t < ringSec; t += 1 / 20) {
      times.push(t + r.range(-0.0015, 0.0015));
      amps.push(r.range(0.8, 1));
    }
    const exc = impulseAt(n, times, amps);
    const modes = GONG_MODES.map(([ratio, amp, tau]) => ({
      f: gf * ratio * (1 + r.range(-0.004, 0.004)),
      amp,
      tau,
    }));
    add(out, modal(exc, modes));
    for (const t of times) add(out, hp(burst(0.004, 0.001, r, 0.25), 3000), t);
  });
  fadeEdges(out, 0.001, 0.05);
  return out;
}

/** Scrambled voice-like tone bursts (never speech) from `from` until `stop` seconds. */
function scrambledBursts(out: Float32Array, r: Rand, from: number, stop: number): void {
  let t = from;
  while (t < stop) {
    const d = Math.min(r.range(0.05, 0.2), stop - t);
    if (d < 0.03) break;
    const b = buf(d);
    const f0 = r.range(170, 320);
    const glide = r.range(-0.35, 0.35);
    const fc = r.range(650, 1150);
    const fm1 = r.range(500, 900),
      fm2 = r.range(1200, 2200);
    const s1 = new SVF(),
      s2 = new SVF();
    let ph = 0;
    for (let i = 0; i < b.length; i++) {
      const u = i / b.length;
      ph += (f0 * (1 + glide * u)) / SR;
      const saw = 2 * (ph % 1) - 1;
      const v = s1.band(saw, fm1, 4) + 0.6 * s2.band(saw, fm2, 5);
      const ring = Math.sin((TAU * fc * i) / SR);
      const e = Math.sin(Math.PI * u) ** 0.5;
      b[i] = (0.55 * v * ring + 0.45 * v) * e * 2.5;
    }
    add(out, b, t);
    t += d + (r.next() < 0.2 ? r.range(0.1, 0.2) : r.range(0.01, 0.05));
  }
}

/** Police radio transmission: squelch, scrambled tone bursts, roger beep, squelch tail. No speech. */
export function radioCall(r: Rand, durSec = 2.0): Float32Array {
  const n = secs(durSec);
  const out = new Float32Array(n);
  const endTx = durSec - 0.3;
  // carrier hiss while the channel is open, with crackle
  const hiss = white(secs(endTx), r, 0.05);
  for (let i = 0; i < hiss.length; i++) if (r.next() < 0.0008) hiss[i]! += r.bi() * 0.6;
  add(out, hiss, 0);
  // squelch open
  const sq = white(secs(0.09), r, 0.6);
  envelope(sq, [
    [0, 1],
    [0.05, 0.8],
    [0.09, 0.1],
  ]);
  add(out, sq, 0);
  scrambledBursts(out, r, 0.13, endTx - 0.2);
  // roger beep
  const beep = buf(0.07);
  for (let i = 0; i < beep.length; i++) beep[i] = 0.35 * Math.sign(Math.sin((TAU * 1250 * i) / SR)) * 0.6;
  fadeEdges(beep, 0.003, 0.005);
  add(out, beep, endTx - 0.12);
  // squelch tail after the carrier drops
  const tail = white(secs(0.14), r, 0.55);
  envelope(tail, [
    [0, 0.7],
    [0.02, 1],
    [0.14, 0.6],
  ]);
  fadeEdges(tail, 0.002, 0.006);
  add(out, tail, endTx);
  // the handset: narrow band, overdriven
  softClip(out, 2.2);
  hp(out, 320, 0.8);
  hp(out, 320, 0.8);
  lp(out, 3000, 0.8);
  lp(out, 3000, 0.8);
  biquad(out, 'peak', 1700, 1.2, 4);
  fadeEdges(out, 0.001, 0.01);
  return out;
}
