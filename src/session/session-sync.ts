import type { Language } from '../core/language.ts';
import type { CaseMode, SessionRecord } from '../core/record/session-record.ts';

/**
 * The progress of a case in play as the class server takes it: the whole prefix of
 * choices so far, with the time (epoch ms) each choice was made.
 */
export interface ProgressUpload {
  readonly caseId: string;
  readonly language: Language;
  readonly mode: CaseMode;
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly choices: readonly number[];
  readonly choiceTimes: readonly number[];
}

/**
 * Where a session hands what it saved to be sent on (the class outbox). Called after the
 * browser kept it; never rejects (a failure to queue must not stop the case).
 */
export interface SessionSync {
  /** After each choice is saved: the whole prefix so far, under the session id. */
  progress(sessionId: string, upload: ProgressUpload): Promise<void>;
  /** Once the case has ended and its record is kept. */
  record(record: SessionRecord): Promise<void>;
}
