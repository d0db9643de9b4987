import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../../src/core/protocol/verdict.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { CoachPanel } from '../../../src/ui/coach-panel.ts';
import { loadStandardTexts } from '../../../src/ui/standard-texts.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('es');

describe('CoachPanel', () => {
  it('is marked data-coach and its comment is a polite live region present before the first choice', () => {
    const coach = new CoachPanel(strings);
    expect(coach.element.hasAttribute('data-coach')).toBe(true);
    const live = coach.element.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(strings.coachWaiting);
    expect(coach.element.hidden).toBe(false);
  });

  it('puts ✓ and ✗ with the standard in the live region after a choice', async () => {
    const coach = new CoachPanel(strings);
    const verdicts = [
      { standard: 'REC-01', outcome: 'met', severity: 'major', step: 0, params: {} },
      { standard: 'ENV-01', outcome: 'violated', severity: 'major', step: 0, params: {} },
    ] as unknown as Verdict[];
    coach.show(verdicts, 'es');
    await loadStandardTexts(); // the texts come in their own chunk; the comment follows them
    await Promise.resolve();
    const live = coach.element.querySelector('[aria-live="polite"]');
    const heads = [...(live?.querySelectorAll('li > strong') ?? [])].map((s) => s.textContent);
    expect(heads[0]).toMatch(/^✓ Bien hecho · REC-01 /);
    expect(heads[1]).toMatch(/^✗ A revisar · ENV-01 /);
    expect(coach.element.dataset.shown).toBe('true');
    expect(await axeViolations(coach.element)).toEqual([]);
  });

  it('shows only the latest comment when two choices come before the texts have loaded', async () => {
    vi.resetModules(); // a fresh module, its texts not loaded yet
    const fresh = await import('../../../src/ui/standard-texts.ts');
    const { CoachPanel: FreshCoach } = await import('../../../src/ui/coach-panel.ts');
    expect(fresh.standardTextsNow()).toBeUndefined();
    const coach = new FreshCoach(strings);
    const verdict = (standard: string) =>
      [{ standard, outcome: 'met', severity: 'major', step: 0, params: {} }] as unknown as Verdict[];
    coach.show(verdict('REC-01'), 'es');
    coach.show(verdict('COM-01'), 'es');
    expect(coach.element.querySelectorAll('li')).toHaveLength(0);
    await fresh.loadStandardTexts();
    await Promise.resolve();
    const heads = [...coach.element.querySelectorAll('li > strong')].map((s) => s.textContent);
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(/^✓ Bien hecho · COM-01 /);
  });
});
