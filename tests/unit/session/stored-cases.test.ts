import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { storyHash } from '../../../src/core/record/story-hash.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import { StoredCases } from '../../../src/session/stored-cases.ts';
import { fakeRecord } from '../../support/fakes.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const json = fixtureJson('situations/suspect.ink');
const rosa = { name: 'Rosa Q.', code: 'CAD-7' };

function setUp(cases: Record<string, string> = { fixture: json }) {
  const store = new InMemoryRecordStore();
  const clock = new FixedClock();
  const loaded: string[] = [];
  // loadStory fails for a case without a story, as an offline browser would
  const stored = new StoredCases({
    store,
    clock,
    hasCase: (caseId) => caseId in cases,
    loadStory: (caseId) => {
      loaded.push(caseId);
      const story = cases[caseId];
      return story ? Promise.resolve(story) : Promise.reject(new Error('offline'));
    },
  });
  return { store, clock, stored, loaded };
}

/** Plays the fixture's first choice in `store`, leaving its autosave (as this version writes it). */
async function playedOnce(store: InMemoryRecordStore, sessionId = 's-1'): Promise<Record<string, unknown>> {
  const options = {
    json,
    store,
    clock: new FixedClock(),
    sessionId,
    mode: 'practice' as const,
    trainee: rosa,
  };
  const session = await CaseSession.start(options);
  await session.choose(0);
  return (await store.loadProgress(sessionId)) as Record<string, unknown>;
}

const record = (recordId: string) => ({ ...fakeRecord(recordId), storyHash: storyHash(json) });

describe('StoredCases.resumeSession', () => {
  it('resumes a sound autosave at its step, with nothing set aside', async () => {
    const { store, stored } = setUp();
    await playedOnce(store);
    const outcome = await stored.resumeSession('s-1');
    expect(outcome.status).toBe('resumed');
    if (outcome.status === 'resumed') expect(outcome.session.choices).toEqual([0]);
    expect(await store.listSetAside()).toEqual([]);
  });

  it('finds nothing where nothing was saved', async () => {
    const { stored } = setUp();
    expect(await stored.resumeSession('never')).toEqual({ status: 'none', setAside: [] });
  });

  it('sets aside a damaged autosave, keeping it whole with the reason, and removes it from the autosaves', async () => {
    const { store, stored, clock } = setUp();
    const saved = await playedOnce(store);
    const damaged = { ...saved, run: null, trainee: undefined };
    store.putRaw('autosave', 's-1', damaged);
    expect(await stored.resumeSession('s-1')).toEqual({ status: 'setAside', setAside: ['damaged'] });
    expect(await store.loadProgress('s-1')).toBeUndefined();
    const [item, ...more] = await store.listSetAside();
    expect(more).toEqual([]);
    expect(item).toMatchObject({
      kind: 'autosave',
      key: 's-1',
      problem: 'damaged',
      at: clock.now(),
      data: damaged,
    });
    expect(item?.reason).toMatch(/trainee|run/);
    expect(stored.setAsideCount).toBe(1);
  });

  it('resumes an autosave whose ink state and machine state are garbage, from its choices', async () => {
    const { store, stored } = setUp();
    const saved = await playedOnce(store);
    store.putRaw('autosave', 's-1', {
      ...saved,
      run: { choices: [0], story: 'garbage', protocol: { value: 'limbo' } },
    });
    const outcome = await stored.resumeSession('s-1');
    expect(outcome.status).toBe('resumed');
    if (outcome.status === 'resumed') expect(outcome.session.step.index).toBe(1);
    expect(await store.loadProgress('s-1')).toMatchObject({
      run: { choices: [0], story: { step: { index: 1 } } },
    });
  });

  it('sets aside an autosave of a case this version does not have, without loading any story', async () => {
    const { store, stored, loaded } = setUp();
    const saved = await playedOnce(store);
    store.putRaw('autosave', 's-1', { ...saved, caseId: 'gone_case' });
    expect(await stored.resumeSession('s-1')).toMatchObject({
      status: 'setAside',
      setAside: ['unknown_case'],
    });
    expect(loaded).toEqual([]);
  });

  it('sets aside an autosave made on another version of the story', async () => {
    const { store, stored } = setUp();
    const saved = await playedOnce(store);
    store.putRaw('autosave', 's-1', { ...saved, storyHash: 'f'.repeat(64) });
    expect(await stored.resumeSession('s-1')).toMatchObject({ setAside: ['story_changed'] });
    const { saveVersion, ...older } = saved;
    void saveVersion;
    store.putRaw('autosave', 's-2', { ...older, sessionId: 's-2', storyHash: 'f'.repeat(64) });
    expect(await stored.resumeSession('s-2')).toMatchObject({ setAside: ['older_version'] });
    expect((await store.listSetAside()).map((i) => i.key)).toEqual(['s-1', 's-2']);
  });

  it('keeps the autosave when its story cannot be loaded (say, offline): the save is not to blame', async () => {
    const { store, clock } = setUp();
    await playedOnce(store);
    const loadStory = () => Promise.reject(new Error('offline'));
    const offline = new StoredCases({ store, clock, hasCase: () => true, loadStory });
    await expect(offline.resumeSession('s-1')).rejects.toThrow('offline');
    expect(await store.loadProgress('s-1')).toBeDefined();
    expect(await store.listSetAside()).toEqual([]);
  });
});

describe('StoredCases.openCase', () => {
  const fresh = { sessionId: 'new', seed: 7 };
  const trainee = { ...rosa, mode: 'practice' as const };

  it('starts the case afresh when the trainee has no autosave of it', async () => {
    const { store, stored } = setUp();
    const outcome = await stored.openCase('fixture', 'es', trainee, fresh);
    expect(outcome).toMatchObject({ status: 'started', setAside: [] });
    // the first save follows the first step being shown
    if (!('session' in outcome)) throw new Error('no session');
    await outcome.session.settled();
    expect(await store.loadProgress('new')).toMatchObject({ seed: 7, run: { choices: [] } });
  });

  it("resumes the trainee's autosave, but not another trainee's with the same code", async () => {
    const { store, stored } = setUp();
    await playedOnce(store);
    expect(await stored.openCase('fixture', 'es', trainee, fresh)).toMatchObject({ status: 'resumed' });
    const other = await stored.openCase('fixture', 'es', { ...trainee, name: 'Luis' }, fresh);
    expect(other).toMatchObject({ status: 'started' });
  });

  it('sets aside a damaged autosave of the case, says so, and starts afresh', async () => {
    const { store, stored } = setUp();
    const saved = await playedOnce(store);
    store.putRaw('autosave', 's-1', { ...saved, seed: 'garbage' });
    const outcome = await stored.openCase('fixture', 'es', trainee, fresh);
    expect(outcome).toMatchObject({ status: 'started', setAside: ['damaged'] });
    expect((await store.listSetAside()).map((i) => i.key)).toEqual(['s-1']);
  });
});

describe('StoredCases.recordsOf', () => {
  it("gives the trainee's records and sets aside those that are not records, of whoever they were", async () => {
    const { store, stored } = setUp();
    const good = record('r-good');
    await store.saveRecord(good);
    await store.saveRecord({ ...record('r-other'), trainee: { name: 'Luis', code: 'CAD-9' } });
    const { trainee, ...noTrainee } = record('r-no-trainee');
    const { scores, ...noScores } = record('r-no-scores');
    void trainee;
    void scores;
    store.putRaw('record', 'r-no-trainee', noTrainee);
    store.putRaw('record', 'r-no-scores', noScores);
    const read = await stored.recordsOf(rosa);
    expect(read.records.map((r) => r.recordId)).toEqual(['r-good']);
    expect(read.setAside).toBe(2);
    const aside = await store.listSetAside();
    expect(aside.map((i) => [i.kind, i.key])).toEqual([
      ['record', 'r-no-trainee'],
      ['record', 'r-no-scores'],
    ]);
    expect(aside[0]?.data).toEqual(noTrainee);
    expect((await store.listRecords()).map((e) => e.key)).toEqual(['r-good', 'r-other']);
    expect(await stored.recordsOf(rosa)).toMatchObject({ setAside: 0 });
    expect(stored.setAsideCount).toBe(2);
  });

  it('exports everything set aside as one JSON document', async () => {
    const { store, stored } = setUp();
    store.putRaw('record', 'r-bad', { recordId: 'r-bad', scores: null });
    await stored.recordsOf(rosa);
    const exported = JSON.parse(await stored.exportSetAside()) as { items: { key: string; data: unknown }[] };
    expect(exported.items).toEqual([
      expect.objectContaining({ key: 'r-bad', data: { recordId: 'r-bad', scores: null } }),
    ]);
  });
});
