import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { SessionRecord } from '../../core/record/session-record.ts';
import {
  newestFirst,
  type CaseAutosave,
  type RecordStore,
  type StoredEntry,
} from '../../session/record-store.ts';
import { setAsideJson, type SetAsideItem } from '../../session/set-aside.ts';

interface Schema extends DBSchema {
  progress: { key: string; value: CaseAutosave; indexes: { byCase: [string, string, string] } };
  records: { key: string; value: SessionRecord; indexes: { byTrainee: string } };
  setAside: { key: string; value: SetAsideItem };
}

const dbName = 'primer-contacto';
/** Bump with an `upgrade` step when the object stores change. 2: the `setAside` store. */
const dbVersion = 2;

/** Creates what each version added, from the version the browser had (0: none). */
function upgrade(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const progress = database.createObjectStore('progress', { keyPath: 'sessionId' });
    progress.createIndex('byCase', ['caseId', 'language', 'trainee.code']);
    const records = database.createObjectStore('records', { keyPath: 'recordId' });
    records.createIndex('byTrainee', 'trainee.code');
  }
  if (oldVersion < 2) database.createObjectStore('setAside', { keyPath: 'id' });
}

const entries = (keys: readonly IDBValidKey[], values: readonly unknown[]): StoredEntry[] =>
  keys.map((key, i) => ({
    key: typeof key === 'number' || typeof key === 'string' ? key : JSON.stringify(key),
    data: values[i],
  }));

/** RecordStore on IndexedDB (through `idb`): autosaves per session, finished records, and what was set aside. */
export class IndexedDbRecordStore implements RecordStore {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  /**
   * Opens the database (in `factory`, or the browser's); rejects where IndexedDB is
   * unavailable (some private windows), and when another tab with an older version of the
   * app keeps the upgrade waiting (the app then carries on in memory rather than wait).
   */
  static async open(factory?: IDBFactory): Promise<IndexedDbRecordStore> {
    const source = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (!source) throw new Error('IndexedDB is not available');
    const request = source.open(dbName, dbVersion);
    let gaveUp = false;
    request.addEventListener('upgradeneeded', (event) => upgrade(request.result, event.oldVersion));
    const opened = new Promise<IDBDatabase>((resolve, reject) => {
      request.addEventListener('blocked', () => {
        gaveUp = true;
        reject(new Error('IndexedDB upgrade blocked by another tab'));
      });
      request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB failed to open')));
      request.addEventListener('success', () => {
        const database = request.result;
        if (gaveUp) return database.close();
        // A newer version of the app in another tab must not wait for this one.
        database.addEventListener('versionchange', () => database.close());
        resolve(database);
      });
    });
    return new IndexedDbRecordStore(wrap(await opened) as unknown as IDBPDatabase<Schema>);
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
