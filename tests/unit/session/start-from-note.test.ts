import { describe, expect, it } from 'vitest';
import { es } from '../../../src/i18n/es.ts';
import { loadActiveCase } from '../../../src/session/active-case.ts';
import type { CaseLocks } from '../../../src/session/case-lock.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import type { Journey } from '../../../src/session/journey.ts';
import { FixedClock } from '../../support/fixed-clock.ts';
import { journeyOn, json, rosa } from './journey-support.ts';

describe('Journey: a case started from its content note', () => {
  /** A lock whose answer comes when the test gives it. */
  const answerLater = () => {
    let answer: (claim: 'held' | 'busy') => void = () => undefined;
    const asked = new Promise<'held' | 'busy'>((resolve) => (answer = resolve));
    const locks: CaseLocks = { claim: () => asked, release: () => undefined };
    return { locks, answer };
  };
  const fromNote = (journey: Journey) => {
    journey.admit(rosa);
    journey.stored.expect('fixture', 'es');
    void journey.noteShown('fixture');
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('plays at once, before the lock answers, and saves nothing until it has', async () => {
    const { locks, answer } = answerLater();
    const { journey, screens, store, preferences } = journeyOn(undefined, undefined, locks);
    fromNote(journey);
    const started = journey.startCase('fixture');
    await settle();
    expect(screens.seen.at(-1)).toBe('play: fixture at 0');
    screens.played!.take(0); // a choice made before the answer
    await settle();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([]);
    expect(loadActiveCase(preferences)).toBeUndefined();
    answer('held');
    await started;
    await screens.played!.settled();
    const saved = await store.findProgress('fixture', 'es', 'CAD-7');
    expect(saved.map((e) => (e.data as { run: { choices: number[] } }).run.choices)).toEqual([[0]]);
    expect(loadActiveCase(preferences)?.sessionId).toBe(screens.played!.id);
  });

  it('a case another tab holds is shown, then the trainee is told; nothing of it is saved', async () => {
    const { locks, answer } = answerLater();
    const { journey, screens, store, preferences } = journeyOn(undefined, undefined, locks);
    fromNote(journey);
    const started = journey.startCase('fixture');
    await settle();
    answer('busy');
    await started;
    await screens.played!.settled();
    expect(screens.seen.slice(-2)).toEqual(['play: fixture at 0', 'elsewhere: fixture open']);
    expect(journey.playing).toBeUndefined();
    expect(await store.findProgress('fixture', 'es', 'CAD-7')).toEqual([]);
    expect(loadActiveCase(preferences)).toBeUndefined();
  });

  it("resumes the trainee's autosave that turns up, instead of the fresh start", async () => {
    const { journey, screens, store } = journeyOn();
    const earlier = await CaseSession.start({
      json,
      store,
      clock: new FixedClock(),
      sessionId: 's-1',
      mode: 'practice',
      trainee: { name: rosa.name, code: rosa.code },
      seed: 3,
    });
    await earlier.choose(0);
    fromNote(journey);
    await journey.startCase('fixture');
    expect(screens.seen.slice(-2)).toEqual(['play: fixture at 0', `play: fixture at 1 (${es.resuming})`]);
    expect(journey.playing?.session.id).toBe('s-1');
    await settle();
    expect((await store.findProgress('fixture', 'es', 'CAD-7')).map((e) => e.key)).toEqual(['s-1']);
  });
});
