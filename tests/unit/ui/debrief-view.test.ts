import { afterEach, describe, expect, it, vi } from 'vitest';
import { competencies, competencyTitles } from '../../../src/core/protocol/competencies.ts';
import { debrief } from '../../../src/core/record/debrief.ts';
import { playPath } from '../../../src/core/record/play-path.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { debriefView, type DebriefInput } from '../../../src/ui/debrief-view.ts';
import { axeViolations } from '../../support/axe.ts';
import { fakeRecord } from '../../support/fakes.ts';
import { fixtureJson } from '../../support/fixtures.ts';

const strings = stringsFor('es');

function input(path: string, choices: readonly number[]): DebriefInput {
  const json = fixtureJson(path);
  const record = fakeRecord('r-1', choices, path);
  const endingLines = playPath({ json, choices }).step.lines;
  return {
    record,
    steps: debrief(json, choices),
    endingLines,
    strings,
    onRetry: vi.fn(),
    onOtherCase: vi.fn(),
  };
}

const suspectLetIn = () => input('situations/suspect.ink', [0, 1]);
const tinyBest = () => input('basic/tiny.ink', [0, 0]);

afterEach(() => document.body.replaceChildren());

describe('debriefView', () => {
  it('marks a case with a critical violation as not passed', () => {
    const view = debriefView(suspectLetIn());
    expect(view.dataset.debrief).toBe('failed');
    expect(view.querySelector('.result strong')?.textContent).toBe(strings.notPassed);
    expect(view.querySelector('.critical-note')?.textContent).toBe(strings.criticalNote);
  });

  it('marks a case played by the protocol as passed', () => {
    const view = debriefView(tinyBest());
    expect(view.dataset.debrief).toBe('passed');
    expect(view.querySelector('.result strong')?.textContent).toBe(strings.passed);
    expect(view.querySelector('.result')?.textContent).toContain('100/100');
    expect(view.querySelector('.critical-note')).toBeNull();
  });

  it('names the result in its heading, the first thing heard when the debrief opens', () => {
    expect(debriefView(tinyBest()).querySelector('h1')?.textContent).toBe('Resultado: Aprobado, 100');
    const failed = suspectLetIn();
    expect(debriefView(failed).querySelector('h1')?.textContent).toBe(
      `Resultado: No aprobado, ${failed.record.scores.overall}`,
    );
  });

  it('draws one bar per scored competency, valued at its score', () => {
    const given = suspectLetIn();
    const view = debriefView(given);
    const bars = [...view.querySelectorAll('[role="meter"]')].map((bar) => [
      view.querySelector(`#${bar.getAttribute('aria-labelledby') ?? ''}`)?.textContent,
      bar.getAttribute('aria-valuenow'),
    ]);
    const scored = competencies.filter((c) => given.record.scores.competencies[c] !== undefined);
    expect(bars).toEqual(
      scored.map((c) => [competencyTitles[c].es, String(given.record.scores.competencies[c])]),
    );
    // register_report is required but suspect.ink never offers it: not reached, so REF is not scored.
    expect(bars).toHaveLength(1);
  });

  it('shows, for each violation, the compliant option the engine found, or says there was none', () => {
    const given = suspectLetIn();
    const view = debriefView(given);
    const shown = [...view.querySelectorAll('.verdict.violated .alternative')].map((p) => p.textContent);
    const expected = given.steps
      .flatMap((s) => s.verdicts.filter((v) => v.outcome === 'violated'))
      .map((v) =>
        v.alternatives[0]
          ? `${strings.compliantOption}: «${v.alternatives[0].text}»`
          : strings.noCompliantOption,
      );
    expect(shown).toEqual(expected);
    expect(shown).toContain(`${strings.compliantOption}: «Pedir a un colega que lo lleve a otra oficina.»`);
  });

  it('shows no compliant option under a standard that was met', () => {
    const view = debriefView(tinyBest());
    expect(view.querySelectorAll('.verdict.met')).toHaveLength(2);
    expect(view.querySelectorAll('.alternative')).toHaveLength(0);
  });

  it('lists every decision with the option the trainee chose', () => {
    const view = debriefView(suspectLetIn());
    expect([...view.querySelectorAll('.timeline-step .chosen')].map((p) => p.textContent)).toEqual([
      `${strings.youChose}: Ir a la sala.`,
      `${strings.youChose}: Dejar que pase a saludar.`,
    ]);
  });

  it('plots one distress point per level of the child', () => {
    const given = suspectLetIn();
    const view = debriefView(given);
    expect(view.querySelectorAll('svg .point.distress')).toHaveLength(given.record.levels.length);
    expect(given.record.levels).toHaveLength(3);
  });

  it('tells how the case ended for the child', () => {
    const view = debriefView(tinyBest());
    expect(view.querySelector('.ending p')?.textContent).toBe('Listo.');
  });

  it('retries the case or returns to the cases from its buttons', () => {
    const given = suspectLetIn();
    const view = debriefView(given);
    const [retry, other] = view.querySelectorAll<HTMLButtonElement>('.actions button');
    retry?.click();
    expect(given.onRetry).toHaveBeenCalledOnce();
    expect(given.onOtherCase).not.toHaveBeenCalled();
    other?.click();
    expect(given.onOtherCase).toHaveBeenCalledOnce();
  });

  it('is accessible', async () => {
    expect(await axeViolations(debriefView(suspectLetIn()))).toEqual([]);
  });
});

describe('debriefView: why the case failed, how it ended, what was never reached', () => {
  it('names each violation that failed the case in its header, marking key standards', () => {
    const given = { ...suspectLetIn(), key: ['ENV-03' as const] };
    const view = debriefView(given);
    const section = view.querySelector('.failed-because');
    expect(section?.getAttribute('data-failed-by')).toBe('ENV-03');
    expect(section?.textContent).toContain('ENV-03');
    expect(section?.textContent).toContain('estándar clave del caso');
    expect(section?.textContent).toContain('falta crítica');
  });

  it('shows a requirement the case never offered as not reached, with the decision the case ended at, in the reader’s language', () => {
    const base = tinyBest();
    const notReached = {
      standard: 'REF-04' as const,
      outcome: 'not_reached' as const,
      severity: 'major' as const,
      step: 2,
      action: 'refer_to_cem' as const,
      cause: 'missing_requirement' as const,
      params: { endedAt: 1 },
    };
    const record = { ...base.record, verdicts: [...base.record.verdicts, notReached] };
    const steps = [
      ...base.steps.slice(0, 2),
      { step: 2, chosen: null, verdicts: [{ ...notReached, alternatives: [] }] },
    ];
    const view = debriefView({ ...base, record, steps, lang: 'en' });
    const item = view.querySelector('[data-outcome="not_reached"]');
    expect(item?.textContent).toContain('Not reached: the case ended at decision 2');
    expect(item?.querySelector('.reason')?.textContent).toBe(
      'Not reached: “Refer to the Centro Emergencia Mujer and give Línea 100 and Chat 100” was never offered because the case ended at decision 2',
    );
    expect(view.querySelector('.case-end')?.getAttribute('data-ended-at')).toBe('2');
  });
});
