import { foldVerdict, type StandardStatus } from './scoring.ts';
import type { StandardId } from './standard-ids.ts';
import type { Verdict } from './verdict.ts';

type Statuses = ReadonlyMap<StandardId, StandardStatus>;

/**
 * `standardStatuses` for a run whose verdicts only grow (the protocol machine appends them, each
 * event a new array): each call folds only the verdicts added since the array it last saw, and an
 * array seen before (a run restored to an earlier decision) is answered from memory. The path
 * explorer asks at every decision; folding the whole list each time grew with the square of a
 * story's length. Any other array is folded whole, so the answer is always standardStatuses'.
 */
export class StatusFold {
  private readonly seen = new WeakMap<readonly Verdict[], Statuses>();
  private last: readonly Verdict[] = [];
  private lastStatuses: Statuses = new Map();

  statuses(verdicts: readonly Verdict[]): StandardStatus[] {
    return [...this.fold(verdicts).values()];
  }

  private fold(verdicts: readonly Verdict[]): Statuses {
    const known = this.seen.get(verdicts);
    if (known) return this.remember(verdicts, known);
    const grows = this.extends(verdicts);
    const byStandard = new Map(grows ? this.lastStatuses : []);
    for (let i = grows ? this.last.length : 0; i < verdicts.length; i++)
      foldVerdict(byStandard, verdicts[i]!);
    this.seen.set(verdicts, byStandard);
    return this.remember(verdicts, byStandard);
  }

  /** The last array is a prefix of `verdicts`: appended arrays share their elements, object for object. */
  private extends(verdicts: readonly Verdict[]): boolean {
    const n = this.last.length;
    return (
      n > 0 && n <= verdicts.length && verdicts[0] === this.last[0] && verdicts[n - 1] === this.last[n - 1]
    );
  }

  private remember(verdicts: readonly Verdict[], statuses: Statuses): Statuses {
    this.last = verdicts;
    this.lastStatuses = statuses;
    return statuses;
  }
}
