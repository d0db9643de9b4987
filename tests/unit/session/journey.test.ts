import { describe, expect, it, vi } from 'vitest';
import { journeyOn, rosa } from './journey-support.ts';
import { InMemoryPreferences } from '../../../src/adapters/storage/in-memory-preferences.ts';
import { es } from '../../../src/i18n/es.ts';
import { loadActiveCase, loadShownDebrief, saveShownDebrief } from '../../../src/session/active-case.ts';
import type { CaseLocks } from '../../../src/session/case-lock.ts';
import type { ReopenedRecord } from '../../../src/session/reopen-record.ts';
import { loadSettings } from '../../../src/session/settings.ts';
import { loadTrainee, saveTrainee } from '../../../src/session/trainee.ts';
import { fakeRecord } from '../../support/fakes.ts';

describe('Journey.boot', () => {
  it('with nothing remembered: the start screen; the link language is kept, its unknown case said (before the language changes)', async () => {
    const { journey, screens, preferences } = journeyOn();
    await journey.boot('?lang=en&case=nope');
    expect(screens.seen).toEqual([
      `notify[data-link-error]: ${es.linkProblem('case', 'nope')}`,
      'settings: en',
      'start',
    ]);
    expect(loadSettings(preferences, false).lang).toBe('en');
  });

  it('a remembered trainee following a case link goes to its content note', async () => {
    const preferences = new InMemoryPreferences();
    saveTrainee(preferences, rosa);
    const { journey, screens } = journeyOn(preferences);
    await journey.boot('?case=fixture');
    expect(screens.seen).toEqual(['settings: es', 'note: fixture']);
  });

  it('garbage in every remembered value is nobody, the default settings and no case in progress', async () => {
    const preferences = new InMemoryPreferences();
    for (const key of ['trainee', 'settings', 'active', 'debrief'])
      preferences.putRaw(`primer-contacto:${key}`, '{"x":');
    const { journey, screens } = journeyOn(preferences);
    await journey.boot('');
    expect(screens.seen).toEqual(['settings: es', 'start']);
    expect(journey.trainee).toBeUndefined();
  });
});

describe('Journey: start, resume, leave', () => {
  it("admits the start screen's trainee with the link's mode, remembers them, and goes to the linked case", async () => {
    const { journey, screens, preferences } = journeyOn();
    await journey.boot('?case=fixture&mode=evaluation');
    journey.admit(rosa);
    expect(screens.seen.slice(-2)).toEqual(['start', 'note: fixture']);
    expect(loadTrainee(preferences)).toEqual({ ...rosa, mode: 'evaluation' });
  });

  it('starts a case as the case in progress; a reload resumes it at its step, saying so', async () => {
    const first = journeyOn();
    first.journey.admit(rosa);
    await first.journey.startCase('fixture');
    expect(first.screens.seen).toEqual(['cases', 'play: fixture at 0']);
    expect(loadActiveCase(first.preferences)).toEqual({ sessionId: 'new-1', caseId: 'fixture', lang: 'es' });
    await first.screens.played!.choose(0);

    const reload = journeyOn(first.preferences, first.store);
    await reload.journey.boot('');
    expect(reload.screens.seen).toEqual(['settings: es', `play: fixture at 1 (${es.resuming})`]);
    expect(reload.journey.playing?.session.id).toBe('new-1');
  });

  it('sets aside a case in progress that cannot be resumed, says why, forgets it and lists the cases', async () => {
    const first = journeyOn();
    first.journey.admit(rosa);
    await first.journey.startCase('fixture');
    await first.screens.played!.choose(0);
    const saved = (await first.store.loadProgress('new-1')) as object;
    first.store.putRaw('autosave', 'new-1', { ...saved, run: null });

    const reload = journeyOn(first.preferences, first.store);
    await reload.journey.boot('');
    expect(reload.screens.seen).toEqual([
      'settings: es',
      `notify: ${es.savedCaseSetAside(es.setAsideWhy.damaged)}`,
      'cases',
    ]);
    expect(loadActiveCase(first.preferences)).toBeUndefined();
    expect((await first.store.listSetAside()).map((i) => i.problem)).toEqual(['damaged']);
  });

  it('without a trainee a case cannot start: the start screen', async () => {
    const { journey, screens } = journeyOn();
    await journey.startCase('fixture');
    expect(screens.seen).toEqual(['start']);
  });

  it('leaving the case forgets it as the case in progress and shows the list', async () => {
    const { journey, screens, preferences } = journeyOn();
    journey.admit(rosa);
    await journey.startCase('fixture');
    journey.leaveCase();
    expect(screens.seen.at(-1)).toBe('cases');
    expect(journey.playing).toBeUndefined();
    expect(loadActiveCase(preferences)).toBeUndefined();
  });
});

describe('Journey: one tab per case', () => {
  const busyUnlessStolen = (): CaseLocks & { released: number } => ({
    released: 0,
    claim: (_name, steal) => Promise.resolve(steal ? 'held' : 'busy'),
    release() {
      this.released++;
    },
  });

  it('a case open in another tab is not played; taking it over plays it', async () => {
    const locks = busyUnlessStolen();
    const { journey, screens } = journeyOn(undefined, undefined, locks);
    journey.admit(rosa);
    await journey.startCase('fixture');
    expect(screens.seen).toEqual(['cases', 'elsewhere: fixture open']);
    await journey.startCase('fixture', true);
    expect(screens.seen.at(-1)).toBe('play: fixture at 0');
  });

  it('a screen shown releases the lock only when no case is played, and forgets the debrief unless it is one', async () => {
    const locks = busyUnlessStolen();
    const { journey, preferences } = journeyOn(undefined, undefined, locks);
    saveShownDebrief(preferences, 'r-1');
    journey.shown(true);
    expect([loadShownDebrief(preferences), locks.released]).toEqual(['r-1', 1]);
    journey.admit(rosa);
    await journey.startCase('fixture', true);
    journey.shown(false);
    expect([loadShownDebrief(preferences), locks.released]).toEqual([undefined, 1]);
  });
});

describe('Journey: debrief and errors', () => {
  const opened = { record: fakeRecord('r-9') } as unknown as ReopenedRecord;

  it('a debrief is remembered and ends the case in progress', async () => {
    const { journey, screens, preferences } = journeyOn();
    journey.admit(rosa);
    await journey.startCase('fixture');
    await journey.openRecord(opened);
    expect(screens.seen.at(-1)).toBe('record: r-9');
    expect(loadShownDebrief(preferences)).toBe('r-9');
    expect(loadActiveCase(preferences)).toBeUndefined();
    expect(journey.playing).toBeUndefined();
  });

  it('a debrief that cannot be shown is said, and the list (or the start, for nobody) is shown instead', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { journey, screens } = journeyOn();
    screens.recordFails = true;
    await journey.openRecord(opened);
    journey.admit(rosa);
    await journey.openRecord(opened);
    expect(screens.seen).toEqual([
      'record: r-9',
      `notify: ${es.caseError('no chunk')}`,
      'start',
      'cases',
      'record: r-9',
      `notify: ${es.caseError('no chunk')}`,
      'cases',
    ]);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
