import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseEntry } from '../../../src/cases/case-catalog.ts';
import { makeRecord } from '../../../src/core/record/make-record.ts';
import { playPath } from '../../../src/core/record/play-path.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import type { CaseInfo } from '../../../src/core/story/case-info.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { caseSelect, type CaseSelectOptions } from '../../../src/ui/case-select.ts';
import { axeViolations } from '../../support/axe.ts';
import { fixtureJson } from '../../support/fixtures.ts';

const strings = stringsFor('en');

function info(caseId: string, title: string, lang: 'es' | 'en'): CaseInfo {
  return {
    caseId,
    title,
    persona: 'milagros',
    age: 8,
    type: 'domestic_violence',
    requires: ['register_report'],
  key: [],
    trust: 3,
    distress: 5,
    contentNote: `${title}: family violence.`,
    summary: `${title}, in short.`,
    lang,
  };
}

const cases: readonly CaseEntry[] = [
  { caseId: 'alpha', info: { es: info('alpha', 'Alfa', 'es'), en: info('alpha', 'Alpha', 'en') } },
  { caseId: 'beta', info: { es: info('beta', 'Beta (solo es)', 'es') } },
  { caseId: 'gamma', info: { en: info('gamma', 'Gamma', 'en') } },
];

const played = makeRecord({
  run: playPath({ json: fixtureJson('basic/tiny.ink'), choices: [0, 0] }),
  recordId: 'r-0',
  trainee: { name: 'Rosa Q.', code: 'CAD-7' },
  mode: 'practice',
  storyHash: 'hash',
  seed: 0,
  startedAt: 1_000,
  endedAt: 5_000,
});

function result(recordId: string, caseId: string, overall: number, passed: boolean): SessionRecord {
  return { ...played, recordId, caseId, passed, scores: { ...played.scores, overall } };
}

function select(overrides: Partial<CaseSelectOptions> = {}) {
  const options: CaseSelectOptions = { strings, lang: 'en', cases, records: [], onPick: vi.fn(), onSettings: vi.fn(), ...overrides };
  return { view: caseSelect(options), options };
}

const cardOf = (view: HTMLElement, caseId: string) => view.querySelector(`[data-case="${caseId}"]`)?.closest('.case-card');

afterEach(() => document.body.replaceChildren());

describe('caseSelect', () => {
  it('shows one card per case in the chosen language, falling back to Spanish', () => {
    const { view } = select({ lang: 'en' });
    expect([...view.querySelectorAll('.case-open')].map((b) => b.textContent)).toEqual(['Alpha', 'Beta (solo es)', 'Gamma']);
  });

  it('leaves out a case with neither the chosen language nor Spanish', () => {
    const { view } = select({ lang: 'es' });
    expect([...view.querySelectorAll<HTMLElement>('.case-open')].map((b) => b.dataset.case)).toEqual(['alpha', 'beta']);
  });

  it('shows the best result of each case from the records, and says when a case was never played', () => {
    const records = [result('r-1', 'alpha', 40, false), result('r-2', 'alpha', 90, true), result('r-3', 'alpha', 70, false), result('r-4', 'beta', 55, false)];
    const { view } = select({ records });
    expect(cardOf(view, 'alpha')?.querySelector('.best')?.textContent).toBe(strings.bestResult(90, true));
    expect(cardOf(view, 'beta')?.querySelector('.best')?.textContent).toBe(strings.bestResult(55, false));
    expect(cardOf(view, 'gamma')?.querySelector('.best')?.textContent).toBe(strings.noResultYet);
  });

  it('shows the age, the kind of case and the content note on each card', () => {
    const { view } = select();
    const card = cardOf(view, 'alpha');
    expect(card?.querySelector('.meta')?.textContent).toBe(`${strings.age(8)} · ${strings.caseTypes.domestic_violence}`);
    expect(card?.querySelector('.note')?.textContent).toBe('⚠ Alpha: family violence.');
  });

  it('picks the case whose title is pressed', () => {
    const { view, options } = select();
    view.querySelector<HTMLButtonElement>('[data-case="beta"]')?.click();
    expect(options.onPick).toHaveBeenCalledExactlyOnceWith('beta');
  });

  it('opens the settings from its button', () => {
    const { view, options } = select();
    view.querySelector<HTMLButtonElement>('.settings-button')?.click();
    expect(options.onSettings).toHaveBeenCalledOnce();
  });

  it('is accessible', async () => {
    const { view } = select({ records: [result('r-1', 'alpha', 90, true)] });
    expect(await axeViolations(view)).toEqual([]);
  });
});
