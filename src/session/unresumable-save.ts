import type { CaseAutosave } from './record-store.ts';
import type { SetAsideProblem } from './set-aside.ts';

/** A saved session that cannot be resumed on this story: `problem` says why, in a word the interface can phrase. */
export class UnresumableSaveError extends Error {
  override readonly name = 'UnresumableSaveError';
  constructor(
    readonly problem: SetAsideProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The time each choice of a save was made; a save from before times were kept (or
 * with a list that does not fit its choices) counts every choice as made when it started.
 */
export function choiceTimesOf(save: CaseAutosave): number[] {
  const { choices } = save.run;
  const kept = save.choiceTimes;
  if (kept && kept.length === choices.length) return [...kept];
  return choices.map(() => save.startedAt);
}
