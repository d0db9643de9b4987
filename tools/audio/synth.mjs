// Offline synthesiser for every sound in assets/audio/.
//
// Nothing here is sampled or downloaded: each sound is built from oscillators,
// seeded noise, filters, modal resonators and a small Freeverb-style reverb,
// then written as a mono 32-bit float WAV. tools/audio/generate-audio.sh runs
// this, then sets loudness and encodes with ffmpeg.
//
// Usage: node tools/audio/synth.mjs OUT_DIR
// Writes OUT_DIR/{ambient,sfx,ui}/NAME.wav and OUT_DIR/manifest.tsv
// (category, name, loop flag, loudness target, bitrate, description).
//
// Everything is deterministic: each sound has its own fixed seed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';

const SR = 44100;
const TAU = Math.PI * 2;

// ---------------------------------------------------------------- randomness

class Rand {
  constructor(seed) {
    this.s = seed >>> 0;
  }
  // mulberry32
  next() {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(a, b) {
    return a + (b - a) * this.next();
  }
  bi() {
    return this.next() * 2 - 1;
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  gauss() {
    const u = Math.max(1e-12, this.next());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(TAU * this.next());
  }
}

// ------------------------------------------------------------ buffer helpers

const secs = (t) => Math.round(t * SR);
const buf = (t) => new Float32Array(secs(t));

function add(dst, src, atSec = 0, gain = 1) {
  const off = secs(atSec);
  for (let i = 0; i < src.length; i++) {
    const j = i + off;
    if (j >= 0 && j < dst.length) dst[j] += src[i] * gain;
  }
  return dst;
}

function scale(b, g) {
  for (let i = 0; i < b.length; i++) b[i] *= g;
  return b;
}

function peak(b) {
  let p = 0;
  for (let i = 0; i < b.length; i++) p = Math.max(p, Math.abs(b[i]));
  return p;
}

function rms(b, from = 0, to = b.length) {
  let s = 0;
  for (let i = from; i < to; i++) s += b[i] * b[i];
  return Math.sqrt(s / Math.max(1, to - from));
}

function normPeak(b, target = 0.5) {
  const p = peak(b);
  return p > 0 ? scale(b, target / p) : b;
}

function normRms(b, target = 0.1) {
  const r = rms(b);
  return r > 0 ? scale(b, target / r) : b;
}

// multiply by a piecewise-linear envelope given as [[sec, value], ...]
function envelope(b, points) {
  let k = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    while (k < points.length - 2 && t > points[k + 1][0]) k++;
    const [t0, v0] = points[k];
    const [t1, v1] = points[k + 1];
    const u = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 1;
    b[i] *= t < t0 ? v0 : v0 + (v1 - v0) * u;
  }
  return b;
}

// short raised-cosine fades so one-shots start and end at exactly zero
function fadeEdges(b, inSec = 0.002, outSec = 0.02) {
  const ni = secs(inSec);
  const no = secs(outSec);
  for (let i = 0; i < ni && i < b.length; i++) b[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / ni);
  for (let i = 0; i < no && i < b.length; i++) {
    b[b.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / no);
  }
  return b;
}

function softClip(b, drive = 1) {
  const k = Math.tanh(drive);
  for (let i = 0; i < b.length; i++) b[i] = Math.tanh(b[i] * drive) / k;
  return b;
}

// --------------------------------------------------------------------- noise

function white(n, r, amp = 1) {
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) b[i] = r.bi() * amp;
  return b;
}

// Paul Kellet's pink noise approximation
function pink(n, r, amp = 1) {
  const b = new Float32Array(n);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = r.bi();
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    b[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11 * amp;
    b6 = w * 0.115926;
  }
  return b;
}

function brown(n, r, amp = 1) {
  const b = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.995 * y + r.bi() * 0.06;
    b[i] = y * amp;
  }
  return b;
}

// smooth random control signal (values roughly in [-1, 1]) changing at `rate` Hz
function wander(n, r, rate) {
  const b = new Float32Array(n);
  const step = Math.max(1, Math.round(SR / rate));
  let a = r.bi();
  let c = r.bi();
  for (let i = 0; i < n; i++) {
    const k = i % step;
    if (k === 0 && i > 0) {
      a = c;
      c = r.bi();
    }
    const u = k / step;
    const s = u * u * (3 - 2 * u);
    b[i] = a + (c - a) * s;
  }
  return b;
}

// ------------------------------------------------------------------- filters

// RBJ cookbook biquad, applied in place. bp has 0 dB peak gain.
function biquad(b, type, f0, Q = 0.7071, dB = 0) {
  const A = Math.pow(10, dB / 40);
  const w0 = (TAU * Math.min(f0, SR * 0.45)) / SR;
  const cw = Math.cos(w0);
  const sw = Math.sin(w0);
  const al = sw / (2 * Q);
  let b0, b1, b2, a0, a1, a2;
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
    default:
      throw new Error(`unknown filter ${type}`);
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
    const x = b[i];
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    b[i] = y;
  }
  return b;
}

const lp = (b, f, q) => biquad(b, 'lp', f, q);
const hp = (b, f, q) => biquad(b, 'hp', f, q);
const bp = (b, f, q) => biquad(b, 'bp', f, q);

// Topology-preserving state-variable filter: stable when modulated per sample.
class SVF {
  constructor() {
    this.ic1 = 0;
    this.ic2 = 0;
  }
  // returns the unity-peak band-pass output
  band(x, fc, q) {
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
    this.lp = v2;
    return k * v1;
  }
}

// Freeverb-style mono reverb. Returns a new buffer of the same length.
function reverb(b, { room = 0.7, damp = 0.4, wet = 0.3, dry = 1, size = 1, predelay = 0 } = {}) {
  const combT = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
  const apT = [556, 441, 341, 225];
  const sc = (SR / 44100) * size;
  const combs = combT.map((t) => ({ d: new Float32Array(Math.round(t * sc)), i: 0, f: 0 }));
  const aps = apT.map((t) => ({ d: new Float32Array(Math.max(1, Math.round(t * sc))), i: 0 }));
  const fb = room * 0.28 + 0.7;
  const dm = damp * 0.4;
  const pd = new Float32Array(Math.max(1, secs(predelay)));
  let pi = 0;
  const out = new Float32Array(b.length);
  for (let n = 0; n < b.length; n++) {
    const x = b[n];
    const inp = pd[pi] * 0.015;
    pd[pi] = x;
    pi = (pi + 1) % pd.length;
    let s = 0;
    for (const c of combs) {
      const o = c.d[c.i];
      c.f = o * (1 - dm) + c.f * dm;
      c.d[c.i] = inp + c.f * fb;
      c.i = (c.i + 1) % c.d.length;
      s += o;
    }
    for (const a of aps) {
      const o = a.d[a.i];
      a.d[a.i] = s + o * 0.5;
      a.i = (a.i + 1) % a.d.length;
      s = o - s;
    }
    out[n] = x * dry + s * wet * 3;
  }
  return out;
}

// feedback echo with a low-pass in the loop (distant walls)
function echo(b, { delay = 0.3, feedback = 0.4, lpHz = 2000, mix = 0.5 } = {}) {
  const d = new Float32Array(secs(delay));
  let i = 0;
  let f = 0;
  const c = Math.exp((-TAU * lpHz) / SR);
  const out = new Float32Array(b.length);
  for (let n = 0; n < b.length; n++) {
    const o = d[i];
    f = (1 - c) * o + c * f;
    d[i] = b[n] + f * feedback;
    i = (i + 1) % d.length;
    out[n] = b[n] + f * mix;
  }
  return out;
}

// feedback comb: tube/corridor coloration
function comb(b, delaySec, fb) {
  const d = new Float32Array(Math.max(1, secs(delaySec)));
  let i = 0;
  for (let n = 0; n < b.length; n++) {
    const y = b[n] + d[i] * fb;
    d[i] = y;
    i = (i + 1) % d.length;
    b[n] = y * (1 - fb);
  }
  return b;
}

// --------------------------------------------------------------- loop making

// Equal-power crossfade of the X samples (L, X in samples) that follow the loop length L back
// onto the start: out[L-1] -> out[0] continues exactly as src[L-1] -> src[L].
function loopify(src, L, X) {
  if (src.length < L + X) throw new Error('loopify: source too short');
  const out = src.slice(0, L);
  for (let i = 0; i < X; i++) {
    const u = ((i + 0.5) / X) * (Math.PI / 2);
    out[i] = src[i] * Math.sin(u) + src[L + i] * Math.cos(u);
  }
  return out;
}

// Report how the wrap-around compares with the rest of the loop.
function seamReport(b) {
  const diffs = [];
  for (let i = 1; i < b.length; i++) diffs.push(Math.abs(b[i] - b[i - 1]));
  diffs.sort((x, y) => x - y);
  const p99 = diffs[Math.floor(diffs.length * 0.99)];
  const jump = Math.abs(b[0] - b[b.length - 1]);
  const w = secs(0.25);
  const around = Math.sqrt((rms(b, b.length - w) ** 2 + rms(b, 0, w) ** 2) / 2);
  const whole = rms(b);
  return (
    `seam jump ${jump.toExponential(2)} (p99 step ${p99.toExponential(2)}), ` +
    `rms near seam / whole ${(around / whole).toFixed(2)}`
  );
}

// sine whose frequency is rounded to a whole number of cycles per loop, so it
// is exactly periodic and can be added after the crossfade
function loopSine(n, f, amp, phase = 0) {
  const L = n / SR;
  const fq = Math.max(1, Math.round(f * L)) / L;
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) b[i] = amp * Math.sin((TAU * fq * i) / SR + phase);
  return b;
}

// ------------------------------------------------------------ sound sources

// Spanish-like vowel formants (Hz): the babble never forms words; it is
// random vowels on a pulse source, heavily low-passed and reverberated.
const VOWELS = [
  [730, 1200, 2600],
  [460, 1850, 2550],
  [300, 2250, 2950],
  [480, 900, 2500],
  [330, 780, 2350],
];

function smooth(b, tau) {
  const c = Math.exp(-1 / (tau * SR));
  let y = b[0];
  for (let i = 0; i < b.length; i++) {
    y = c * y + (1 - c) * b[i];
    b[i] = y;
  }
  return b;
}

// One indistinct talker: phrases of syllables with an intonation contour.
function talker(n, r, { f0 = 120, rate = 5, pauses = 1, formant = 1 } = {}) {
  const amp = new Float32Array(n);
  const F = [new Float32Array(n).fill(500), new Float32Array(n).fill(1500), new Float32Array(n).fill(2500)];
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
    const a = amp[i];
    ph += (pitch[i] * jit) / SR;
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
      s1.band(src, F[0][i], F[0][i] / 90) +
      0.5 * s2.band(src, F[1][i], F[1][i] / 120) +
      0.25 * s3.band(src, F[2][i], F[2][i] / 170);
    out[i] = y + 0.5 * sf.band(r.bi() * fric[i], 3800, 1.4);
  }
  return out;
}

// Band of shaped noise with syllable-rate amplitude modulation: fills gaps
// between talkers so the murmur reads as "many people", not "some people".
function crowdNoise(n, r) {
  const b = pink(n, r);
  bp(b, 500, 0.8);
  bp(b, 900, 0.7);
  const m1 = wander(n, r, 5);
  const m2 = wander(n, r, 3.3);
  const m3 = wander(n, r, 0.4);
  for (let i = 0; i < n; i++) {
    const am = 0.55 + 0.25 * m1[i] + 0.15 * m2[i];
    b[i] *= Math.max(0, am) * (0.8 + 0.2 * m3[i]);
  }
  return normRms(b, 0.1);
}

function babble(n, r, speakers) {
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

// Modal resonator bank driven by an excitation signal.
function modal(exc, modes) {
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
      const y = exc[i] + c * y1 - r2 * y2;
      y2 = y1;
      y1 = y;
      out[i] += y * gain;
    }
  }
  return out;
}

function impulseAt(n, times, amps) {
  const b = new Float32Array(n);
  times.forEach((t, k) => {
    const i = secs(t);
    if (i < n) b[i] += amps ? amps[k] : 1;
  });
  return b;
}

// short noise burst with exponential decay
function burst(durSec, tau, r, amp = 1) {
  const b = buf(durSec);
  for (let i = 0; i < b.length; i++) b[i] = r.bi() * amp * Math.exp(-i / (tau * SR));
  return b;
}

// decaying sine with optional pitch drop (thumps)
function thump(durSec, f, tau, r, drop = 0.3) {
  const b = buf(durSec);
  let ph = r.range(0, 0.3);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    ph += (f * (1 + drop * Math.exp(-t / 0.01))) / SR;
    b[i] = Math.sin(TAU * ph) * Math.exp(-t / tau);
  }
  return b;
}

// Old desk-telephone bell: a clapper alternating between two small gongs at 20 Hz.
function phoneBell(r, ringSec = 1.1, totalSec = 2.0, base = 1180) {
  const n = secs(totalSec);
  const out = new Float32Array(n);
  const gongs = [base, base * 1.19];
  gongs.forEach((gf, gi) => {
    const times = [];
    const amps = [];
    for (let t = gi / 40; t < ringSec; t += 1 / 20) {
      times.push(t + r.range(-0.0015, 0.0015));
      amps.push(r.range(0.8, 1));
    }
    const exc = impulseAt(n, times, amps);
    const modes = [
      [1, 1, 0.55],
      [2.42, 0.5, 0.3],
      [4.1, 0.32, 0.18],
      [5.9, 0.2, 0.1],
      [7.6, 0.12, 0.06],
    ].map(([ratio, amp, tau]) => ({ f: gf * ratio * (1 + r.range(-0.004, 0.004)), amp, tau }));
    add(out, modal(exc, modes));
    for (const t of times) add(out, hp(burst(0.004, 0.001, r, 0.25), 3000), t);
  });
  fadeEdges(out, 0.001, 0.05);
  return out;
}

// Police radio transmission: squelch, scrambled tone bursts, roger beep,
// squelch tail. No speech.
function radioCall(r, durSec = 2.0) {
  const n = secs(durSec);
  const out = new Float32Array(n);
  const endTx = durSec - 0.3;
  // carrier hiss while the channel is open, with crackle
  const hiss = white(secs(endTx), r, 0.05);
  for (let i = 0; i < hiss.length; i++) if (r.next() < 0.0008) hiss[i] += r.bi() * 0.6;
  add(out, hiss, 0);
  // squelch open
  const sq = white(secs(0.09), r, 0.6);
  envelope(sq, [
    [0, 1],
    [0.05, 0.8],
    [0.09, 0.1],
  ]);
  add(out, sq, 0);
  // scrambled voice-like tone bursts
  let t = 0.13;
  const stop = endTx - 0.2;
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

// stick-slip friction: an irregular pulse train ringing narrow resonances
function creak(durSec, r, rateFn, resonances, envPoints) {
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
    for (let i = 0; i < n; i++) out[i] += g * s.band(exc[i], f, q);
  }
  envelope(out, envPoints);
  return normPeak(out, 1);
}

// a hard-soled shoe on tiles: heel then toe
function footstep(r, strength = 1) {
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

// metallic impact: inharmonic modes plus a noise transient
function metalHit(r, { base = 97, decay = 1.2, bright = 1, durSec = 2.5 } = {}) {
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

function drip(r, f = 1100) {
  const b = buf(0.08);
  let ph = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    ph += (f * (1 + 1.2 * Math.min(1, t / 0.03))) / SR;
    b[i] = Math.sin(TAU * ph) * Math.exp(-t / 0.018) * Math.min(1, t / 0.001);
  }
  return b;
}

// distant dog bark: harsh falling voice through two formants
function bark(r) {
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

// a car passing far away: filtered noise swelling and fading
function carPass(durSec, r, { lpHz = 400, peakAt = 0.5 } = {}) {
  const n = secs(durSec);
  const b = brown(n, r);
  add(b, bp(pink(n, r, 0.5), 600, 0.8));
  lp(b, lpHz, 0.7);
  hp(b, 35, 0.7);
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const x = (u - peakAt) / 0.22;
    b[i] *= Math.exp(-x * x) * (0.5 - 0.5 * Math.cos(TAU * u));
  }
  return normRms(b, 0.1);
}

function horn(r, durSec = 0.22) {
  const b = buf(durSec);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const s = Math.tanh(3 * Math.sin(TAU * 415 * t)) + 0.8 * Math.tanh(3 * Math.sin(TAU * 523 * t));
    b[i] = s * 0.3;
  }
  fadeEdges(b, 0.01, 0.03);
  return b;
}

function typing(r, count) {
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

// paper crinkle: sparse heavy-tailed grains plus a soft swish
function paperGesture(durSec, r, density = 450) {
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
      for (let k = 0; k < len && i + k < n; k++) b[i + k] += a * r.bi() * Math.exp(-k / tau);
    }
    b[i] += sw[i] * 0.2 * Math.pow(e, 1.5);
  }
  hp(b, 1200, 0.7);
  biquad(b, 'peak', 4200, 1, 4);
  lp(b, 9500, 0.7);
  return b;
}

// ------------------------------------------------------------- the catalogue

const XF = 2.0; // loop crossfade (s)
const PRE = 3.0; // pre-roll so reverbs are warm when the loop starts (s)

// Render a loop of about loopSec: `build(n, r, at)` returns the raw signal;
// `at(t)` converts loop time to buffer time. Events should sit in [XF, loopSec).
// The loop length is a whole number of 1024-sample frames, so AAC needs no
// end padding and decodes to the exact length even where the MP4 edit list
// is ignored.
function makeLoop(seed, loopSec, build, periodic) {
  const r = new Rand(seed);
  const L = Math.floor((loopSec * SR) / 1024) * 1024;
  const n = secs(PRE + XF) + L;
  const raw = build(n, r, (t) => PRE + t);
  // beds need nothing above ~11 kHz; at 48 kbps that air only costs bits
  lp(raw, 11000, 0.6);
  const out = loopify(raw.subarray(secs(PRE)), L, secs(XF));
  if (periodic) add(out, periodic(out.length, r));
  return out;
}

const SOUNDS = [];
function def(category, name, loop, description, render) {
  SOUNDS.push({ category, name, loop, description, render });
}

def(
  'ambient',
  'front_desk_busy',
  true,
  'Busy front desk: indistinct murmur of several voices, keyboard, a distant desk phone ringing twice, a faint radio squelch, chair and paper.',
  () =>
    makeLoop(
      1001,
      16,
      (n, r, at) => {
        const mix = new Float32Array(n);
        const voices = babble(n, r, [
          { f0: 112, rate: 5.0, gain: 0.9, lp: 2300 },
          { f0: 205, rate: 5.5, gain: 0.8, lp: 2500, formant: 1.15 },
          { f0: 128, rate: 4.6, gain: 0.65, lp: 2000 },
          { f0: 96, rate: 4.2, gain: 0.55, lp: 1800 },
          { f0: 228, rate: 5.8, gain: 0.5, lp: 1900, formant: 1.18 },
          { f0: 140, rate: 5.2, gain: 0.45, lp: 1600 },
          { f0: 185, rate: 4.8, gain: 0.4, lp: 1500, formant: 1.12 },
          { f0: 105, rate: 4.4, gain: 0.35, lp: 1400 },
        ]);
        add(mix, voices);
        add(mix, crowdNoise(n, r), 0, 0.55);
        add(mix, typing(r, 9), at(2.6), 0.25);
        add(mix, typing(r, 6), at(8.9), 0.2);
        add(mix, typing(r, 11), at(12.7), 0.22);
        add(mix, lp(phoneBell(r, 1.1, 2.0, 1150), 3000), at(4.1), 0.14);
        add(mix, lp(phoneBell(r, 1.1, 2.0, 1150), 3000), at(7.1), 0.14);
        add(mix, radioCall(r, 1.3), at(10.6), 0.2);
        add(mix, chair(r), at(6.0), 0.2);
        add(mix, paperGesture(0.5, r), at(14.2), 0.25);
        const wetMix = reverb(mix, { room: 0.62, damp: 0.45, wet: 0.32, size: 1.1, predelay: 0.012 });
        const tone = pink(n, r, 0.02);
        lp(tone, 900);
        add(wetMix, tone);
        hp(wetMix, 70);
        return wetMix;
      },
      (n) => add(loopSine(n, 120, 0.0012), loopSine(n, 240, 0.0006)),
    ),
);

def(
  'ambient',
  'quiet_room',
  true,
  'Quiet interview room: soft air/room tone, faint distant street traffic and one far-off car horn through the wall.',
  () =>
    makeLoop(
      2002,
      16,
      (n, r, at) => {
        const mix = pink(n, r);
        lp(mix, 600);
        lp(mix, 900);
        normRms(mix, 0.01);
        add(mix, normRms(lp(brown(n, r), 160), 0.008));
        // a breath of ventilation hiss above the rumble
        add(mix, normRms(lp(hp(pink(n, r), 1500), 5000), 0.0015));
        const street = new Float32Array(n);
        add(street, carPass(6, r, { lpHz: 350 }), at(2.5), 0.1);
        add(street, carPass(7, r, { lpHz: 300, peakAt: 0.6 }), at(8.5), 0.08);
        const h = horn(r, 0.18);
        const h2 = horn(r, 0.28);
        const honk = new Float32Array(secs(0.7));
        add(honk, h);
        add(honk, h2, 0.3);
        lp(honk, 900);
        add(street, honk, at(10.3), 0.04);
        const far = reverb(street, { room: 0.85, damp: 0.7, wet: 0.5, dry: 0.6, size: 1.5 });
        add(mix, far);
        hp(mix, 30);
        return mix;
      },
      (n) => loopSine(n, 60, 0.0004),
    ),
);

def(
  'ambient',
  'corridor_cells',
  true,
  'Corridor by the holding cells: hollow resonant air, low uneasy beating drone, a distant metal door clank with echo, water drips and far footsteps.',
  () =>
    makeLoop(
      3003,
      18,
      (n, r, at) => {
        const air = pink(n, r);
        lp(air, 700);
        comb(air, 1 / 92, 0.55);
        normRms(air, 0.02);
        const airMod = wander(n, r, 0.25);
        for (let i = 0; i < n; i++) air[i] *= 0.8 + 0.2 * airMod[i];
        const ev = new Float32Array(n);
        const clank = metalHit(r, { base: 92, decay: 1.4, durSec: 3 });
        const latch = metalHit(r, { base: 310, decay: 0.25, bright: 1.1, durSec: 0.6 });
        add(clank, latch, 0.34, 0.5);
        lp(clank, 2200);
        add(ev, normPeak(clank, 0.12), at(5.5));
        add(ev, drip(r, 1050), at(3.1), 0.03);
        add(ev, drip(r, 1180), at(10.4), 0.025);
        add(ev, drip(r, 990), at(15.3), 0.028);
        for (let k = 0; k < 4; k++) add(ev, normPeak(lp(footstep(r, 0.8), 1500), 0.05), at(11.2 + k * 0.61));
        const echoed = echo(ev, { delay: 0.33, feedback: 0.42, lpHz: 1600, mix: 0.55 });
        const mix = add(air, echoed);
        const wetMix = reverb(mix, {
          room: 0.92,
          damp: 0.25,
          wet: 0.55,
          dry: 0.7,
          size: 1.7,
          predelay: 0.03,
        });
        hp(wetMix, 35);
        return wetMix;
      },
      (n) => {
        const d = new Float32Array(n);
        add(d, loopSine(n, 55, 0.012));
        add(d, loopSine(n, 55.5, 0.01));
        add(d, loopSine(n, 77.8, 0.005));
        add(d, loopSine(n, 116.5, 0.0025));
        // slow "breathing": one swell per loop
        for (let i = 0; i < n; i++) d[i] *= 0.75 + 0.25 * Math.sin((TAU * i) / n);
        return d;
      },
    ),
);

def(
  'ambient',
  'night_shift',
  true,
  'Night shift: 60 Hz-mains fluorescent tube hum and buzz, low room tone, a car passing far away, a distant dog, an occasional radio call in the next room.',
  () =>
    makeLoop(
      4004,
      20,
      (n, r, at) => {
        const mix = pink(n, r, 0.04);
        lp(mix, 700);
        // ballast buzz: a thin band of noise chopped at 120 Hz
        const buzz = bp(white(n, r), 3800, 1.5);
        for (let i = 0; i < n; i++) buzz[i] *= Math.pow(Math.abs(Math.sin((Math.PI * 120 * i) / SR)), 8);
        add(mix, normRms(buzz, 0.0025));
        add(mix, carPass(7, r, { lpHz: 450 }), at(3.0), 0.06);
        const dogs = new Float32Array(secs(3));
        [0, 0.52, 1.3, 1.75].forEach((t) => add(dogs, bark(r), t, r.range(0.7, 1)));
        lp(dogs, 1300);
        const farDogs = echo(reverb(dogs, { room: 0.8, damp: 0.6, wet: 0.6, dry: 0.5, size: 1.6 }), {
          delay: 0.28,
          feedback: 0.25,
          lpHz: 1000,
          mix: 0.35,
        });
        add(mix, farDogs, at(11.5), 0.16);
        const radio = radioCall(r, 1.5);
        lp(radio, 2500);
        add(mix, reverb(radio, { room: 0.6, damp: 0.5, wet: 0.4, size: 1 }), at(16.0), 0.05);
        hp(mix, 40);
        return mix;
      },
      (n, r) => {
        // fluorescent ballast: 120 Hz (2 x 60 Hz mains) with harmonics and a thin buzz
        const h = new Float32Array(n);
        [
          [120, 1],
          [240, 0.55],
          [360, 0.3],
          [480, 0.18],
          [600, 0.08],
          [720, 0.06],
          [1080, 0.03],
          [1440, 0.02],
        ].forEach(([f, a]) => add(h, loopSine(n, f, a * 0.012, r.range(0, TAU))));
        for (let i = 0; i < n; i++)
          h[i] *= 1 + 0.08 * Math.sin((TAU * 3 * i) / n) + 0.04 * Math.sin((TAU * 7 * i) / n);
        return h;
      },
    ),
);

function chair(r) {
  const out = buf(1.2);
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

def(
  'sfx',
  'door',
  false,
  'Office door: handle and latch, a short hinge creak, the door shutting with a wooden thud and latch click.',
  () => {
    const r = new Rand(5005);
    const out = buf(1.8);
    const click = () => metalHit(r, { base: 1900, decay: 0.03, durSec: 0.08, bright: 0.8 });
    add(out, click(), 0.01, 0.25);
    add(out, click(), 0.08, 0.18);
    const cr = creak(
      0.5,
      r,
      (u) => 32 - 12 * Math.sin(Math.PI * u) + 15 * u,
      [
        [640, 18, 1],
        [1280, 16, 0.6],
        [2100, 14, 0.3],
      ],
      [
        [0, 0],
        [0.08, 0.8],
        [0.3, 1],
        [0.45, 0.5],
        [0.5, 0],
      ],
    );
    add(out, cr, 0.14, 0.45);
    const slab = modal(impulseAt(secs(0.8), [0]), [
      { f: 82, amp: 1, tau: 0.12 },
      { f: 141, amp: 0.7, tau: 0.08 },
      { f: 236, amp: 0.5, tau: 0.05 },
      { f: 610, amp: 0.25, tau: 0.03 },
      { f: 905, amp: 0.2, tau: 0.025 },
    ]);
    add(out, slab, 0.74, 6);
    add(out, lp(burst(0.1, 0.02, r, 1), 900), 0.74, 0.8);
    add(out, metalHit(r, { base: 1500, decay: 0.05, durSec: 0.12 }), 0.755, 0.35);
    const wetOut = reverb(out, { room: 0.5, damp: 0.5, wet: 0.22, size: 0.8, predelay: 0.006 });
    hp(wetOut, 45);
    return fadeEdges(wetOut, 0.001, 0.1);
  },
);

def(
  'sfx',
  'phone',
  false,
  'Desk telephone: one ring of an old two-gong electromechanical bell, then its decay.',
  () => {
    const r = new Rand(6006);
    const out = phoneBell(r, 1.2, 1.9, 1180);
    const wetOut = reverb(out, { room: 0.4, damp: 0.5, wet: 0.12, size: 0.7 });
    return fadeEdges(hp(wetOut, 200), 0.001, 0.08);
  },
);

def(
  'sfx',
  'radio',
  false,
  'Handheld police radio call: squelch burst, scrambled tone bursts (no speech), roger beep, squelch tail.',
  () => radioCall(new Rand(7007), 2.1),
);

def('sfx', 'footsteps', false, 'Four footsteps of hard-soled shoes on a tiled floor, small room.', () => {
  const r = new Rand(8008);
  const out = buf(2.1);
  for (let k = 0; k < 4; k++) add(out, footstep(r, r.range(0.85, 1)), 0.03 + k * 0.5 + r.range(-0.02, 0.02));
  const wetOut = reverb(out, { room: 0.55, damp: 0.35, wet: 0.2, size: 0.9, predelay: 0.008 });
  return fadeEdges(hp(wetOut, 50), 0.001, 0.1);
});

def('sfx', 'chair', false, 'A chair dragged across a tiled floor, then set down.', () => {
  const r = new Rand(9009);
  const wetOut = reverb(chair(r), { room: 0.45, damp: 0.5, wet: 0.15, size: 0.8 });
  return fadeEdges(hp(wetOut, 60), 0.001, 0.08);
});

def('sfx', 'paper', false, 'Paper rustle: a sheet picked up and handled, two gestures.', () => {
  const r = new Rand(10010);
  const out = buf(1.3);
  add(out, paperGesture(0.55, r, 500), 0.02);
  add(out, paperGesture(0.45, r, 380), 0.72, 0.8);
  const wetOut = reverb(out, { room: 0.3, damp: 0.6, wet: 0.08, size: 0.6 });
  return fadeEdges(wetOut, 0.001, 0.05);
});

// --- UI: soft, short, no harsh transients

function chime(f, durSec, tau, { bell = 0.08, third = 0.12 } = {}) {
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

function glide(f0, f1, durSec, r) {
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

def('ui', 'select', false, 'Soft tick for moving the selection between options.', () => {
  const r = new Rand(11011);
  const b = chime(1320, 0.11, 0.022, { bell: 0.05, third: 0.05 });
  add(b, lp(burst(0.004, 0.0008, r, 0.15), 5000));
  return fadeEdges(lp(b, 7000), 0.001, 0.02);
});

def('ui', 'confirm', false, 'Two-note rising chime (G5 to D6) for confirming a choice.', () => {
  const b = buf(0.36);
  add(b, chime(784, 0.36, 0.09));
  add(b, chime(1175, 0.29, 0.1), 0.07, 0.85);
  const w = reverb(b, { room: 0.3, damp: 0.6, wet: 0.1, size: 0.5 });
  return fadeEdges(lp(w, 8000), 0.001, 0.04);
});

def('ui', 'open', false, 'Soft upward glide with a breath of air, for opening a panel.', () =>
  fadeEdges(lp(glide(520, 880, 0.24, new Rand(12012)), 7000), 0.001, 0.04),
);

def('ui', 'close', false, 'Soft downward glide, the counterpart of open, for closing a panel.', () =>
  fadeEdges(lp(glide(880, 520, 0.24, new Rand(13013)), 7000), 0.001, 0.04),
);

// ------------------------------------------------------------------- output

function writeWav(path, samples) {
  const data = Buffer.alloc(samples.length * 4);
  for (let i = 0; i < samples.length; i++) data.writeFloatLE(samples[i], i * 4);
  const h = Buffer.alloc(58);
  h.write('RIFF', 0);
  h.writeUInt32LE(50 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(18, 16);
  h.writeUInt16LE(3, 20); // IEEE float
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 4, 28);
  h.writeUInt16LE(4, 32);
  h.writeUInt16LE(32, 34);
  h.writeUInt16LE(0, 36); // cbSize
  h.write('fact', 38);
  h.writeUInt32LE(4, 42);
  h.writeUInt32LE(samples.length, 46);
  h.write('data', 50);
  h.writeUInt32LE(data.length, 54);
  writeFileSync(path, Buffer.concat([h, data]));
}

const TARGETS = {
  // integrated loudness (LUFS) and encoder bitrate per category
  ambient: { lufs: -24, kbps: 48 },
  sfx: { lufs: -16, kbps: 64 },
  ui: { lufs: -18, kbps: 64 },
};
// the quiet room should stay quieter than the other beds
const OVERRIDES = { quiet_room: -28 };

function main() {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: node synth.mjs OUT_DIR [name ...]\n');
    process.exit(2);
  }
  const only = new Set(process.argv.slice(3));
  const rows = [];
  for (const s of SOUNDS) {
    if (only.size && !only.has(s.name)) continue;
    const b = s.render();
    for (let i = 0; i < b.length; i++)
      if (!Number.isFinite(b[i])) throw new Error(`${s.name}: non-finite sample`);
    // keep raw float headroom sane; final loudness is set by the shell script
    normPeak(b, 0.5);
    mkdirSync(join(outDir, s.category), { recursive: true });
    writeWav(join(outDir, s.category, `${s.name}.wav`), b);
    const t = TARGETS[s.category];
    const lufs = OVERRIDES[s.name] ?? t.lufs;
    rows.push([s.category, s.name, s.loop ? 1 : 0, lufs, t.kbps, s.description].join('\t'));
    const info = s.loop ? `  ${seamReport(b)}` : '';
    process.stdout.write(`synth ${s.category}/${s.name}: ${(b.length / SR).toFixed(3)} s${info}\n`);
  }
  writeFileSync(join(outDir, 'manifest.tsv'), rows.join('\n') + '\n');
}

main();
