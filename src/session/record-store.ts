import type { Language } from '../core/language.ts';
import type { CaseMode, SessionRecord, TypedQuestion } from '../core/record/session-record.ts';
import type { SetAsideItem } from './set-aside.ts';

/** The version of the autosave format this app writes. Autosaves without it were written before it existed. */
export const autosaveVersion = 2;

/**
 * The run part of an autosave. Only the choices are read back: a resume replays them.
 * The engine's own state (`story`, `protocol`) is kept for inspection, never trusted.
 */
export interface AutosaveRun {
  readonly choices: readonly number[];
  readonly story?: unknown;
  readonly protocol?: unknown;
}

/** The autosave of a case in progress: enough to resume at the identical step. */
export interface CaseAutosave {
  /** Absent in autosaves written by versions of the app before 2. */
  readonly saveVersion?: typeof autosaveVersion;
  readonly sessionId: string;
  readonly caseId: string;
  readonly language: Language;
  readonly mode: CaseMode;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly savedAt: number;
  /** When each choice was made (epoch ms), index = choice; absent in saves written before it was kept. */
  readonly choiceTimes?: readonly number[];
  /** The questions typed at open decisions so far (absent when none). */
  readonly typedQuestions?: readonly TypedQuestion[];
  readonly run: AutosaveRun;
}

/** The key a stored value is kept under (a session id or a record id). */
export type StoreKey = string | number;

/** A value as the store holds it, unchecked: read it through stored-data.ts. */
export interface StoredEntry {
  readonly key: StoreKey;
  readonly data: unknown;
}

/**
 * Where sessions are kept (the port). Adapters: InMemoryRecordStore for tests and as
 * the fallback, IndexedDbRecordStore in the browser. Reads give what was stored,
 * unchecked (another version of the app, or damage, may have left anything there);
 * stored-data.ts checks it and sets aside what fails.
 */
export interface RecordStore {
  saveProgress(save: CaseAutosave): Promise<void>;
  /** The autosave kept under this session id, unchecked; undefined when there is none. */
  loadProgress(sessionId: string): Promise<unknown>;
  /** The autosaves of a case for this trainee and language, unchecked, newest first. */
  findProgress(caseId: string, language: string, traineeCode: string): Promise<readonly StoredEntry[]>;
  clearProgress(sessionId: string): Promise<void>;
  saveRecord(record: SessionRecord): Promise<void>;
  /** Every stored record, unchecked. */
  listRecords(): Promise<readonly StoredEntry[]>;
  /** Moves what failed its checks out of the way in one step: kept with the reason, never deleted. */
  setAside(item: SetAsideItem): Promise<void>;
  /** Everything set aside, oldest first. */
  listSetAside(): Promise<readonly SetAsideItem[]>;
  /** Deletes the autosaves and records of one trainee (same name and code): "Salir" on a shared PC. */
  forgetTrainee(trainee: { readonly name: string; readonly code: string }): Promise<void>;
  /** Everything set aside as one JSON document, for an instructor to download. */
  exportSetAside(): Promise<string>;
}

const savedAtOf = (data: unknown): number => {
  const savedAt =
    typeof data === 'object' && data !== null ? (data as { savedAt?: unknown }).savedAt : undefined;
  return typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0;
};

/** Orders unchecked autosaves newest first (an unreadable time counts as the oldest). */
export function newestFirst(entries: readonly StoredEntry[]): StoredEntry[] {
  return [...entries].sort((a, b) => savedAtOf(b.data) - savedAtOf(a.data));
}
