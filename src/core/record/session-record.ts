import type { Competency } from '../protocol/competencies.ts';
import type { Language } from '../protocol/localized.ts';
import type { Verdict } from '../protocol/verdict.ts';

/**
 * The record format version. Bump it when a field is added, removed or changes
 * meaning, and add a migration from the previous version in migrate-record.ts.
 */
export const recordSchemaVersion = 1;

export type CaseMode = 'practice' | 'evaluation';

/** A finished case, immutable once made; its scores can be verified by replay. */
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
}
