import type { PassRule } from '../protocol/scoring.ts';
import { CaseRun } from '../run/case-run.ts';

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

export interface PlayPathOptions {
  readonly json: string | Record<string, unknown>;
  readonly choices: readonly number[];
  readonly seed?: number;
  readonly passRule?: Partial<PassRule>;
}

/** Plays a whole choice path from the start and returns the run where it stops. */
export function playPath(options: PlayPathOptions): CaseRun {
  const run = new CaseRun(options);
  run.start();
  options.choices.forEach((choice, i) => {
    const step = run.step;
    if (step.isEnd) {
      throw new PathError(`choice ${i + 1} of ${options.choices.length} comes after the story ended (step ${step.index})`, step.index);
    }
    if (!Number.isInteger(choice) || choice < 0 || choice >= step.options.length) {
      throw new PathError(
        `choice ${i + 1} is option ${choice}, but step ${step.index} has options 0–${step.options.length - 1}`,
        step.index,
      );
    }
    run.choose(choice);
  });
  return run;
}
