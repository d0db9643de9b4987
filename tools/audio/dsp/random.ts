/**
 * The synthesiser's randomness: helpers (range, bipolar, pick, gaussian) on top of the
 * project's one seeded generator, so a seed gives the same sound on every run.
 */
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { TAU } from './buffer.ts';

export class Rand {
  /** The next number in [0, 1) of the seeded sequence (mulberry32). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** Uniform in [a, b). */
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  /** Uniform in [-1, 1). */
  bi(): number {
    return this.next() * 2 - 1;
  }

  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)]!;
  }

  /** Standard normal (Box-Muller, cosine branch). */
  gauss(): number {
    const u = Math.max(1e-12, this.next());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(TAU * this.next());
  }
}
