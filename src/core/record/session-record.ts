import type { QuestionType } from '../questions/question-type.ts';
import type { Competency } from '../protocol/competencies.ts';
import type { Language } from '../language.ts';
import type { Verdict } from '../protocol/verdict.ts';

/**
 * The record format version. Bump it when a field is added, removed or changes
 * meaning, add the new schema in record-schema.ts and a migration from the previous
 * version in migrate-record.ts.
 *
 * 1: verdicts carried their reason as prose in the case's language.
 * 2: verdicts are language-free ({standard, outcome, severity, step, action?, cause,
 *    params}); their words are rendered when shown, in the reader's language.
 */
export const recordSchemaVersion = 2;

export type CaseMode = 'practice' | 'evaluation';
export const caseModes: readonly CaseMode[] = ['practice', 'evaluation'];

/** Whether a value read from outside (a link, storage, a request) is a case mode. */
export const isCaseMode = (value: unknown): value is CaseMode => caseModes.includes(value as CaseMode);

/** A case id names a folder of stories/: lower-case letters, digits and underscores, never a path. */
export const caseIdPattern = /^[a-z][a-z0-9_]*$/;

/** A finished case, immutable once made; its verdicts and scores can be verified by replay. */
export interface SessionRecord {
  readonly schemaVersion: typeof recordSchemaVersion;
  readonly recordId: string;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly caseId: string;
  readonly language: Language;
  readonly mode: CaseMode;
  /** SHA-256 (hex) of the compiled story JSON the case was played on. */
  readonly storyHash: string;
  readonly seed: number;
  readonly choices: readonly number[];
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ending: string | null;
  readonly verdicts: readonly Verdict[];
  readonly scores: {
    readonly overall: number;
    readonly competencies: Partial<Record<Competency, number>>;
  };
  readonly passed: boolean;
  /** Child trust and distress after each step, index = step. */
  readonly levels: readonly { readonly trust: number; readonly distress: number }[];
  /** The questions the trainee typed at open decisions, in the order asked (absent when none). */
  readonly typedQuestions?: readonly TypedQuestion[];
}

/**
 * A question typed at an open decision: the text, the classifier version that read it and
 * the type it settled on (after the trainee's pick when the classifier was unsure). The
 * choice itself is in `choices[step]`; `replay --verify` re-classifies the text.
 */
export interface TypedQuestion {
  /** The decision's step (index into `choices`). */
  readonly step: number;
  readonly text: string;
  readonly classifierVersion: string;
  /** What the classifier read first. */
  readonly classified: QuestionType;
  /** The type the choice was made by: the classifier's, or the trainee's pick of the likeliest two. */
  readonly type: QuestionType;
}

/**
 * What a record says that its replay reproduces: the story version and what it
 * declares, the path, and everything the engine derives from it.
 */
export const provableFields = [
  'storyHash',
  'caseId',
  'language',
  'choices',
  'ending',
  'verdicts',
  'scores',
  'passed',
  'levels',
  /** Only when the record has typed questions: each re-classified to the same option. */
  'typedQuestions',
] as const;

/**
 * What a record only states: who played, how, when, and with which shuffle seed
 * (the replay uses the seed but cannot show it was the one played).
 */
export const statedFields = ['recordId', 'trainee', 'mode', 'seed', 'startedAt', 'endedAt'] as const;

export type ProvableField = (typeof provableFields)[number];
export type StatedField = (typeof statedFields)[number];
