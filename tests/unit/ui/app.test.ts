import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import { loadStory } from '../../../src/cases/case-catalog.ts';
import { storyHash } from '../../../src/core/record/story-hash.ts';
import { es } from '../../../src/i18n/es.ts';
import type { RecordStore } from '../../../src/session/record-store.ts';
import { App } from '../../../src/ui/app.ts';
import { fakeRecord } from '../../support/fakes.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const activeKey = 'primer-contacto:active';
const traineeKey = 'primer-contacto:trainee';

function boot(store: RecordStore, search = ''): { root: HTMLElement; done: Promise<void> } {
  const root = document.createElement('div');
  document.body.append(root);
  let ids = 0;
  const app = new App({
    root,
    preferences: new LocalStoragePreferences(localStorage),
    store,
    audio: new SilentAudioPlayer(),
    clock: new FixedClock(),
    newId: () => `new-${++ids}`,
    createStage: () => new Promise(() => {}),
    authorAllowed: false,
    prefersReducedMotion: true,
  });
  return { root, done: app.boot(search) };
}

/** A well-formed autosave of lost_child_5 after its first choice, on the real story. */
async function goodSave(sessionId = 's-1') {
  const json = await loadStory('lost_child_5', 'es');
  return {
    saveVersion: 2,
    sessionId,
    caseId: 'lost_child_5',
    language: 'es',
    mode: 'practice',
    trainee: { name: 'Ana', code: 'CAD-1' },
    storyHash: storyHash(json),
    seed: 11,
    startedAt: 1_000,
    savedAt: 2_000,
    run: {
      choices: [0],
      story: { ink: '{"garbage":', step: null },
      protocol: { value: 'no_such_state', context: 7 },
    },
  };
}

const notices = (root: HTMLElement) => [...root.querySelectorAll('.notices p')].map((p) => p.textContent);
const damaged = es.savedCaseSetAside(es.setAsideWhy.damaged);

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('App with what a browser stored', () => {
  it('sets aside an active autosave with run: null, says so, and shows the case list', async () => {
    const store = new InMemoryRecordStore();
    store.putRaw('autosave', 's-1', { ...(await goodSave()), run: null });
    localStorage.setItem(activeKey, JSON.stringify({ sessionId: 's-1', caseId: 'lost_child_5', lang: 'es' }));
    localStorage.setItem(traineeKey, JSON.stringify({ name: 'Ana', code: 'CAD-1', mode: 'practice' }));
    const { root, done } = boot(store);
    await done;
    expect(root.querySelector('.case-list')).not.toBeNull();
    expect(notices(root)).toEqual([damaged]);
    expect((await store.listSetAside()).map((i) => [i.kind, i.key, i.problem])).toEqual([
      ['autosave', 's-1', 'damaged'],
    ]);
    expect(await store.loadProgress('s-1')).toBeUndefined();
    expect(localStorage.getItem(activeKey)).toBeNull();
  });

  it('follows a case link after setting aside the active autosave of an unknown case', async () => {
    const store = new InMemoryRecordStore();
    store.putRaw('autosave', 's-1', { ...(await goodSave()), caseId: 'no_such_case' });
    localStorage.setItem(activeKey, JSON.stringify({ sessionId: 's-1', caseId: 'no_such_case', lang: 'es' }));
    const { root, done } = boot(store, '?case=lost_child_5&lang=es&trainee=Ana');
    await done;
    expect(root.querySelector('[data-start-case="lost_child_5"]')).not.toBeNull();
    expect(notices(root)).toEqual([es.savedCaseSetAside(es.setAsideWhy.unknown_case)]);
    expect((await store.listSetAside())[0]).toMatchObject({ key: 's-1', problem: 'unknown_case' });
  });

  it('says which part of a link it does not know (data-link-error), and still reaches the start', async () => {
    const { root, done } = boot(new InMemoryRecordStore(), '?case=no_such_case&mode=exam&trainee=Ana');
    await done;
    const errors = [...root.querySelectorAll('[data-link-error]')].map((p) => p.textContent);
    expect(errors).toEqual([es.linkProblem('case', 'no_such_case'), es.linkProblem('mode', 'exam')]);
    expect(root.querySelector('#trainee-name')).not.toBeNull();
  });

  it('resumes an autosave whose ink state and machine state are garbage, at its step, with its history', async () => {
    const store = new InMemoryRecordStore();
    store.putRaw('autosave', 's-1', await goodSave());
    localStorage.setItem(activeKey, JSON.stringify({ sessionId: 's-1', caseId: 'lost_child_5', lang: 'es' }));
    const { root, done } = boot(store);
    await done;
    expect(root.querySelector('.dialogue')?.getAttribute('data-step')).toBe('1');
    expect(root.querySelectorAll('[role="log"] li.choice')).toHaveLength(1);
    expect(root.querySelector('.case-screen .notice')?.textContent).toBe(es.resuming);
    expect(await store.listSetAside()).toEqual([]);
    expect(await store.loadProgress('s-1')).toMatchObject({
      run: { choices: [0], story: { step: { index: 1 } } },
    });
  });

  it('sets aside stored records without trainee or scores, and still lists the cases with the good ones', async () => {
    const store = new InMemoryRecordStore();
    const json = await loadStory('lost_child_5', 'es');
    const good = {
      ...fakeRecord('r-good'),
      storyHash: storyHash(json),
      trainee: { name: 'Ana', code: 'CAD-1' },
    };
    const { trainee, ...noTrainee } = fakeRecord('r-no-trainee');
    const { scores, ...noScores } = { ...good, recordId: 'r-no-scores' };
    void [trainee, scores];
    store.putRaw('record', 'r-good', good);
    store.putRaw('record', 'r-no-trainee', noTrainee);
    store.putRaw('record', 'r-no-scores', noScores);
    localStorage.setItem(traineeKey, JSON.stringify({ name: 'Ana', code: 'CAD-1', mode: 'practice' }));
    const { root, done } = boot(store);
    await done;
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await until(() => root.querySelector('.case-list') !== null);
    expect(notices(root)).toEqual([es.recordsSetAside(2)]);
    expect((await store.listSetAside()).map((i) => i.key).sort()).toEqual(['r-no-scores', 'r-no-trainee']);
    expect((await store.listRecords()).map((e) => e.key)).toEqual(['r-good']);
  });

  it('shows the start screen, offering the data set aside, when every remembered value is garbage', async () => {
    const store = new InMemoryRecordStore();
    store.putRaw('autosave', 's-1', 'not an autosave');
    localStorage.setItem(activeKey, '{"sessionId":"s-1"');
    localStorage.setItem(traineeKey, '[42]');
    localStorage.setItem('primer-contacto:settings', '{"lang":"klingon","textSize":"huge"}');
    await store.setAside({
      id: 'x',
      kind: 'record',
      key: 'r',
      problem: 'damaged',
      reason: 'r',
      data: null,
      at: 1,
    });
    const { root, done } = boot(store);
    await done;
    expect(root.querySelector('#trainee-name')).not.toBeNull();
    expect(root.querySelector('[data-download-set-aside]')?.textContent).toBe(es.downloadSetAside);
  });

  it('reaches a usable screen, and says what went wrong, when the store itself fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = new Proxy(new InMemoryRecordStore(), {
      get: () => () => Promise.reject(new Error('the database is closed')),
    });
    localStorage.setItem(activeKey, JSON.stringify({ sessionId: 's-1', caseId: 'lost_child_5', lang: 'es' }));
    localStorage.setItem(traineeKey, JSON.stringify({ name: 'Ana', code: 'CAD-1', mode: 'practice' }));
    const { root, done } = boot(failing);
    await done;
    await until(() => root.querySelector('#trainee-name, .case-list') !== null);
    expect(notices(root).join(' ')).toContain('the database is closed');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(localStorage.getItem(activeKey)).toBeNull();
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}
