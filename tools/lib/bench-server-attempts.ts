import { makeRecord } from '../../src/core/record/make-record.ts';
import type { CaseMode, SessionRecord } from '../../src/core/record/session-record.ts';
import { storyHash } from '../../src/core/record/story-hash.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';

/** Seeded, so generated attempts are the same on every run. */
export { seededRandom } from '../../src/core/seeded-random.ts';

/** One progress upload as the simulator sends it: the whole prefix so far. */
export interface ProgressBody {
  readonly caseId: string;
  readonly language: string;
  readonly mode: CaseMode;
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly choices: number[];
  readonly choiceTimes: number[];
}

export interface Attempt {
  readonly record: SessionRecord;
  /** One upload per choice, prefix lengths 1..n, as an evaluation case sends them. */
  readonly uploads: readonly ProgressBody[];
}

export interface AttemptOptions {
  readonly json: string;
  readonly recordId: string;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly mode: CaseMode;
  readonly random: () => number;
  readonly startedAt: number;
  /** Milliseconds between choices (default 4000). */
  readonly pace?: number;
  /** Choices to take instead of random ones, by step. */
  readonly choices?: readonly number[];
}

/** Plays a case to its end with the engine (random walk unless choices are given) and makes its record and uploads. */
export function playAttempt(options: AttemptOptions): Attempt {
  const seed = Math.floor(options.random() * 100_000);
  const run = new CaseRun({ json: options.json, seed });
  run.start();
  const pace = options.pace ?? 4000;
  const times: number[] = [];
  while (!run.step.isEnd) {
    const opts = run.step.options;
    const given = options.choices?.[times.length];
    const pick = given ?? opts[Math.floor(options.random() * opts.length)]!.index;
    run.choose(pick);
    times.push(options.startedAt + pace * (times.length + 1));
  }
  const hash = storyHash(options.json);
  const record = makeRecord({
    run,
    recordId: options.recordId,
    trainee: options.trainee,
    mode: options.mode,
    storyHash: hash,
    seed,
    startedAt: options.startedAt,
    endedAt: options.startedAt + pace * (times.length + 1),
  });
  const uploads = record.choices.map((_, i) => ({
    caseId: record.caseId,
    language: record.language,
    mode: record.mode,
    storyHash: hash,
    seed,
    startedAt: record.startedAt,
    choices: record.choices.slice(0, i + 1),
    choiceTimes: times.slice(0, i + 1),
  }));
  return { record, uploads };
}
