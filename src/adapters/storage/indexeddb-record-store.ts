import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { SessionRecord } from '../../core/record/session-record.ts';
import type { CaseAutosave, RecordStore } from '../../session/record-store.ts';

interface Schema extends DBSchema {
  progress: { key: string; value: CaseAutosave; indexes: { byCase: [string, string, string] } };
  records: { key: string; value: SessionRecord; indexes: { byTrainee: string } };
}

const dbName = 'primer-contacto';
/** Bump with an `upgrade` step when the object stores change. */
const dbVersion = 1;

/** RecordStore on IndexedDB (through `idb`): autosaves per session and finished records. */
export class IndexedDbRecordStore implements RecordStore {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  /** Opens the database (in `factory`, or the browser's); rejects where IndexedDB is unavailable (some private windows). */
  static async open(factory?: IDBFactory): Promise<IndexedDbRecordStore> {
    const source = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (!source) throw new Error('IndexedDB is not available');
    const request = source.open(dbName, dbVersion);
    request.addEventListener('upgradeneeded', () => {
      const database = request.result;
      const progress = database.createObjectStore('progress', { keyPath: 'sessionId' });
      progress.createIndex('byCase', ['caseId', 'language', 'trainee.code']);
      const records = database.createObjectStore('records', { keyPath: 'recordId' });
      records.createIndex('byTrainee', 'trainee.code');
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<Schema>;
    return new IndexedDbRecordStore(db);
  }

  async saveProgress(save: CaseAutosave): Promise<void> {
    await this.db.put('progress', save);
  }

  loadProgress(sessionId: string): Promise<CaseAutosave | undefined> {
    return this.db.get('progress', sessionId);
  }

  async findProgress(caseId: string, language: string, traineeCode: string): Promise<CaseAutosave | undefined> {
    const saves = await this.db.getAllFromIndex('progress', 'byCase', [caseId, language, traineeCode]);
    return saves.sort((a, b) => b.savedAt - a.savedAt)[0];
  }

  async clearProgress(sessionId: string): Promise<void> {
    await this.db.delete('progress', sessionId);
  }

  async saveRecord(record: SessionRecord): Promise<void> {
    await this.db.put('records', record);
  }

  listRecords(): Promise<readonly SessionRecord[]> {
    return this.db.getAll('records');
  }

  close(): void {
    this.db.close();
  }
}
