import { describe, expect, it } from 'vitest';
import {
  FallbackRecordStore,
  type StorageProblem,
} from '../../../src/adapters/storage/fallback-record-store.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import type { CaseAutosave, StoredEntry } from '../../../src/session/record-store.ts';
import { setAsideItem, type SetAsideItem } from '../../../src/session/set-aside.ts';
import { fakeAutosave as autosave, fakeRecord as record } from '../../support/fakes.ts';

class FillingStore extends InMemoryRecordStore {
  full = false;

  override saveProgress(save: CaseAutosave): Promise<void> {
    return this.full ? this.quotaError() : super.saveProgress(save);
  }

  override saveRecord(saved: SessionRecord): Promise<void> {
    return this.full ? this.quotaError() : super.saveRecord(saved);
  }

  override setAside(item: SetAsideItem): Promise<void> {
    return this.full ? this.quotaError() : super.setAside(item);
  }

  private quotaError(): Promise<void> {
    return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  }
}

class BrokenStore extends InMemoryRecordStore {
  override loadProgress(): Promise<unknown> {
    return Promise.reject(new Error('database closed'));
  }

  override findProgress(): Promise<readonly StoredEntry[]> {
    return Promise.reject(new Error('database closed'));
  }

  override listRecords(): Promise<readonly StoredEntry[]> {
    return Promise.reject(new Error('database closed'));
  }

  override listSetAside(): Promise<readonly SetAsideItem[]> {
    return Promise.reject(new Error('database closed'));
  }
}

function watched(primary: InMemoryRecordStore | undefined): {
  store: FallbackRecordStore;
  problems: StorageProblem[];
} {
  const problems: StorageProblem[] = [];
  return { store: new FallbackRecordStore(primary, (p) => problems.push(p)), problems };
}

const keysOf = (entries: readonly StoredEntry[]) => entries.map((e) => e.key);
const aside = (key: string, at = 5) =>
  setAsideItem({
    kind: 'autosave',
    key,
    problem: 'damaged',
    reason: 'run: null',
    data: { sessionId: key },
    at,
  });

describe('FallbackRecordStore', () => {
  it('reports once that storage is unavailable when there is no primary store', async () => {
    const { store, problems } = watched(undefined);
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    expect(problems).toEqual(['unavailable']);
  });

  it('keeps progress, records and what was set aside in memory when there is no primary store', async () => {
    const { store } = watched(undefined);
    const save = autosave();
    const kept = record('r-1');
    await store.saveProgress(save);
    await store.saveRecord(kept);
    expect(await store.loadProgress('s-1')).toEqual(save);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([{ key: 's-1', data: save }]);
    expect(await store.listRecords()).toEqual([{ key: 'r-1', data: kept }]);
    await store.setAside(aside('s-1'));
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(await store.listSetAside()).toEqual([aside('s-1')]);
  });

  it('takes writes while the primary store is still opening, and they reach it once open', async () => {
    const primary = new InMemoryRecordStore();
    let open: (store: InMemoryRecordStore) => void = () => undefined;
    const problems: StorageProblem[] = [];
    const store = new FallbackRecordStore(new Promise((resolve) => (open = resolve)), (p) =>
      problems.push(p),
    );
    const saved = store.saveProgress(autosave());
    const listed = store.listRecords();
    open(primary);
    await saved;
    expect(await listed).toEqual([]);
    expect(await primary.loadProgress('s-1')).toEqual(autosave());
    expect(problems).toEqual([]);
  });

  it('reports once that storage is unavailable when the primary store fails to open, keeping writes in memory', async () => {
    const problems: StorageProblem[] = [];
    const store = new FallbackRecordStore(Promise.resolve(undefined), (p) => problems.push(p));
    await store.saveProgress(autosave());
    expect(await store.loadProgress('s-1')).toEqual(autosave());
    expect(problems).toEqual(['unavailable']);
  });

  it('reports nothing while the primary store accepts every write', async () => {
    const primary = new InMemoryRecordStore();
    const { store, problems } = watched(primary);
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    await store.setAside(aside('s-0'));
    expect(problems).toEqual([]);
    expect(await primary.loadProgress('s-1')).toEqual(autosave());
    expect(keysOf(await primary.listRecords())).toEqual(['r-1']);
    expect(await primary.listSetAside()).toEqual([aside('s-0')]);
  });

  it('sets aside in the primary store too: the item moves there, out of the autosaves', async () => {
    const primary = new InMemoryRecordStore();
    primary.putRaw('autosave', 'bad', { sessionId: 'bad', run: null });
    const { store } = watched(primary);
    await store.setAside(aside('bad'));
    expect(await primary.loadProgress('bad')).toBeUndefined();
    expect(await store.loadProgress('bad')).toBeUndefined();
    expect(await store.listSetAside()).toEqual([aside('bad')]);
    expect(JSON.parse(await store.exportSetAside())).toMatchObject({ items: [aside('bad')] });
  });

  it('reports once that storage is full when the primary store runs out of quota', async () => {
    const primary = new FillingStore();
    const { store, problems } = watched(primary);
    primary.full = true;
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    await store.saveProgress(autosave({ savedAt: 3_000 }));
    expect(problems).toEqual(['full']);
  });

  it('loses nothing already saved in the primary store once it is full', async () => {
    const primary = new FillingStore();
    const { store } = watched(primary);
    const before = record('r-1');
    await store.saveRecord(before);
    await store.saveProgress(autosave({ sessionId: 's-0' }));
    primary.full = true;
    const after = record('r-2');
    await store.saveRecord(after);
    expect(keysOf(await primary.listRecords())).toEqual(['r-1']);
    expect(await primary.loadProgress('s-0')).toEqual(autosave({ sessionId: 's-0' }));
    expect(await store.listRecords()).toEqual([
      { key: 'r-1', data: before },
      { key: 'r-2', data: after },
    ]);
  });

  it('reads a write that did not fit in the primary store back from memory, newest first', async () => {
    const primary = new FillingStore();
    const { store } = watched(primary);
    await store.saveProgress(autosave({ sessionId: 'older', savedAt: 1_500 }));
    primary.full = true;
    const save = autosave({ savedAt: 7_000 });
    await store.saveProgress(save);
    await store.setAside(aside('x'));
    expect(await store.loadProgress('s-1')).toEqual(save);
    expect(keysOf(await store.findProgress('fixture', 'es', 'CAD-7'))).toEqual(['s-1', 'older']);
    expect(await store.listSetAside()).toEqual([aside('x')]);
  });

  it('reads what only the primary store holds, from an earlier visit', async () => {
    const primary = new InMemoryRecordStore();
    const save = autosave({ sessionId: 'earlier' });
    const kept = record('r-earlier');
    await primary.saveProgress(save);
    await primary.saveRecord(kept);
    await primary.setAside(aside('gone', 1));
    const { store, problems } = watched(primary);
    expect(await store.loadProgress('earlier')).toEqual(save);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([{ key: 'earlier', data: save }]);
    expect(await store.listRecords()).toEqual([{ key: 'r-earlier', data: kept }]);
    expect(await store.listSetAside()).toEqual([aside('gone', 1)]);
    expect(problems).toEqual([]);
  });

  it('answers from memory and reports unavailable when the primary store fails to read', async () => {
    const { store, problems } = watched(new BrokenStore());
    const kept = record('r-1');
    await store.saveRecord(kept);
    await store.setAside(aside('s-9'));
    expect(await store.loadProgress('missing')).toBeUndefined();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([]);
    expect(await store.listRecords()).toEqual([{ key: 'r-1', data: kept }]);
    expect(await store.listSetAside()).toEqual([aside('s-9')]);
    expect(problems).toEqual(['unavailable']);
  });
});
