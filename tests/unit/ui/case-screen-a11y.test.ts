import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import { es } from '../../../src/i18n/es.ts';
import { App } from '../../../src/ui/app.ts';
import { axeViolations } from '../../support/axe.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

async function startCase(mode: 'practice' | 'evaluation'): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  let ids = 0;
  const app = new App({
    root,
    preferences: new LocalStoragePreferences(localStorage),
    store: new InMemoryRecordStore(),
    audio: new SilentAudioPlayer(),
    clock: new FixedClock(),
    newId: () => `id-${++ids}`,
    createStage: () => new Promise(() => {}),
    authorAllowed: false,
    prefersReducedMotion: true,
  });
  localStorage.setItem('primer-contacto:settings', JSON.stringify({ lang: 'es', textSpeed: 'instant' }));
  await app.boot(`?case=lost_child_5&lang=es&mode=${mode}&trainee=Lectora`);
  expect(document.title).toBe(es.pageTitle(es.contentNoteTitle));
  root.querySelector<HTMLButtonElement>('[data-start-case]')?.click();
  await until(() => root.querySelector('.dialogue[data-step="0"] [data-choice-index]') !== null);
  return root;
}

const step = (root: HTMLElement) => root.querySelector('.dialogue')?.getAttribute('data-step');

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('the case screen for a screen reader', () => {
  it('labels the narrative and the options differently, and marks the pause control', async () => {
    const root = await startCase('practice');
    const narrative = root.querySelector('.dialogue')?.getAttribute('aria-label');
    const options = root.querySelector('.dialogue-options')?.getAttribute('aria-label');
    expect(narrative).toBe(es.narrativeLabel);
    expect(options).toBe(es.optionsLabel);
    expect(narrative).not.toBe(options);
    expect(root.querySelector('.dialogue-lines')?.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('[data-pause]')?.textContent).toBe(es.pause);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('titles the page per decision and says the coach comment and the meter change after a choice', async () => {
    const root = await startCase('practice');
    const title = root.querySelector('#case-title')?.textContent ?? '';
    expect(document.title).toBe(es.pageTitle(es.decisionTitle(title, 1)));
    root.querySelector<HTMLButtonElement>('[data-choice-index="0"]')?.click();
    await until(() => step(root) === '1');
    expect(document.title).toBe(es.pageTitle(es.decisionTitle(title, 2)));
    const live = root.querySelector('[data-coach] [aria-live="polite"]');
    await until(() => /[✓✗]/.test(live?.textContent ?? '')); // the standards' texts load in their own chunk
    expect(live?.textContent).toMatch(/[✓✗]/);
    // the comment comes before the next lines and options in reading order
    const coach = root.querySelector('[data-coach]');
    const dialogue = root.querySelector('.dialogue');
    expect(
      coach && dialogue && coach.compareDocumentPosition(dialogue) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const status = root.querySelector('[data-meter-change]');
    expect(status?.getAttribute('role')).toBe('status');
    // the meters and what they say follow the next options, once those are painted
    await until(() => (status?.textContent ?? '') !== '');
    expect(status?.textContent).toMatch(
      /Ana Lucía (se calma un poco|se angustia más|confía (más|menos) en ti)\./,
    );
  });

  it('has no coach in evaluation mode, but the same labels and titles', async () => {
    const root = await startCase('evaluation');
    expect(root.querySelector('[data-coach]')).toBeNull();
    expect(root.querySelector('[data-meter-change]')).toBeNull();
    expect(root.querySelector('.dialogue')?.getAttribute('aria-label')).toBe(es.narrativeLabel);
  });
});
