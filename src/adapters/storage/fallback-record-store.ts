import type { SessionRecord } from '../../core/record/session-record.ts';
import type { CaseAutosave, RecordStore } from '../../session/record-store.ts';
import { InMemoryRecordStore } from './in-memory-record-store.ts';

export type StorageProblem = 'unavailable' | 'full';

/**
 * Wraps the browser store so that a failed write never stops a case: the write goes to
 * memory instead and the trainee is told once, plainly. Reads fall back the same way.
 * What was already saved in the primary store is never touched by a failure.
 */
export class FallbackRecordStore implements RecordStore {
  private readonly memory = new InMemoryRecordStore();
  private told = false;

  constructor(
    private readonly primary: RecordStore | undefined,
    private readonly onProblem: (problem: StorageProblem) => void,
  ) {
    if (!primary) this.report('unavailable');
  }

  saveProgress(save: CaseAutosave): Promise<void> {
    return this.write((s) => s.saveProgress(save));
  }

  loadProgress(sessionId: string): Promise<CaseAutosave | undefined> {
    return this.read((s) => s.loadProgress(sessionId));
  }

  findProgress(caseId: string, language: string, traineeCode: string): Promise<CaseAutosave | undefined> {
    return this.read((s) => s.findProgress(caseId, language, traineeCode));
  }

  clearProgress(sessionId: string): Promise<void> {
    return this.write((s) => s.clearProgress(sessionId));
  }

  saveRecord(record: SessionRecord): Promise<void> {
    return this.write((s) => s.saveRecord(record));
  }

  async listRecords(): Promise<readonly SessionRecord[]> {
    const kept = this.primary ? await this.primary.listRecords().catch(() => []) : [];
    const memory = await this.memory.listRecords();
    return [...kept, ...memory.filter((m) => !kept.some((k) => k.recordId === m.recordId))];
  }

  private async write(op: (store: RecordStore) => Promise<void>): Promise<void> {
    await op(this.memory);
    if (!this.primary) return;
    try {
      await op(this.primary);
    } catch (error) {
      this.report(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable');
    }
  }

  private async read<T>(op: (store: RecordStore) => Promise<T | undefined>): Promise<T | undefined> {
    const fromMemory = await op(this.memory);
    if (fromMemory !== undefined || !this.primary) return fromMemory;
    try {
      return await op(this.primary);
    } catch {
      this.report('unavailable');
      return undefined;
    }
  }

  private report(problem: StorageProblem): void {
    if (this.told) return;
    this.told = true;
    this.onProblem(problem);
  }
}
