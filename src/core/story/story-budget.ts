import type { Story } from 'inkjs';
import { StoryError } from './story-step.ts';

/**
 * What a story may spend between two decisions before the runner calls it broken. A
 * story that diverts in a circle, prints in a loop or calls itself without end would
 * otherwise never give control back (the check, the explorer and the author's preview
 * would hang); past these budgets it is reported where it happened instead.
 */
export interface StoryBudget {
  /** Lines produced between two decisions. */
  readonly linesPerStep: number;
  /** Milliseconds spent on one line without producing it. */
  readonly msPerLine: number;
  /** Nested function calls and tunnels. */
  readonly callDepth: number;
  /** The watch that times a line (ms); a watchdog only: it never changes what a story produces. */
  readonly now: () => number;
}

export const defaultStoryBudget: StoryBudget = {
  linesPerStep: 2_000,
  msPerLine: 3_000,
  callDepth: 500,
  now: () => (globalThis as unknown as { performance: { now(): number } }).performance.now(),
};

/** How long ink runs before giving control back to check the budget (ms). */
const sliceMs = 20;

/** The private flags ink keeps while a time-limited continue is under way. */
interface InkContinueFlags {
  _asyncContinueActive: boolean;
  _recursiveContinueCount: number;
  _stateSnapshotAtLastNewline: unknown;
  RestoreStateSnapshot(): void;
}

/**
 * After an abandoned time-limited continue, puts ink back in a state where loading a save
 * and continuing work as usual (otherwise the next continue would resume the old one).
 */
function abandonContinue(story: Story): void {
  const flags = story as unknown as InkContinueFlags;
  if (flags._stateSnapshotAtLastNewline !== null) flags.RestoreStateSnapshot();
  flags._asyncContinueActive = false;
  flags._recursiveContinueCount = 0;
}

/**
 * Produces the next line like `story.Continue()`, but gives up with a StoryError (at the
 * ink path `where()` reports) when the line takes longer than the budget or the calls
 * nest deeper than it allows.
 */
export function continueWithin(story: Story, budget: StoryBudget, where: () => string): string {
  const started = budget.now();
  for (;;) {
    story.ContinueAsync(sliceMs);
    const depth = story.state.callStack.depth;
    let problem: string | undefined;
    if (depth > budget.callDepth) {
      problem = `more than ${budget.callDepth} nested calls: a function or tunnel that calls itself without end?`;
    } else if (!story.asyncContinueComplete && budget.now() - started > budget.msPerLine) {
      problem = `the story ran ${budget.msPerLine / 1000} s without producing a line or offering a choice: a divert loop with no choice?`;
    }
    if (problem) {
      const at = where();
      if (!story.asyncContinueComplete) abandonContinue(story);
      throw new StoryError(problem, at);
    }
    if (story.asyncContinueComplete) return story.currentText ?? '';
  }
}
