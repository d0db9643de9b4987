import { InMemoryPreferences } from '../../../src/adapters/storage/in-memory-preferences.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import type { CaseLocks } from '../../../src/session/case-lock.ts';
import type { CaseSession } from '../../../src/session/case-session.ts';
import { Journey, type JourneyScreens } from '../../../src/session/journey.ts';
import type { ReopenedRecord } from '../../../src/session/reopen-record.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

/** The journey's tests: a story, a trainee, and the journey with its screens recorded. */
export const json = fixtureJson('situations/suspect.ink');
export const rosa = { name: 'Rosa Q.', code: 'CAD-7', mode: 'practice' as const };

/** The screens, as a list of what was shown and said; the last session played is kept. */
export class ScreensSeen implements JourneyScreens {
  readonly seen: string[] = [];
  played: CaseSession | undefined;
  recordFails = false;
  notify(text: string, mark?: string) {
    this.seen.push(mark ? `notify[${mark}]: ${text}` : `notify: ${text}`);
  }
  applySettings(settings: { lang: string }) {
    this.seen.push(`settings: ${settings.lang}`);
  }
  start() {
    this.seen.push('start');
  }
  cases() {
    this.seen.push('cases');
    return Promise.resolve();
  }
  note(caseId: string) {
    this.seen.push(`note: ${caseId}`);
  }
  play(session: CaseSession, _json: string, notice: string | undefined) {
    this.played = session;
    this.seen.push(
      `play: ${session.info.caseId} at ${session.choices.length}${notice ? ` (${notice})` : ''}`,
    );
    return Promise.resolve();
  }
  record(opened: ReopenedRecord) {
    this.seen.push(`record: ${opened.record.recordId}`);
    return this.recordFails ? Promise.reject(new Error('no chunk')) : Promise.resolve();
  }
  elsewhere(taken: boolean, caseId: string) {
    this.seen.push(`elsewhere: ${caseId} ${taken ? 'taken' : 'open'}`);
  }
}

export function journeyOn(
  preferences = new InMemoryPreferences(),
  store = new InMemoryRecordStore(),
  locks?: CaseLocks,
) {
  const screens = new ScreensSeen();
  let ids = 0;
  const journey = new Journey(
    {
      preferences,
      store,
      clock: new FixedClock(),
      newId: () => `new-${++ids}`,
      catalog: {
        has: (caseId) => caseId === 'fixture',
        loadStory: (caseId) =>
          caseId === 'fixture' ? Promise.resolve(json) : Promise.reject(new Error('offline')),
      },
      authorAllowed: false,
      prefersReducedMotion: false,
      locks,
    },
    screens,
  );
  return { journey, screens, preferences, store };
}
