import type { SessionRecord } from '../../core/record/session-record.ts';
import {
  newestFirst,
  type CaseAutosave,
  type RecordStore,
  type StoredEntry,
} from '../../session/record-store.ts';
import { setAsideJson, type SetAsideItem } from '../../session/set-aside.ts';
import { openAppDatabase, type AppDatabase } from './app-database.ts';

const entries = (keys: readonly IDBValidKey[], values: readonly unknown[]): StoredEntry[] =>
  keys.map((key, i) => ({
    key: typeof key === 'number' || typeof key === 'string' ? key : JSON.stringify(key),
    data: values[i],
  }));

/** RecordStore on IndexedDB (through `idb`): autosaves per session, finished records, and what was set aside. */
export class IndexedDbRecordStore implements RecordStore {
  private constructor(private readonly db: AppDatabase) {}

  /** Opens the app's database (see openAppDatabase) and keeps autosaves and records in it. */
  static async open(factory?: IDBFactory): Promise<IndexedDbRecordStore> {
    return new IndexedDbRecordStore(await openAppDatabase(factory));
  }

  /** On a database already open (shared with the outbox). */
  static on(db: AppDatabase): IndexedDbRecordStore {
    return new IndexedDbRecordStore(db);
  }

  async saveProgress(save: CaseAutosave): Promise<void> {
    await this.db.put('progress', save);
  }

  loadProgress(sessionId: string): Promise<unknown> {
    return this.db.get('progress', sessionId);
  }

  async findProgress(caseId: string, language: string, traineeCode: string): Promise<readonly StoredEntry[]> {
    const index = this.db.transaction('progress').store.index('byCase');
    const query: [string, string, string] = [caseId, language, traineeCode];
    const [keys, values] = await Promise.all([index.getAllKeys(query), index.getAll(query)]);
    return newestFirst(entries(keys, values));
  }

  async clearProgress(sessionId: string): Promise<void> {
    await this.db.delete('progress', sessionId);
  }

  async saveRecord(record: SessionRecord): Promise<void> {
    await this.db.put('records', record);
  }

  async listRecords(): Promise<readonly StoredEntry[]> {
    const { store } = this.db.transaction('records');
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return entries(keys, values);
  }

  async setAside(item: SetAsideItem): Promise<void> {
    const from = item.kind === 'autosave' ? 'progress' : 'records';
    const tx = this.db.transaction(['setAside', from], 'readwrite');
    // The key came from this store (a string for everything this app writes, whatever was found there otherwise).
    const key = item.key as string;
    await Promise.all([tx.objectStore('setAside').put(item), tx.objectStore(from).delete(key), tx.done]);
  }

  async forgetTrainee(trainee: { readonly name: string; readonly code: string }): Promise<void> {
    const tx = this.db.transaction(['progress', 'records'], 'readwrite');
    const isTheirs = (value: { trainee?: { name?: unknown; code?: unknown } }) =>
      value.trainee?.name === trainee.name && value.trainee.code === trainee.code;
    for (const name of ['progress', 'records'] as const) {
      for (let cursor = await tx.objectStore(name).openCursor(); cursor; cursor = await cursor.continue()) {
        if (isTheirs(cursor.value)) await cursor.delete();
      }
    }
    await tx.done;
  }

  async listSetAside(): Promise<readonly SetAsideItem[]> {
    return (await this.db.getAll('setAside')).sort((a, b) => a.at - b.at);
  }

  async exportSetAside(): Promise<string> {
    return setAsideJson(await this.listSetAside());
  }

  close(): void {
    this.db.close();
  }
}
