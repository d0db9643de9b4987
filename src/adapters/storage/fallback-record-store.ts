import type { SessionRecord } from '../../core/record/session-record.ts';
import {
  newestFirst,
  type CaseAutosave,
  type RecordStore,
  type StoredEntry,
} from '../../session/record-store.ts';
import { setAsideJson, type SetAsideItem } from '../../session/set-aside.ts';
import { InMemoryRecordStore } from './in-memory-record-store.ts';

export type StorageProblem = 'unavailable' | 'full';

/** The union of two lists, the first one's items winning over the second's with the same key. */
function merged<T>(first: readonly T[], second: readonly T[], key: (item: T) => unknown): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * Wraps the browser store so that a failed write never stops a case: the write goes to
 * memory instead and the trainee is told once, plainly. Reads fall back the same way.
 * What was already saved in the primary store is never touched by a failure.
 */
export class FallbackRecordStore implements RecordStore {
  private readonly memory = new InMemoryRecordStore();
  private told = false;
  private readonly primary: Promise<RecordStore | undefined>;

  /**
   * `primary` may still be opening (a promise): the page does not wait for the browser's store to
   * show its first screen; what needs the store waits for it instead.
   */
  constructor(
    primary: RecordStore | undefined | Promise<RecordStore | undefined>,
    private readonly onProblem: (problem: StorageProblem) => void,
  ) {
    if (!primary) this.report('unavailable');
    this.primary = Promise.resolve(primary);
    if (primary instanceof Promise) void this.primary.then((store) => store ?? this.report('unavailable'));
  }

  saveProgress(save: CaseAutosave): Promise<void> {
    return this.write((s) => s.saveProgress(save));
  }

  async loadProgress(sessionId: string): Promise<unknown> {
    const fromMemory = await this.memory.loadProgress(sessionId);
    return fromMemory !== undefined ? fromMemory : this.read((s) => s.loadProgress(sessionId), undefined);
  }

  async findProgress(caseId: string, language: string, traineeCode: string): Promise<readonly StoredEntry[]> {
    const memory = await this.memory.findProgress(caseId, language, traineeCode);
    const kept = await this.read((s) => s.findProgress(caseId, language, traineeCode), []);
    return newestFirst(merged(memory, kept, (e) => e.key));
  }

  clearProgress(sessionId: string): Promise<void> {
    return this.write((s) => s.clearProgress(sessionId));
  }

  saveRecord(record: SessionRecord): Promise<void> {
    return this.write((s) => s.saveRecord(record));
  }

  async listRecords(): Promise<readonly StoredEntry[]> {
    const kept = await this.read((s) => s.listRecords(), []);
    return merged(kept, await this.memory.listRecords(), (e) => e.key);
  }

  setAside(item: SetAsideItem): Promise<void> {
    return this.write((s) => s.setAside(item));
  }

  async listSetAside(): Promise<readonly SetAsideItem[]> {
    const kept = await this.read((s) => s.listSetAside(), []);
    return merged(kept, await this.memory.listSetAside(), (i) => i.id).sort((a, b) => a.at - b.at);
  }

  /** Forgets in memory and in the browser's store; unlike the other writes, a failure here is passed on (nothing may look forgotten that is not). */
  async forgetTrainee(trainee: { readonly name: string; readonly code: string }): Promise<void> {
    await this.memory.forgetTrainee(trainee);
    await (await this.primary)?.forgetTrainee(trainee);
  }

  async exportSetAside(): Promise<string> {
    return setAsideJson(await this.listSetAside());
  }

  private async write(op: (store: RecordStore) => Promise<void>): Promise<void> {
    await op(this.memory);
    const primary = await this.primary;
    if (!primary) return;
    try {
      await op(primary);
    } catch (error) {
      this.report(
        error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable',
      );
    }
  }

  /** Reads from the primary store; when there is none or it fails, `none` (and the trainee is told once). */
  private async read<T>(op: (store: RecordStore) => Promise<T>, none: T): Promise<T> {
    const primary = await this.primary;
    if (!primary) return none;
    try {
      return await op(primary);
    } catch {
      this.report('unavailable');
      return none;
    }
  }

  private report(problem: StorageProblem): void {
    if (this.told) return;
    this.told = true;
    this.onProblem(problem);
  }
}
