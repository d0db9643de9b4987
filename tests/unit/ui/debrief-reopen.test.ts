import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import { loadStory } from '../../../src/cases/case-catalog.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { finishedStrings } from '../../../src/i18n/finished-strings.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import { App } from '../../../src/ui/app.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const activeKey = 'primer-contacto:active';
const debriefKey = 'primer-contacto:debrief';
const traineeKey = 'primer-contacto:trainee';
const ana = { name: 'Ana', code: 'CAD-1' };

function boot(store: InMemoryRecordStore, search = ''): { root: HTMLElement; done: Promise<void> } {
  const root = document.createElement('div');
  document.body.append(root);
  const app = new App({
    root,
    preferences: new LocalStoragePreferences(localStorage),
    store,
    audio: new SilentAudioPlayer(),
    clock: new FixedClock(),
    newId: () => 'new-1',
    createStage: () => new Promise(() => {}),
    authorAllowed: false,
    prefersReducedMotion: true,
  });
  return { root, done: app.boot(search) };
}

/** disclosure_8 played to its end (option 1 ends it at once) and stored, as the app stores it. */
async function played(
  store: InMemoryRecordStore,
  sessionId: string,
  clock = new FixedClock(),
): Promise<SessionRecord> {
  const json = await loadStory('disclosure_8', 'es');
  const session = await CaseSession.start({
    json,
    store,
    clock,
    sessionId,
    mode: 'practice',
    trainee: ana,
    seed: 0,
  });
  clock.advance(60_000);
  await session.choose(1);
  if (!session.record) throw new Error('disclosure_8 did not end after option 1');
  return session.record;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

const debrief = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-debrief]');

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('debriefs that never vanish', () => {
  it('a reload on the debrief lands on the same debrief, with its score, ending and step-by-step', async () => {
    const store = new InMemoryRecordStore();
    const record = await played(store, 'r-1');
    localStorage.setItem(traineeKey, JSON.stringify({ ...ana, mode: 'practice' }));
    localStorage.setItem(debriefKey, JSON.stringify('r-1'));
    const { root, done } = boot(store, '?case=disclosure_8&lang=es');
    await done;
    expect(debrief(root)?.getAttribute('data-record-id')).toBe('r-1');
    expect(root.querySelector('h1')?.textContent).toBe(
      es.debriefHeading(record.passed, record.scores.overall),
    );
    expect(root.querySelector('.ending p')).not.toBeNull();
    expect(root.querySelectorAll('.timeline-step').length).toBeGreaterThan(0);
    expect(root.querySelector('[data-start-case]')).toBeNull();
  });

  it('a reload after the last choice saved the record (case pointer still set) shows its debrief, not the content note', async () => {
    const store = new InMemoryRecordStore();
    const record = await played(store, 's-ending');
    expect(await store.loadProgress('s-ending')).toBeUndefined();
    localStorage.setItem(traineeKey, JSON.stringify({ ...ana, mode: 'practice' }));
    localStorage.setItem(
      activeKey,
      JSON.stringify({ sessionId: 's-ending', caseId: 'disclosure_8', lang: 'es' }),
    );
    const { root, done } = boot(store, '?case=disclosure_8&lang=es');
    await done;
    expect(debrief(root)?.getAttribute('data-record-id')).toBe('s-ending');
    expect(root.querySelector('h1')?.textContent).toBe(
      es.debriefHeading(record.passed, record.scores.overall),
    );
    expect(localStorage.getItem(activeKey)).toBeNull();
    expect(localStorage.getItem(debriefKey)).toBe('"s-ending"');
  });

  it('the home shows the last finished case and every attempt; each reopens its debrief; leaving it forgets it', async () => {
    const store = new InMemoryRecordStore();
    const clock = new FixedClock();
    const first = await played(store, 'r-old', clock);
    clock.advance(3_600_000);
    await played(store, 'r-new', clock);
    localStorage.setItem(traineeKey, JSON.stringify({ ...ana, mode: 'practice' }));
    localStorage.setItem('primer-contacto:settings', JSON.stringify({ lang: 'en' }));
    const { root, done } = boot(store);
    await done;
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await until(() => root.querySelector('.case-list') !== null);
    const f = finishedStrings('en');
    expect(root.querySelector('[data-last-finished]')?.getAttribute('data-last-finished')).toBe('r-new');
    expect(root.querySelector('#last-finished-title')?.textContent).toBe(f.lastFinishedTitle);
    const rows = [...root.querySelectorAll<HTMLButtonElement>('.attempt-list [data-open-debrief]')];
    expect(rows.map((b) => b.dataset.openDebrief)).toEqual(['r-new', 'r-old']);
    expect(rows[1]?.textContent).toContain(f.result(first.scores.overall, first.passed));
    expect(root.querySelector('#attempts-title')?.textContent).toBe(f.attemptsTitle(2));
    rows[1]?.click();
    await until(() => debrief(root) !== null);
    expect(debrief(root)?.getAttribute('data-record-id')).toBe('r-old');
    expect(root.querySelector('h1')?.textContent).toBe(en.debriefHeading(first.passed, first.scores.overall));
    expect(localStorage.getItem(debriefKey)).toBe('"r-old"');
    [...root.querySelectorAll('button')].find((b) => b.textContent === en.otherCase)?.click();
    await until(() => root.querySelector('.case-list') !== null);
    expect(localStorage.getItem(debriefKey)).toBeNull();
  });

  it('reopens a record played on an older version of the story without its step-by-step, saying so', async () => {
    const store = new InMemoryRecordStore();
    const record = await played(store, 'r-1');
    await store.saveRecord({ ...record, storyHash: 'f'.repeat(64) });
    localStorage.setItem(traineeKey, JSON.stringify({ ...ana, mode: 'practice' }));
    localStorage.setItem(debriefKey, JSON.stringify('r-1'));
    const { root, done } = boot(store);
    await done;
    expect(debrief(root)?.getAttribute('data-record-id')).toBe('r-1');
    expect(root.querySelector('[data-no-steps]')?.textContent).toBe(finishedStrings('es').noStepByStep);
    expect(root.querySelectorAll('.timeline-step')).toHaveLength(0);
  });
});
