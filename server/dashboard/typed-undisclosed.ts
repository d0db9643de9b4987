import { PathError, playPath } from '../../src/core/record/play-path.ts';
import type { StoryStep } from '../../src/core/story/story-step.ts';

/**
 * A step as the trainee's side of issue 15 describes an open decision: `open.undisclosed`,
 * the words the child has not said there (the story's `undisclosed:` tag). Read
 * structurally, so a story engine without open decisions gives none.
 */
type MaybeOpenStep = StoryStep & { readonly open?: { readonly undisclosed?: readonly string[] } };

/** What the child had not said at this step's open decision (none when it is not open). */
export function undisclosedOfStep(step: StoryStep): readonly string[] {
  return (step as MaybeOpenStep).open?.undisclosed ?? [];
}

/**
 * The undisclosed words at each open decision of a record's path, by step, found by
 * replaying the path on the story it was played on; empty when the path leaves the story.
 */
export function undisclosedAlong(
  json: string,
  choices: readonly number[],
  seed: number,
): Map<number, readonly string[]> {
  const found = new Map<number, readonly string[]>();
  try {
    playPath({
      json,
      choices,
      seed,
      onStep: (step) => {
        const words = undisclosedOfStep(step);
        if (words.length > 0) found.set(step.index, words);
      },
    });
  } catch (error) {
    if (!(error instanceof PathError)) throw error;
  }
  return found;
}
