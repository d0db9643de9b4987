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
    cast: [],
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
  const options: CaseSelectOptions = {
    strings,
    lang: 'en',
    cases,
    records: [],
    onPick: vi.fn(),
    onSettings: vi.fn(),
    ...overrides,
  };
  return { view: caseSelect(options), options };
}

const cardOf = (view: HTMLElement, caseId: string) =>
  view.querySelector(`[data-case="${caseId}"]`)?.closest('.case-card');

afterEach(() => document.body.replaceChildren());

describe('caseSelect', () => {
  it('shows one card per case in the chosen language, falling back to Spanish', () => {
    const { view } = select({ lang: 'en' });
    expect([...view.querySelectorAll('.case-open')].map((b) => b.textContent)).toEqual([
      'Alpha',
      'Beta (solo es)',
      'Gamma',
    ]);
  });

  it('leaves out a case with neither the chosen language nor Spanish', () => {
    const { view } = select({ lang: 'es' });
    expect([...view.querySelectorAll<HTMLElement>('.case-open')].map((b) => b.dataset.case)).toEqual([
      'alpha',
      'beta',
    ]);
  });

  it('shows the best result of each case from the records, and says when a case was never played', () => {
    const records = [
      result('r-1', 'alpha', 40, false),
      result('r-2', 'alpha', 90, true),
      result('r-3', 'alpha', 70, false),
      result('r-4', 'beta', 55, false),
    ];
    const { view } = select({ records });
    expect(cardOf(view, 'alpha')?.querySelector('.best')?.textContent).toBe(strings.bestResult(90, true));
    expect(cardOf(view, 'beta')?.querySelector('.best')?.textContent).toBe(strings.bestResult(55, false));
    expect(cardOf(view, 'gamma')?.querySelector('.best')?.textContent).toBe(strings.noResultYet);
  });

  it('shows the age, the kind of case and the content note on each card', () => {
    const { view } = select();
    const card = cardOf(view, 'alpha');
    expect(card?.querySelector('.meta')?.textContent).toBe(
      `${strings.age(8)} · ${strings.caseTypes.domestic_violence}`,
    );
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

  it('shows attempts, the last score and what was missed last time', () => {
    const missed = {
      ...played.verdicts[0]!,
      standard: 'ENV-01' as const,
      outcome: 'violated' as const,
      severity: 'critical' as const,
    };
    const last = { ...result('r-2', 'alpha', 54, false), endedAt: 9_000, verdicts: [missed] };
    const { view } = select({ records: [result('r-1', 'alpha', 90, true), last] });
    const card = cardOf(view, 'alpha');
    expect(card?.querySelector('.attempts')?.textContent).toBe(
      `${strings.attempts(2)} · ${strings.lastScore(54, false)}`,
    );
    expect(card?.querySelector<HTMLElement>('.missed')?.dataset.missed).toBe('ENV-01');
    expect(card?.querySelector('.missed')?.textContent).toContain(strings.missedLastTime);
    expect(cardOf(view, 'gamma')?.querySelector('.attempts')).toBeNull();
  });

  it('offers to continue a case left halfway at its decision, or to start it over', () => {
    const onRestart = vi.fn();
    const { view, options } = select({ inProgress: new Map([['beta', 3]]), onRestart });
    const card = cardOf(view, 'beta');
    expect(card?.querySelector('.best')?.textContent).toBe(strings.inProgress(3));
    expect(card?.textContent).not.toContain(strings.noResultYet);
    const resume = card?.querySelector<HTMLButtonElement>('[data-continue="beta"]');
    expect(resume?.textContent).toBe(strings.continueAt(3));
    resume?.click();
    expect(options.onPick).toHaveBeenCalledExactlyOnceWith('beta');
    card?.querySelector<HTMLButtonElement>('[data-restart="beta"]')?.click();
    expect(onRestart).toHaveBeenCalledExactlyOnceWith('beta');
    expect(cardOf(view, 'alpha')?.querySelector('[data-continue]')).toBeNull();
  });

  it('recommends the case that trains what was missed most', () => {
    const withKeys: CaseEntry[] = [
      { caseId: 'alpha', info: { en: { ...info('alpha', 'Alpha', 'en'), key: ['ENV-01'] } } },
      { caseId: 'gamma', info: { en: { ...info('gamma', 'Gamma', 'en'), key: ['COM-01'] } } },
    ];
    const missed = {
      ...played.verdicts[0]!,
      standard: 'COM-01' as const,
      outcome: 'violated' as const,
      severity: 'major' as const,
    };
    const { view } = select({
      cases: withKeys,
      records: [{ ...result('r-1', 'alpha', 60, false), verdicts: [missed] }],
    });
    const box = view.querySelector<HTMLElement>('[data-recommended]');
    expect(box?.dataset.recommended).toBe('gamma');
    expect(box?.querySelector('h2')?.textContent).toBe(strings.recommendedTitle);
    expect(box?.textContent).toContain('COM-01');
    expect(cardOf(view, 'gamma')?.classList.contains('recommended')).toBe(true);
    expect(select().view.querySelector('[data-recommended]')).toBeNull();
  });

  it('is accessible', async () => {
    const { view } = select({ records: [result('r-1', 'alpha', 90, true)] });
    expect(await axeViolations(view)).toEqual([]);
  });
});
