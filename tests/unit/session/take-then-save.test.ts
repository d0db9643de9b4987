import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import type { CaseAutosave } from '../../../src/session/record-store.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

/** A store whose progress writes are held until released, recording what was asked and when. */
class HeldStore extends InMemoryRecordStore {
  readonly asked: CaseAutosave[] = [];
  private release: (() => void)[] = [];

  override async saveProgress(save: CaseAutosave): Promise<void> {
    this.asked.push(save);
    await new Promise<void>((resolve) => this.release.push(resolve));
    await super.saveProgress(save);
  }

  releaseAll(): void {
    this.release.splice(0).forEach((r) => r());
  }
}

async function started(store: HeldStore): Promise<CaseSession> {
  const pending = CaseSession.start({
    json: fixtureJson('situations/suspect.ink'),
    store,
    clock: new FixedClock(),
    sessionId: 's-1',
    mode: 'evaluation',
    trainee: { name: 'Rosa Q.', code: 'CAD-7' },
  });
  store.releaseAll();
  return pending;
}

describe('CaseSession.take: the next step before the save has finished', () => {
  it('gives the step at once, with the write already asked for, and saved resolves once it is kept', async () => {
    const store = new HeldStore();
    const session = await started(store);
    expect(store.asked).toHaveLength(1);
    const { step, verdicts, saved } = session.take(0);
    // the write was asked for before take returned: nothing awaited in between
    expect(store.asked).toHaveLength(2);
    expect(store.asked[1]?.run.choices).toEqual([0]);
    expect(step.index).toBe(1);
    expect(verdicts.map((v) => `${v.standard} ${v.outcome}`)).toEqual(['ENV-01 met']);
    let done = false;
    void saved.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(await store.loadProgress('s-1')).toMatchObject({ run: { choices: [] } });
    store.releaseAll();
    await saved;
    expect(await store.loadProgress('s-1')).toMatchObject({ run: { choices: [0] } });
  });

  it('the end is stored as a record (choose waits for it)', async () => {
    const store = new HeldStore();
    const session = await started(store);
    const first = session.take(0);
    store.releaseAll();
    await first.saved;
    const end = await session.choose(1);
    expect(end.step.isEnd).toBe(true);
    expect((await store.listRecords()).map((e) => (e.data as { recordId: string }).recordId)).toEqual([
      's-1',
    ]);
  });
});
