import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import { StoredCases } from '../../../src/session/stored-cases.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const json = fixtureJson('situations/suspect.ink');
const trainee = { name: 'Rosa Q.', code: 'CAD-7', mode: 'practice' as const };
const fresh = { sessionId: 'new', seed: 7 };

function setUp() {
  const store = new InMemoryRecordStore();
  const loaded: string[] = [];
  const stored = new StoredCases({
    store,
    clock: new FixedClock(),
    hasCase: () => true,
    loadStory: (caseId) => {
      loaded.push(caseId);
      return Promise.resolve(json);
    },
  });
  return { store, stored, loaded };
}

const seedOf = (outcome: Awaited<ReturnType<StoredCases['openCase']>>) =>
  'session' in outcome ? outcome.session.seedValue : undefined;

describe('StoredCases: a case prepared while its content note is read', () => {
  it('fetches the story when the note is shown, and a fresh start plays the run built with the seed of then', async () => {
    const { stored, loaded } = setUp();
    stored.expect('fixture', 'es');
    expect(loaded).toEqual(['fixture']);
    await stored.prepare('fixture', 'es', 11);
    const outcome = await stored.openCase('fixture', 'es', trainee, fresh);
    expect(outcome.status).toBe('started');
    expect(seedOf(outcome)).toBe(11);
    if (!('session' in outcome)) throw new Error('no session');
    expect(outcome.session.step.index).toBe(0);
    expect(outcome.session.optionAt(0)?.actions).toEqual(['move_to_private_room']);
    // a prepared run is used once: the next start builds its own with the seed it is given
    expect(seedOf(await stored.openCase('fixture', 'es', { ...trainee, name: 'Luis' }, fresh))).toBe(7);
  });

  it('builds nothing for a case already opened, or another case or language than the one expected', async () => {
    const { stored } = setUp();
    stored.expect('fixture', 'es');
    await stored.prepare('fixture', 'en', 11);
    await stored.prepare('other', 'es', 12);
    expect(seedOf(await stored.openCase('fixture', 'es', trainee, fresh))).toBe(7);
    await stored.prepare('fixture', 'es', 13); // too late: the case is open
    expect(seedOf(await stored.openCase('fixture', 'es', { ...trainee, name: 'Luis' }, fresh))).toBe(7);
  });

  it("resumes the trainee's autosave rather than play the prepared run", async () => {
    const { store, stored } = setUp();
    const played = await CaseSession.start({
      json,
      store,
      clock: new FixedClock(),
      sessionId: 's-1',
      mode: 'practice',
      trainee: { name: trainee.name, code: trainee.code },
      seed: 3,
    });
    await played.choose(0);
    stored.expect('fixture', 'es');
    await stored.prepare('fixture', 'es', 11);
    const outcome = await stored.openCase('fixture', 'es', trainee, fresh);
    expect(outcome.status).toBe('resumed');
    expect(seedOf(outcome)).toBe(3);
  });

  it('takes the autosave looked for while the note was read (the lock held), for that trainee only', async () => {
    const { store, stored } = setUp();
    const reads: string[] = [];
    const findProgress = store.findProgress.bind(store);
    store.findProgress = (caseId, language, code) => {
      reads.push(code);
      return findProgress(caseId, language, code);
    };
    stored.expect('fixture', 'es');
    stored.readAhead('fixture', 'es', trainee);
    await stored.prepare('fixture', 'es', 11);
    expect(reads).toEqual(['CAD-7']);
    const outcome = await stored.openCase('fixture', 'es', trainee, fresh);
    expect([outcome.status, seedOf(outcome), reads.length]).toEqual(['started', 11, 1]);
    // another trainee on this browser is looked up when they start
    stored.expect('fixture', 'es');
    stored.readAhead('fixture', 'es', trainee);
    const luis = { ...trainee, name: 'Luis', code: 'CAD-8' };
    expect((await stored.openCase('fixture', 'es', luis, fresh)).status).toBe('started');
    expect(reads).toEqual(['CAD-7', 'CAD-7', 'CAD-8']);
  });
});
