import type { SessionRecord } from '../../core/record/session-record.ts';
import {
  newestFirst,
  type CaseAutosave,
  type RecordStore,
  type StoreKey,
  type StoredEntry,
} from '../../session/record-store.ts';
import { setAsideJson, type SetAsideItem } from '../../session/set-aside.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const copy = <T>(value: T): T => structuredClone(value);

/** A RecordStore that keeps everything in memory: tests, and browsers without storage. */
export class InMemoryRecordStore implements RecordStore {
  private readonly progress = new Map<StoreKey, unknown>();
  private readonly records = new Map<StoreKey, unknown>();
  private readonly asides = new Map<string, SetAsideItem>();

  saveProgress(save: CaseAutosave): Promise<void> {
    this.progress.set(save.sessionId, copy(save));
    return Promise.resolve();
  }

  loadProgress(sessionId: string): Promise<unknown> {
    return Promise.resolve(copy(this.progress.get(sessionId)));
  }

  findProgress(caseId: string, language: string, traineeCode: string): Promise<readonly StoredEntry[]> {
    const matches = [...this.progress].filter(
      ([, p]) =>
        isObject(p) &&
        p.caseId === caseId &&
        p.language === language &&
        isObject(p.trainee) &&
        p.trainee.code === traineeCode,
    );
    return Promise.resolve(newestFirst(matches.map(([key, data]) => ({ key, data: copy(data) }))));
  }

  clearProgress(sessionId: string): Promise<void> {
    this.progress.delete(sessionId);
    return Promise.resolve();
  }

  saveRecord(record: SessionRecord): Promise<void> {
    this.records.set(record.recordId, copy(record));
    return Promise.resolve();
  }

  listRecords(): Promise<readonly StoredEntry[]> {
    return Promise.resolve([...this.records].map(([key, data]) => ({ key, data: copy(data) })));
  }

  setAside(item: SetAsideItem): Promise<void> {
    this.asides.set(item.id, copy(item));
    (item.kind === 'autosave' ? this.progress : this.records).delete(item.key);
    return Promise.resolve();
  }

  listSetAside(): Promise<readonly SetAsideItem[]> {
    return Promise.resolve([...this.asides.values()].map(copy).sort((a, b) => a.at - b.at));
  }

  forgetTrainee(trainee: { readonly name: string; readonly code: string }): Promise<void> {
    const isTheirs = (v: unknown) =>
      isObject(v) &&
      isObject(v.trainee) &&
      v.trainee.name === trainee.name &&
      v.trainee.code === trainee.code;
    for (const map of [this.progress, this.records]) for (const [k, v] of map) if (isTheirs(v)) map.delete(k);
    return Promise.resolve();
  }

  async exportSetAside(): Promise<string> {
    return setAsideJson(await this.listSetAside());
  }

  /** Puts a value as damage or another version of the app might have left it (tests). */
  putRaw(kind: 'autosave' | 'record', key: StoreKey, data: unknown): void {
    (kind === 'autosave' ? this.progress : this.records).set(key, copy(data));
  }
}
