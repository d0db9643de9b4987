import { seededRandom } from '../core/seeded-random.ts';

/**
 * The order options are shown in. Authors write the compliant option anywhere, and
 * often first; shuffling per session (seeded, so a resume shows the same order) keeps
 * the position from giving the answer away. Ink's own indices are kept on each button.
 */
export function optionOrder<T>(options: readonly T[], seed: number, step: number): T[] {
  const next = seededRandom((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(step + 1, 0x85ebca6b)) >>> 0);
  const shuffled = [...options];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}
