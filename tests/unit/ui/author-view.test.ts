import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import type { Language } from '../../../src/core/language.ts';
import type { Verdict } from '../../../src/core/protocol/verdict.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { App } from '../../../src/ui/app.ts';
import { authorVerdictText } from '../../../src/ui/author-panel.ts';
import { axeViolations } from '../../support/axe.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

async function boot(search: string, lang: Language, authorAllowed = true): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  let ids = 0;
  localStorage.setItem('primer-contacto:settings', JSON.stringify({ lang, textSpeed: 'instant' }));
  const app = new App({
    root,
    preferences: new LocalStoragePreferences(localStorage),
    store: new InMemoryRecordStore(),
    audio: new SilentAudioPlayer(),
    clock: new FixedClock(),
    newId: () => `id-${++ids}`,
    createStage: () => new Promise(() => {}),
    authorAllowed,
    prefersReducedMotion: true,
  });
  await app.boot(search);
  return root;
}

/** Follows the content note into the case and waits for the first options. */
async function play(root: HTMLElement): Promise<void> {
  root.querySelector<HTMLButtonElement>('[data-start-case]')?.click();
  await until(() => root.querySelector('.dialogue[data-step="0"] [data-choice-index]') !== null);
}

const verdictLines = (root: HTMLElement) =>
  [...root.querySelectorAll('.author-verdicts li')].map((li) => li.textContent ?? '');

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('the author view (?author=1)', () => {
  it('opens the case without asking a name: no start form, the content note, then the panel', async () => {
    const root = await boot('?author=1&case=lost_child_5', 'es');
    expect(root.querySelector('.start-form')).toBeNull();
    expect(root.querySelector('[data-start-case]')).not.toBeNull();
    await play(root);
    expect(root.querySelector('[data-author-panel] h2')?.textContent).toBe(stringsFor('es').authorTitle);
  });

  it.each(['es', 'en'] as const)('in the %s interface, lists verdicts in that language', async (lang) => {
    const t = stringsFor(lang);
    const root = await boot(`?author=1&case=lost_child_5&lang=${lang}`, lang);
    await play(root);
    root.querySelector<HTMLButtonElement>('[data-choice-index="0"]')?.click();
    await until(() => verdictLines(root).length > 0);
    const lines = verdictLines(root);
    for (const line of lines) {
      expect(line).toMatch(new RegExp(`^${t.step(1)} · [A-Z]{3}-\\d\\d · (${t.met}|${t.violated} \\()`));
      expect(line).not.toMatch(/\b(met|violated|not_reached|minor|major|critical)\b/);
    }
    expect(root.querySelector('[data-author-jump]')?.textContent).toBe(t.authorGo);
  });

  it('labels every control and passes axe, verdicts shown', async () => {
    const root = await boot('?author=1&case=lost_child_5', 'es');
    await play(root);
    root.querySelector<HTMLButtonElement>('[data-choice-index="1"]')?.click();
    await until(() => verdictLines(root).length > 0);
    const panel = root.querySelector<HTMLElement>('[data-author-panel]')!;
    const select = panel.querySelector('select')!;
    expect(panel.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(stringsFor('es').authorJump);
    expect(await axeViolations(panel)).toEqual([]);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('outside dev builds the author link is an ordinary link: the start screen asks for a name', async () => {
    const root = await boot('?author=1&case=lost_child_5', 'es', false);
    expect(root.querySelector('.start-form')).not.toBeNull();
    expect(root.querySelector('[data-author-panel]')).toBeNull();
  });
});

describe('authorVerdictText', () => {
  const verdict = (outcome: Verdict['outcome']): Verdict => ({
    standard: 'ENV-01',
    outcome,
    severity: 'major',
    step: 2,
    action: 'talk_in_public_area',
    cause: 'action',
    params: {},
  });

  it('says outcome and severity in the interface language', () => {
    expect(authorVerdictText(verdict('violated'), stringsFor('es'), 'es')).toMatch(
      /^Decisión 3 · ENV-01 · Incumplido \(grave\) — /,
    );
    expect(authorVerdictText(verdict('violated'), stringsFor('en'), 'en')).toMatch(
      /^Decision 3 · ENV-01 · Not met \(major\) — /,
    );
    expect(authorVerdictText(verdict('not_reached'), stringsFor('es'), 'es')).toMatch(
      /^Decisión 3 · ENV-01 · No alcanzado — /,
    );
  });
});
