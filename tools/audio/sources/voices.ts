/**
 * Voices without words: indistinct talkers (random vowels on a glottal pulse through moving
 * formants) and a murmur band that fills the gaps between them.
 */
import { SR, add, normRms, secs, smooth } from '../dsp/buffer.ts';
import { SVF, bp, hp, lp } from '../dsp/filters.ts';
import { pink, wander } from '../dsp/noise.ts';
import type { Rand } from '../dsp/random.ts';

/**
 * Spanish-like vowel formants (Hz): the babble never forms words; it is random vowels on a
 * pulse source, heavily low-passed and reverberated.
 */
const VOWELS: readonly (readonly [number, number, number])[] = [
  [730, 1200, 2600],
  [460, 1850, 2550],
  [300, 2250, 2950],
  [480, 900, 2500],
  [330, 780, 2350],
];

export interface TalkerOptions {
  /** Mean pitch (Hz). */
  f0?: number;
  /** Syllables per second. */
  rate?: number;
  /** Scale of the pauses between phrases. */
  pauses?: number;
  /** Scale of the formant frequencies (above 1 for smaller voices). */
  formant?: number;
}

/** One talker of a babble: its voice, its level in the mix and its low-pass (Hz). */
export interface Speaker extends TalkerOptions {
  gain: number;
  lp: number;
}

/** One indistinct talker: phrases of syllables with an intonation contour. */
export function talker(
  n: number,
  r: Rand,
  { f0 = 120, rate = 5, pauses = 1, formant = 1 }: TalkerOptions = {},
): Float32Array {
  const amp = new Float32Array(n);
  const F = [
    new Float32Array(n).fill(500),
    new Float32Array(n).fill(1500),
    new Float32Array(n).fill(2500),
  ] as const;
  const pitch = new Float32Array(n).fill(f0);
  const fric = new Float32Array(n);
  const T = n / SR;
  let t = r.range(0, 1.5);
  while (t < T) {
    const phrase = r.range(0.7, 3.2);
    const p0 = t;
    const fa = f0 * r.range(1.05, 1.22);
    const fb = f0 * r.range(0.78, 0.95);
    const pa = r.range(0.55, 1);
    while (t < p0 + phrase && t < T) {
      const d = r.range(1 / (rate * 1.5), 1 / (rate * 0.7));
      const v = r.pick(VOWELS);
      const stressed = r.next() < 0.3;
      const a = pa * r.range(0.5, 1) * (stressed ? 1.25 : 1);
      const i0 = secs(t);
      const i1 = Math.min(n, secs(t + d));
      const hasFric = r.next() < 0.35;
      const fl = hasFric ? secs(r.range(0.03, 0.06)) : 0;
      const onset = hasFric ? fl : secs(r.range(0.01, 0.03));
      const len = Math.max(1, i1 - i0 - onset);
      for (let i = i0; i < i1; i++) {
        const k = i - i0;
        const e =
          k < onset
            ? hasFric
              ? 0.1
              : k / onset
            : Math.pow(Math.sin(Math.PI * Math.min(1, (k - onset) / len)), 0.6);
        amp[i] = a * e;
        F[0][i] = v[0] * formant;
        F[1][i] = v[1] * formant;
        F[2][i] = v[2] * formant;
        const u = (i / SR - p0) / phrase;
        pitch[i] =
          (fa + (fb - fa) * Math.min(1, u)) * (stressed ? 1 + 0.12 * Math.sin((Math.PI * k) / (i1 - i0)) : 1);
        if (k < fl) fric[i] = a * 0.5 * Math.sin((Math.PI * k) / fl);
      }
      t += d + r.range(0, 0.03);
    }
    t += (r.range(0.25, 1.1) + (r.next() < 0.5 ? r.range(0.8, 3.5) : 0)) * pauses;
  }
  smooth(amp, 0.012);
  for (const f of F) smooth(f, 0.03);
  smooth(pitch, 0.04);

  const out = new Float32Array(n);
  const s1 = new SVF(),
    s2 = new SVF(),
    s3 = new SVF(),
    sf = new SVF();
  let ph = 0,
    prev = 0,
    jit = 1;
  for (let i = 0; i < n; i++) {
    const a = amp[i]!;
    ph += (pitch[i]! * jit) / SR;
    if (ph >= 1) {
      ph -= 1;
      jit = 1 + r.gauss() * 0.012;
    }
    // Rosenberg glottal pulse, differentiated (lip radiation)
    const op = 0.42,
      cl = 0.16;
    const g =
      ph < op
        ? 0.5 * (1 - Math.cos((Math.PI * ph) / op))
        : ph < op + cl
          ? Math.cos((Math.PI * (ph - op)) / (2 * cl))
          : 0;
    const src = (g - prev) * 30 * a + r.bi() * a * 0.05 * (g + 0.2);
    prev = g;
    const y =
      s1.band(src, F[0][i]!, F[0][i]! / 90) +
      0.5 * s2.band(src, F[1][i]!, F[1][i]! / 120) +
      0.25 * s3.band(src, F[2][i]!, F[2][i]! / 170);
    out[i] = y + 0.5 * sf.band(r.bi() * fric[i]!, 3800, 1.4);
  }
  return out;
}

/**
 * Band of shaped noise with syllable-rate amplitude modulation: fills gaps between talkers so
 * the murmur reads as "many people", not "some people".
 */
export function crowdNoise(n: number, r: Rand): Float32Array {
  const b = pink(n, r);
  bp(b, 500, 0.8);
  bp(b, 900, 0.7);
  const m1 = wander(n, r, 5);
  const m2 = wander(n, r, 3.3);
  const m3 = wander(n, r, 0.4);
  for (let i = 0; i < n; i++) {
    const am = 0.55 + 0.25 * m1[i]! + 0.15 * m2[i]!;
    b[i]! *= Math.max(0, am) * (0.8 + 0.2 * m3[i]!);
  }
  return normRms(b, 0.1);
}

/** Several talkers, each band-limited and levelled, mixed at their gains. */
export function babble(n: number, r: Rand, speakers: readonly Speaker[]): Float32Array {
  const out = new Float32Array(n);
  for (const s of speakers) {
    const v = talker(n, r, s);
    lp(v, s.lp, 0.7);
    lp(v, s.lp * 1.2, 0.7);
    hp(v, 140, 0.7);
    normRms(v, 0.1);
    add(out, v, 0, s.gain);
  }
  return out;
}
