import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase, type AppDatabase } from '../../../src/adapters/storage/app-database.ts';
import { InMemoryOutboxStore } from '../../../src/adapters/storage/in-memory-outbox-store.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { IndexedDbOutboxStore } from '../../../src/adapters/storage/indexeddb-outbox-store.ts';
import { IndexedDbRecordStore } from '../../../src/adapters/storage/indexeddb-record-store.ts';
import type { NewOutboxItem, OutboxStore } from '../../../src/session/outbox-store.ts';
import type { RecordStore } from '../../../src/session/record-store.ts';
import { fakeAutosave, fakeRecord } from '../../support/fakes.ts';

const opened: AppDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function database(factory = new IDBFactory()): Promise<AppDatabase> {
  const db = await openAppDatabase(factory);
  opened.push(db);
  return db;
}

const item = (owner: string, id: string): NewOutboxItem => ({
  kind: 'record',
  id,
  body: fakeRecord(id),
  owner,
  queuedAt: 1,
  state: 'pending',
  attempts: 0,
});

/** The database as version 2 of the app left it, with one autosave, one record and one item set aside. */
function version2With(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('primer-contacto', 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('progress', { keyPath: 'sessionId' }).createIndex('byCase', [
        'caseId',
        'language',
        'trainee.code',
      ]);
      db.createObjectStore('records', { keyPath: 'recordId' }).createIndex('byTrainee', 'trainee.code');
      db.createObjectStore('setAside', { keyPath: 'id' });
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const tx = request.result.transaction(['progress', 'records', 'setAside'], 'readwrite');
      tx.objectStore('progress').put(fakeAutosave());
      tx.objectStore('records').put(fakeRecord('r-old'));
      tx.objectStore('setAside').put({
        id: 'x',
        kind: 'record',
        key: 'k',
        problem: 'damaged',
        reason: '',
        data: 1,
        at: 1,
      });
      tx.oncomplete = () => (request.result.close(), resolve());
    };
  });
}

describe.each<[string, () => Promise<OutboxStore>]>([
  ['IndexedDbOutboxStore', async () => new IndexedDbOutboxStore(await database())],
  ['InMemoryOutboxStore', () => Promise.resolve(new InMemoryOutboxStore())],
])('%s', (_name, make) => {
  it('gives increasing seqs and lists in that order', async () => {
    const store = await make();
    const seqs = [
      await store.add(item('a', 'r-1')),
      await store.add(item('b', 'r-2')),
      await store.add(item('a', 'r-3')),
    ];
    expect(seqs[0]! < seqs[1]! && seqs[1]! < seqs[2]!).toBe(true);
    expect((await store.list()).map((i) => i.id)).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('updates, removes one, removes an owner, and keeps links per owner', async () => {
    const store = await make();
    const first = await store.add(item('a', 'r-1'));
    await store.add(item('b', 'r-2'));
    await store.add(item('a', 'r-3'));
    const [one] = await store.list();
    await store.put({ ...one!, state: 'rejected', reason: '400 bad' });
    expect((await store.list())[0]).toMatchObject({ seq: first, state: 'rejected', reason: '400 bad' });
    await store.removeOwner('a');
    expect((await store.list()).map((i) => i.id)).toEqual(['r-2']);
    await store.remove((await store.list())[0]!.seq);
    expect(await store.list()).toEqual([]);
    await store.putLink({ owner: 'a', classCode: 'K1', name: 'Ana', code: '1', token: 't-a' });
    await store.putLink({ owner: 'b', classCode: 'K1', name: 'Beto', code: '2' });
    expect((await store.getLink('a'))?.token).toBe('t-a');
    await store.removeLink('a');
    expect(await store.getLink('a')).toBeUndefined();
    expect((await store.getLink('b'))?.name).toBe('Beto');
  });
});

describe('the database upgrade to version 3', () => {
  it('keeps what version 2 stored and adds the outbox', async () => {
    const factory = new IDBFactory();
    await version2With(factory);
    const db = await database(factory);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'classLinks',
      'outbox',
      'progress',
      'records',
      'setAside',
    ]);
    const records = IndexedDbRecordStore.on(db);
    expect((await records.listRecords()).map((e) => e.key)).toEqual(['r-old']);
    expect(await records.loadProgress('s-1')).toEqual(fakeAutosave());
    expect(await records.listSetAside()).toHaveLength(1);
  });
});

describe.each<[string, () => Promise<RecordStore>]>([
  ['IndexedDbRecordStore', async () => IndexedDbRecordStore.on(await database())],
  ['InMemoryRecordStore', () => Promise.resolve(new InMemoryRecordStore())],
])('%s.forgetTrainee', (_name, make) => {
  it("deletes that trainee's autosaves and records, and only theirs", async () => {
    const store = await make();
    const other = { name: 'Otro', code: 'CAD-7' };
    await store.saveProgress(fakeAutosave());
    await store.saveProgress(fakeAutosave({ sessionId: 's-2', trainee: other }));
    await store.saveRecord(fakeRecord('r-1'));
    await store.saveRecord({ ...fakeRecord('r-2'), trainee: other });
    await store.forgetTrainee({ name: 'Rosa Q.', code: 'CAD-7' });
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(await store.loadProgress('s-2')).toBeDefined();
    expect((await store.listRecords()).map((e) => e.key)).toEqual(['r-2']);
  });
});
