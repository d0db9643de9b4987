import type { ActionId } from '../protocol/actions.ts';
import type { Verdict } from '../protocol/verdict.ts';
import { CaseRun } from '../run/case-run.ts';

/** An option the trainee could have taken instead, that violated nothing. */
export interface Alternative {
  readonly step: number;
  readonly index: number;
  readonly text: string;
  readonly actions: readonly ActionId[];
}

export interface DebriefVerdict extends Verdict {
  /** For a violation: the compliant options found by the engine (empty for a met standard). */
  readonly alternatives: readonly Alternative[];
}

export interface DebriefStep {
  readonly step: number;
  /** The option the trainee took at this step, or null for the verdicts of the end. */
  readonly chosen: { readonly index: number; readonly text: string; readonly actions: readonly ActionId[] } | null;
  readonly verdicts: readonly DebriefVerdict[];
}

interface StepOptions {
  readonly step: number;
  readonly compliant: readonly Alternative[];
}

/**
 * Replays a choice path and, at every step, tries each option from the saved state to
 * find those that violate nothing. Violations then carry those options as the
 * compliant alternative; a required action never taken points to the steps where an
 * option with that action was on offer.
 */
export function debrief(json: string, choices: readonly number[], seed = 0): DebriefStep[] {
  const run = new CaseRun({ json, seed });
  run.start();
  const offered: StepOptions[] = [];
  const chosen: DebriefStep['chosen'][] = [];
  for (const choice of choices) {
    const before = run.save();
    const step = before.story.step;
    const known = run.context.verdicts.length;
    const compliant: Alternative[] = [];
    for (const option of step.options) {
      run.restore(before);
      run.choose(option.index);
      const added = run.context.verdicts.slice(known).filter((v) => v.step === step.index);
      if (!added.some((v) => v.outcome === 'violated')) {
        compliant.push({ step: step.index, index: option.index, text: option.text, actions: option.actions });
      }
    }
    run.restore(before);
    const option = step.options[choice];
    chosen.push(option ? { index: option.index, text: option.text, actions: option.actions } : null);
    offered.push({ step: step.index, compliant });
    run.choose(choice);
  }
  const alternativesFor = (v: Verdict): Alternative[] => {
    if (v.outcome === 'met') return [];
    if (v.cause === 'missing_requirement' && v.action) {
      const missing = v.action;
      return offered.flatMap((o) => o.compliant.filter((a) => a.actions.includes(missing)));
    }
    return [...(offered.find((o) => o.step === v.step)?.compliant ?? [])];
  };
  const byStep = new Map<number, DebriefVerdict[]>();
  for (const v of run.context.verdicts) {
    const list = byStep.get(v.step) ?? [];
    list.push({ ...v, alternatives: alternativesFor(v) });
    byStep.set(v.step, list);
  }
  const steps: DebriefStep[] = choices.map((_, i) => ({ step: i, chosen: chosen[i] ?? null, verdicts: byStep.get(i) ?? [] }));
  const end = byStep.get(choices.length);
  if (end) steps.push({ step: choices.length, chosen: null, verdicts: end });
  return steps;
}
