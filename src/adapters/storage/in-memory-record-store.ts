import type { SessionRecord } from '../../core/record/session-record.ts';
import type { CaseAutosave, RecordStore } from '../../session/record-store.ts';

/** A RecordStore that keeps everything in memory: tests, and browsers without storage. */
export class InMemoryRecordStore implements RecordStore {
  private readonly progress = new Map<string, CaseAutosave>();
  private readonly records = new Map<string, SessionRecord>();

  saveProgress(save: CaseAutosave): Promise<void> {
    this.progress.set(save.sessionId, structuredClone(save));
    return Promise.resolve();
  }

  loadProgress(sessionId: string): Promise<CaseAutosave | undefined> {
    const save = this.progress.get(sessionId);
    return Promise.resolve(save && structuredClone(save));
  }

  findProgress(caseId: string, language: string, traineeCode: string): Promise<CaseAutosave | undefined> {
    const matches = [...this.progress.values()]
      .filter((p) => p.caseId === caseId && p.language === language && p.trainee.code === traineeCode)
      .sort((a, b) => b.savedAt - a.savedAt);
    return Promise.resolve(matches[0] && structuredClone(matches[0]));
  }

  clearProgress(sessionId: string): Promise<void> {
    this.progress.delete(sessionId);
    return Promise.resolve();
  }

  saveRecord(record: SessionRecord): Promise<void> {
    this.records.set(record.recordId, structuredClone(record));
    return Promise.resolve();
  }

  listRecords(): Promise<readonly SessionRecord[]> {
    return Promise.resolve([...this.records.values()].map((r) => structuredClone(r)));
  }
}
