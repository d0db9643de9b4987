import { fakeAutosave as autosave, fakeRecord as record } from '../../support/fakes.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import type { CaseAutosave } from '../../../src/session/record-store.ts';
import { describe, expect, it } from 'vitest';
import { FallbackRecordStore, type StorageProblem } from '../../../src/adapters/storage/fallback-record-store.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';


class FillingStore extends InMemoryRecordStore {
  full = false;

  override saveProgress(save: CaseAutosave): Promise<void> {
    return this.full ? this.quotaError() : super.saveProgress(save);
  }

  override saveRecord(saved: SessionRecord): Promise<void> {
    return this.full ? this.quotaError() : super.saveRecord(saved);
  }

  private quotaError(): Promise<void> {
    return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  }
}

class BrokenStore extends InMemoryRecordStore {
  override loadProgress(): Promise<CaseAutosave | undefined> {
    return Promise.reject(new Error('database closed'));
  }

  override findProgress(): Promise<CaseAutosave | undefined> {
    return Promise.reject(new Error('database closed'));
  }

  override listRecords(): Promise<readonly SessionRecord[]> {
    return Promise.reject(new Error('database closed'));
  }
}

function watched(primary: InMemoryRecordStore | undefined): { store: FallbackRecordStore; problems: StorageProblem[] } {
  const problems: StorageProblem[] = [];
  return { store: new FallbackRecordStore(primary, (p) => problems.push(p)), problems };
}

describe('FallbackRecordStore', () => {
  it('reports once that storage is unavailable when there is no primary store', async () => {
    const { store, problems } = watched(undefined);
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    expect(problems).toEqual(['unavailable']);
  });

  it('keeps progress and records in memory when there is no primary store', async () => {
    const { store } = watched(undefined);
    const save = autosave();
    const kept = record('r-1');
    await store.saveProgress(save);
    await store.saveRecord(kept);
    expect(await store.loadProgress('s-1')).toEqual(save);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual(save);
    expect(await store.listRecords()).toEqual([kept]);
    await store.clearProgress('s-1');
    expect(await store.loadProgress('s-1')).toBeUndefined();
  });

  it('reports nothing while the primary store accepts every write', async () => {
    const primary = new InMemoryRecordStore();
    const { store, problems } = watched(primary);
    await store.saveProgress(autosave());
    await store.saveRecord(record('r-1'));
    expect(problems).toEqual([]);
    expect(await primary.loadProgress('s-1')).toEqual(autosave());
    expect(await primary.listRecords()).toEqual([record('r-1')]);
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
    expect(await primary.listRecords()).toEqual([before]);
    expect(await primary.loadProgress('s-0')).toEqual(autosave({ sessionId: 's-0' }));
    expect(await store.listRecords()).toEqual([before, after]);
  });

  it('reads a write that did not fit in the primary store back from memory', async () => {
    const primary = new FillingStore();
    const { store } = watched(primary);
    primary.full = true;
    const save = autosave({ savedAt: 7_000 });
    await store.saveProgress(save);
    expect(await store.loadProgress('s-1')).toEqual(save);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual(save);
  });

  it('reads what only the primary store holds, from an earlier visit', async () => {
    const primary = new InMemoryRecordStore();
    const save = autosave({ sessionId: 'earlier' });
    const kept = record('r-earlier');
    await primary.saveProgress(save);
    await primary.saveRecord(kept);
    const { store, problems } = watched(primary);
    expect(await store.loadProgress('earlier')).toEqual(save);
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual(save);
    expect(await store.listRecords()).toEqual([kept]);
    expect(problems).toEqual([]);
  });

  it('answers from memory and reports unavailable when the primary store fails to read', async () => {
    const { store, problems } = watched(new BrokenStore());
    const kept = record('r-1');
    await store.saveRecord(kept);
    expect(await store.loadProgress('missing')).toBeUndefined();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toBeUndefined();
    expect(await store.listRecords()).toEqual([kept]);
    expect(problems).toEqual(['unavailable']);
  });
});
