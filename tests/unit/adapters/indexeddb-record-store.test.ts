import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeAutosave as autosave, fakeRecord as record } from '../../support/fakes.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexedDbRecordStore } from '../../../src/adapters/storage/indexeddb-record-store.ts';


const opened: IndexedDbRecordStore[] = [];

async function open(factory: IDBFactory): Promise<IndexedDbRecordStore> {
  const store = await IndexedDbRecordStore.open(factory);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

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
    expect((await store.loadProgress('s-1'))?.savedAt).toBe(3_000);
  });

  it('finds the newest autosave of a case for the same trainee and language only', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave({ sessionId: 'old', savedAt: 2_000 }));
    await store.saveProgress(autosave({ sessionId: 'new', savedAt: 4_000 }));
    await store.saveProgress(autosave({ sessionId: 'newer-en', savedAt: 6_000, language: 'en' }));
    await store.saveProgress(autosave({ sessionId: 'newer-other', savedAt: 6_000, trainee: { name: 'Luis', code: 'CAD-9' } }));
    await store.saveProgress(autosave({ sessionId: 'newer-case', savedAt: 6_000, caseId: 'theft_16' }));
    expect((await store.findProgress('fixture', 'es', 'CAD-7'))?.sessionId).toBe('new');
    expect((await store.findProgress('fixture', 'en', 'CAD-7'))?.sessionId).toBe('newer-en');
    expect(await store.findProgress('fixture', 'es', 'CAD-0')).toBeUndefined();
  });

  it('forgets an autosave once it is cleared', async () => {
    const store = await open(new IDBFactory());
    await store.saveProgress(autosave());
    await store.clearProgress('s-1');
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toBeUndefined();
  });

  it('lists every record it saved, each once', async () => {
    const store = await open(new IDBFactory());
    const first = record('r-1');
    const second = record('r-2', [0, 1]);
    await store.saveRecord(first);
    await store.saveRecord(second);
    await store.saveRecord(first);
    const listed = await store.listRecords();
    expect([...listed].sort((a, b) => a.recordId.localeCompare(b.recordId))).toEqual([first, second]);
  });

  it('keeps autosaves and records after the database is closed and opened again', async () => {
    const factory = new IDBFactory();
    const first = await IndexedDbRecordStore.open(factory);
    const save = autosave();
    const kept = record('r-1');
    await first.saveProgress(save);
    await first.saveRecord(kept);
    first.close();
    const again = await open(factory);
    expect(await again.loadProgress('s-1')).toEqual(save);
    expect(await again.listRecords()).toEqual([kept]);
  });

  it('keeps the data of one factory apart from another', async () => {
    const one = await open(new IDBFactory());
    const other = await open(new IDBFactory());
    await one.saveRecord(record('r-1'));
    expect(await other.listRecords()).toEqual([]);
  });
});
