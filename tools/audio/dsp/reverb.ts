/** Spaces: a Freeverb-style mono reverb and a low-passed feedback echo. */
import { SR, TAU, secs } from './buffer.ts';

export interface ReverbOptions {
  room?: number;
  damp?: number;
  wet?: number;
  dry?: number;
  size?: number;
  predelay?: number;
}

interface CombLine {
  d: Float32Array;
  i: number;
  f: number;
}

interface AllPass {
  d: Float32Array;
  i: number;
}

/** Freeverb-style mono reverb. Returns a new buffer of the same length. */
export function reverb(
  b: Float32Array,
  { room = 0.7, damp = 0.4, wet = 0.3, dry = 1, size = 1, predelay = 0 }: ReverbOptions = {},
): Float32Array {
  const combT = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
  const apT = [556, 441, 341, 225];
  const sc = (SR / 44100) * size;
  const combs = combT.map((t): CombLine => ({ d: new Float32Array(Math.round(t * sc)), i: 0, f: 0 }));
  const aps = apT.map((t): AllPass => ({ d: new Float32Array(Math.max(1, Math.round(t * sc))), i: 0 }));
  const fb = room * 0.28 + 0.7;
  const dm = damp * 0.4;
  const pd = new Float32Array(Math.max(1, secs(predelay)));
  let pi = 0;
  const out = new Float32Array(b.length);
  for (let n = 0; n < b.length; n++) {
    const x = b[n]!;
    const inp = pd[pi]! * 0.015;
    pd[pi] = x;
    pi = (pi + 1) % pd.length;
    let s = 0;
    for (const c of combs) {
      const o = c.d[c.i]!;
      c.f = o * (1 - dm) + c.f * dm;
      c.d[c.i] = inp + c.f * fb;
      c.i = (c.i + 1) % c.d.length;
      s += o;
    }
    for (const a of aps) {
      const o = a.d[a.i]!;
      a.d[a.i] = s + o * 0.5;
      a.i = (a.i + 1) % a.d.length;
      s = o - s;
    }
    out[n] = x * dry + s * wet * 3;
  }
  return out;
}

export interface EchoOptions {
  delay?: number;
  feedback?: number;
  lpHz?: number;
  mix?: number;
}

/** Feedback echo with a low-pass in the loop (distant walls). Returns a new buffer. */
export function echo(
  b: Float32Array,
  { delay = 0.3, feedback = 0.4, lpHz = 2000, mix = 0.5 }: EchoOptions = {},
): Float32Array {
  const d = new Float32Array(secs(delay));
  let i = 0;
  let f = 0;
  const c = Math.exp((-TAU * lpHz) / SR);
  const out = new Float32Array(b.length);
  for (let n = 0; n < b.length; n++) {
    const o = d[i]!;
    f = (1 - c) * o + c * f;
    d[i] = b[n]! + f * feedback;
    i = (i + 1) % d.length;
    out[n] = b[n]! + f * mix;
  }
  return out;
}
