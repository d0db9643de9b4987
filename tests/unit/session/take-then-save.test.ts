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

/** The saves after a choice wait for `runDue()` (in the app: the next options painted). */
function later() {
  const due: (() => void)[] = [];
  return {
    later: (work: () => void) => void due.push(work),
    runDue: () => due.splice(0).forEach((w) => w()),
  };
}

async function started(
  store: HeldStore,
  after: (work: () => void) => void,
  story = 'situations/suspect.ink',
): Promise<CaseSession> {
  const pending = CaseSession.start({
    json: fixtureJson(story),
    store,
    clock: new FixedClock(),
    sessionId: 's-1',
    mode: 'evaluation',
    trainee: { name: 'Rosa Q.', code: 'CAD-7' },
    later: after,
  });
  store.releaseAll();
  return pending;
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('CaseSession.take: the next step before the save', () => {
  it('gives the step at once; the write is asked for once the options are painted, and saved resolves once it is kept', async () => {
    const store = new HeldStore();
    const { later: after, runDue } = later();
    const session = await started(store, after);
    expect(store.asked).toHaveLength(1);
    const { step, verdicts, saved } = session.take(0);
    expect(step.index).toBe(1);
    expect(verdicts.map((v) => `${v.standard} ${v.outcome}`)).toEqual(['ENV-01 met']);
    expect(store.asked).toHaveLength(1); // nothing written in the click's task
    runDue();
    expect(store.asked).toHaveLength(2);
    expect(store.asked[1]?.run.choices).toEqual([0]);
    let done = false;
    void saved.then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    expect(await store.loadProgress('s-1')).toMatchObject({ run: { choices: [] } });
    store.releaseAll();
    await saved;
    expect(await store.loadProgress('s-1')).toMatchObject({ run: { choices: [0] } });
  });

  it('choices made before the save runs share one write of the newest state', async () => {
    const store = new HeldStore();
    const { later: after, runDue } = later();
    const session = await started(store, after, 'runner/once-only.ink'); // three steps
    const first = session.take(0);
    const second = session.take(0);
    runDue();
    expect(store.asked.map((s) => s.run.choices)).toEqual([[], [0, 0]]);
    expect(store.asked[1]?.choiceTimes).toHaveLength(2);
    store.releaseAll();
    await Promise.all([first.saved, second.saved]);
    expect(await store.loadProgress('s-1')).toMatchObject({ run: { choices: [0, 0] } });
  });

  it('the end is stored as a record (choose waits for it), and a save still waiting is not written after it', async () => {
    const store = new HeldStore();
    const { later: after, runDue } = later();
    const session = await started(store, after);
    const first = session.take(0);
    const end = session.take(1);
    expect(end.step.isEnd).toBe(true);
    await end.saved;
    runDue();
    await first.saved;
    expect(store.asked).toHaveLength(1); // only the start's save: the record replaced the progress
    expect((await store.listRecords()).map((e) => (e.data as { recordId: string }).recordId)).toEqual([
      's-1',
    ]);
    expect(await store.loadProgress('s-1')).toBeUndefined();
  });
});
