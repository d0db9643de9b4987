import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/core/protocol/verdict.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { CoachPanel } from '../../../src/ui/coach-panel.ts';
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
    const live = coach.element.querySelector('[aria-live="polite"]');
    const heads = [...(live?.querySelectorAll('li > strong') ?? [])].map((s) => s.textContent);
    expect(heads[0]).toMatch(/^✓ Bien hecho · REC-01 /);
    expect(heads[1]).toMatch(/^✗ A revisar · ENV-01 /);
    expect(coach.element.dataset.shown).toBe('true');
    expect(await axeViolations(coach.element)).toEqual([]);
  });
});
