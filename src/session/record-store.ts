import type { CaseRunSave } from '../core/run/case-run.ts';
import type { CaseMode, SessionRecord } from '../core/record/session-record.ts';

/** The autosave of a case in progress: enough to resume at the identical step. */
export interface CaseAutosave {
  readonly sessionId: string;
  readonly caseId: string;
  readonly language: string;
  readonly mode: CaseMode;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly savedAt: number;
  readonly run: CaseRunSave;
}

/**
 * Where sessions are kept (the port). Adapters: InMemoryRecordStore for tests and as
 * the fallback, IndexedDbRecordStore in the browser.
 */
export interface RecordStore {
  saveProgress(save: CaseAutosave): Promise<void>;
  loadProgress(sessionId: string): Promise<CaseAutosave | undefined>;
  /** The most recent unfinished session of a case for this trainee and language, if any. */
  findProgress(caseId: string, language: string, traineeCode: string): Promise<CaseAutosave | undefined>;
  clearProgress(sessionId: string): Promise<void>;
  saveRecord(record: SessionRecord): Promise<void>;
  listRecords(): Promise<readonly SessionRecord[]>;
}
