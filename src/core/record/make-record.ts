import type { CaseRun } from '../run/case-run.ts';
import {
  recordSchemaVersion,
  type CaseMode,
  type SessionRecord,
  type TypedQuestion,
} from './session-record.ts';

export interface MakeRecordOptions {
  readonly run: CaseRun;
  readonly recordId: string;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly mode: CaseMode;
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** The questions typed at open decisions (left out of the record when none). */
  readonly typedQuestions?: readonly TypedQuestion[];
}

/** Freezes a finished (or abandoned) run into a SessionRecord. */
export function makeRecord(options: MakeRecordOptions): SessionRecord {
  const { run } = options;
  const result = run.result();
  return {
    schemaVersion: recordSchemaVersion,
    recordId: options.recordId,
    trainee: options.trainee,
    caseId: run.info.caseId,
    language: run.info.lang,
    mode: options.mode,
    storyHash: options.storyHash,
    seed: options.seed,
    choices: [...run.choicePath],
    startedAt: options.startedAt,
    endedAt: options.endedAt,
    ending: run.step.ending ?? null,
    verdicts: run.context.verdicts,
    scores: result.scores,
    passed: result.passed,
    levels: run.context.levels,
    ...(options.typedQuestions?.length ? { typedQuestions: [...options.typedQuestions] } : {}),
  };
}
