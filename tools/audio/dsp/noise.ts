/** Seeded noise: white, pink, brown, and a smooth random control signal. */
import { SR } from './buffer.ts';
import type { Rand } from './random.ts';

export function white(n: number, r: Rand, amp = 1): Float32Array {
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) b[i] = r.bi() * amp;
  return b;
}

/** Paul Kellet's pink noise approximation. */
export function pink(n: number, r: Rand, amp = 1): Float32Array {
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

export function brown(n: number, r: Rand, amp = 1): Float32Array {
  const b = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.995 * y + r.bi() * 0.06;
    b[i] = y * amp;
  }
  return b;
}

/** Smooth random control signal (values roughly in [-1, 1]) changing at `rate` Hz. */
export function wander(n: number, r: Rand, rate: number): Float32Array {
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
