import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexedDbRecordStore } from '../../../src/adapters/storage/indexeddb-record-store.ts';
import { setAsideItem } from '../../../src/session/set-aside.ts';
import { fakeAutosave as autosave, fakeRecord as record } from '../../support/fakes.ts';

const opened: IndexedDbRecordStore[] = [];

async function open(factory: IDBFactory): Promise<IndexedDbRecordStore> {
  const store = await IndexedDbRecordStore.open(factory);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** Writes straight into the database, as another version of the app or damage might have. */
function putRaw(factory: IDBFactory, storeName: string, value: unknown, version?: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('primer-contacto', version);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const tx = request.result.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).put(value);
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
  });
}

/** The database as version 1 of the app created it: autosaves and records, nothing set aside. Resolves with the connection still open. */
function openVersion1(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('primer-contacto', 1);
    request.onupgradeneeded = () => {
      const progress = request.result.createObjectStore('progress', { keyPath: 'sessionId' });
      progress.createIndex('byCase', ['caseId', 'language', 'trainee.code']);
      const records = request.result.createObjectStore('records', { keyPath: 'recordId' });
      records.createIndex('byTrainee', 'trainee.code');
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => resolve(request.result);
  });
}

const keysOf = (entries: readonly { key: unknown }[]) => entries.map((e) => e.key);

describe('IndexedDbRecordStore', () => {
  it('loads back the autosave it saved, by session id', async () => {
    const store = await open(new IDBFactory());
    const save = autosave();
    await store.saveProgress(save);
    expect(await store.loadProgress('s-1')).toEqual(save);
    expect(await store.loadProgress('s-2')).toBeUndefined();
  });

  it('replaces the autosave of a session when it is saved again', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave({ savedAt: 2_000 }));
    await store.saveProgress(autosave({ savedAt: 3_000 }));
    expect(await store.loadProgress('s-1')).toMatchObject({ savedAt: 3_000 });
  });

  it('finds the autosaves of a case for the same trainee and language only, newest first', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave({ sessionId: 'old', savedAt: 2_000 }));
    await store.saveProgress(autosave({ sessionId: 'new', savedAt: 4_000 }));
    await store.saveProgress(autosave({ sessionId: 'newer-en', savedAt: 6_000, language: 'en' }));
    await store.saveProgress(
      autosave({ sessionId: 'other', savedAt: 6_000, trainee: { name: 'L', code: 'CAD-9' } }),
    );
    await store.saveProgress(autosave({ sessionId: 'newer-case', savedAt: 6_000, caseId: 'theft_16' }));
    const found = await store.findProgress('fixture', 'es', 'CAD-7');
    expect(keysOf(found)).toEqual(['new', 'old']);
    expect(found[0]?.data).toEqual(autosave({ sessionId: 'new', savedAt: 4_000 }));
    expect(keysOf(await store.findProgress('fixture', 'en', 'CAD-7'))).toEqual(['newer-en']);
    expect(await store.findProgress('fixture', 'es', 'CAD-0')).toEqual([]);
  });

  it('forgets an autosave once it is cleared', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave());
    await store.clearProgress('s-1');
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([]);
  });

  it('lists every record it saved, each once, under its id', async () => {
    const store = await open(new IDBFactory());
    const first = record('r-1');
    const second = record('r-2', [0, 1]);
    await store.saveRecord(first);
    await store.saveRecord(second);
    await store.saveRecord(first);
    expect(await store.listRecords()).toEqual([
      { key: 'r-1', data: first },
      { key: 'r-2', data: second },
    ]);
  });

  it('gives back whatever was stored, unchecked, even what no version of the app would write', async () => {
    const factory = new IDBFactory();
    await open(factory);
    const garbage = {
      sessionId: 'bad',
      caseId: 'fixture',
      language: 'es',
      trainee: { code: 'CAD-7' },
      run: null,
    };
    await putRaw(factory, 'progress', garbage);
    await putRaw(factory, 'records', { recordId: 'r-bad', trainee: null });
    const store = await open(factory);
    expect(await store.loadProgress('bad')).toEqual(garbage);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([{ key: 'bad', data: garbage }]);
    expect(await store.listRecords()).toEqual([{ key: 'r-bad', data: { recordId: 'r-bad', trainee: null } }]);
  });

  it('sets aside an autosave or a record in one step: kept whole in the set-aside store, gone from its own', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    await store.saveRecord(record('r-2'));
    const save = setAsideItem({
      kind: 'autosave',
      key: 's-1',
      problem: 'damaged',
      reason: 'run: bad',
      data: autosave(),
      at: 9,
    });
    const rec = setAsideItem({
      kind: 'record',
      key: 'r-1',
      problem: 'damaged',
      reason: 'no',
      data: record('r-1'),
      at: 10,
    });
    await store.setAside(rec);
    await store.setAside(save);
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(keysOf(await store.listRecords())).toEqual(['r-2']);
    expect(await store.listSetAside()).toEqual([save, rec]);
    const exported = JSON.parse(await store.exportSetAside()) as { items: unknown[] };
    expect(exported.items).toEqual([save, rec]);
  });

  it('upgrades a database of version 1 of the app, keeping its autosaves and records', async () => {
    const factory = new IDBFactory();
    (await openVersion1(factory)).close();
    await putRaw(factory, 'progress', autosave({ sessionId: 'kept' }), 1);
    await putRaw(factory, 'records', record('r-kept'), 1);
    const store = await open(factory);
    expect(await store.loadProgress('kept')).toEqual(autosave({ sessionId: 'kept' }));
    expect(keysOf(await store.listRecords())).toEqual(['r-kept']);
    expect(keysOf(await store.findProgress('fixture', 'es', 'CAD-7'))).toEqual(['kept']);
    const item = setAsideItem({
      kind: 'autosave',
      key: 'kept',
      problem: 'older_version',
      reason: 'r',
      data: 1,
      at: 1,
    });
    await store.setAside(item);
    expect(await store.listSetAside()).toEqual([item]);
  });

  it('keeps autosaves, records and what was set aside after the database is closed and opened again', async () => {
    const factory = new IDBFactory();
    const first = await IndexedDbRecordStore.open(factory);
    const save = autosave();
    const kept = record('r-1');
    const item = setAsideItem({
      kind: 'record',
      key: 'r-0',
      problem: 'damaged',
      reason: 'r',
      data: { x: 1 },
      at: 1,
    });
    await first.saveProgress(save);
    await first.saveRecord(kept);
    await first.setAside(item);
    first.close();
    const again = await open(factory);
    expect(await again.loadProgress('s-1')).toEqual(save);
    expect(await again.listRecords()).toEqual([{ key: 'r-1', data: kept }]);
    expect(await again.listSetAside()).toEqual([item]);
  });

  it('gives up, rather than keep the app waiting, while another tab holds version 1 open', async () => {
    const factory = new IDBFactory();
    const olderTab = await openVersion1(factory);
    await expect(IndexedDbRecordStore.open(factory)).rejects.toThrow(/blocked/);
    olderTab.close();
    const later = await open(factory);
    expect(await later.listSetAside()).toEqual([]);
  });

  it('lets a newer version of the app in another tab upgrade the database', async () => {
    const factory = new IDBFactory();
    await open(factory);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('primer-contacto', 3);
      request.onblocked = () => reject(new Error('blocked by this version'));
      request.onsuccess = () => resolve(request.result);
    });
    expect(newer.version).toBe(3);
    newer.close();
  });

  it('keeps the data of one factory apart from another', async () => {
    const one = await open(new IDBFactory());
    const other = await open(new IDBFactory());
    await one.saveRecord(record('r-1'));
    expect(await other.listRecords()).toEqual([]);
  });
});
