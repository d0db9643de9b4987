import type { PassRule } from '../protocol/scoring.ts';
import { CaseRun } from '../run/case-run.ts';
import { optionAt, type StoryOption, type StoryStep } from '../story/story-step.ts';

/** A choice path that leaves the story: names the step and the options it had. */
export class PathError extends Error {
  constructor(
    message: string,
    readonly step: number,
  ) {
    super(message);
    this.name = 'PathError';
  }
}

/** Sees each step as the path reaches it, with the option then taken (none at the last step). */
export type StepObserver = (step: StoryStep, chosen: StoryOption | undefined) => void;

export interface PlayPathOptions {
  readonly json: string | Record<string, unknown>;
  readonly choices: readonly number[];
  readonly seed?: number;
  readonly passRule?: Partial<PassRule>;
  readonly onStep?: StepObserver;
}

/** Plays a whole choice path from the start, once, and returns the run where it stops. */
export function playPath(options: PlayPathOptions): CaseRun {
  const run = new CaseRun(options);
  run.start();
  options.choices.forEach((choice, i) => {
    const step = run.step;
    if (step.isEnd) {
      throw new PathError(
        `choice ${i + 1} of ${options.choices.length} comes after the story ended (step ${step.index})`,
        step.index,
      );
    }
    const option = optionAt(step, choice);
    if (!option) {
      throw new PathError(
        `choice ${i + 1} is option ${choice}, but step ${step.index} has options 0–${step.options.length - 1}`,
        step.index,
      );
    }
    options.onStep?.(step, option);
    run.choose(choice);
  });
  options.onStep?.(run.step, undefined);
  return run;
}
