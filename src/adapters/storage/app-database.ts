import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { SessionRecord } from '../../core/record/session-record.ts';
import type { ClassLink, OutboxItem } from '../../session/outbox-store.ts';
import type { CaseAutosave } from '../../session/record-store.ts';
import type { SetAsideItem } from '../../session/set-aside.ts';

export interface AppSchema extends DBSchema {
  progress: { key: string; value: CaseAutosave; indexes: { byCase: [string, string, string] } };
  records: { key: string; value: SessionRecord; indexes: { byTrainee: string } };
  setAside: { key: string; value: SetAsideItem };
  outbox: { key: number; value: OutboxItem; indexes: { byOwner: string } };
  classLinks: { key: string; value: ClassLink };
}

export type AppDatabase = IDBPDatabase<AppSchema>;

const dbName = 'primer-contacto';
/**
 * Bump with an `upgrade` step when the object stores change; a step only adds, so what
 * earlier versions stored is kept. 2: `setAside`. 3: `outbox` and `classLinks` (class server).
 */
const dbVersion = 3;

/** Creates what each version added, from the version the browser had (0: none). */
function upgrade(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const progress = database.createObjectStore('progress', { keyPath: 'sessionId' });
    progress.createIndex('byCase', ['caseId', 'language', 'trainee.code']);
    const records = database.createObjectStore('records', { keyPath: 'recordId' });
    records.createIndex('byTrainee', 'trainee.code');
  }
  if (oldVersion < 2) database.createObjectStore('setAside', { keyPath: 'id' });
  if (oldVersion < 3) {
    const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('byOwner', 'owner');
    database.createObjectStore('classLinks', { keyPath: 'owner' });
  }
}

/**
 * Opens the app's database (in `factory`, or the browser's), upgrading it; rejects where
 * IndexedDB is unavailable (some private windows), and when another tab with an older
 * version of the app keeps the upgrade waiting (the app then carries on in memory rather than wait).
 */
export async function openAppDatabase(factory?: IDBFactory): Promise<AppDatabase> {
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
  return wrap(await opened) as unknown as AppDatabase;
}
