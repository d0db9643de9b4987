import type { ActionId } from '../protocol/actions.ts';
import type { Verdict } from '../protocol/verdict.ts';
import { CaseRun } from '../run/case-run.ts';
import { optionAt } from '../story/story-step.ts';

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
  /**
   * For a violation no option at its own step avoided: the latest earlier decision at which
   * the trainee's choice violated something while a compliant option was on offer.
   */
  readonly keyStep?: number;
}

/** How the case ended, for the debrief's header. */
export interface CaseEnd {
  /** The last decision (0-based step) the trainee took. */
  readonly endedAt: number;
  /** True when something required was never offered: the case ended before it. */
  readonly endedEarly: boolean;
  /**
   * The decision that ended the case: the last one whose verdicts pushed the child's
   * distress up, or else the last decision (the ending's own trigger).
   */
  readonly decisive: number;
}

/** Reads how a case ended from its verdicts and the child's levels (index = step). */
export function caseEnd(
  verdicts: readonly Verdict[],
  levels: readonly { readonly distress: number }[],
  choices: number,
): CaseEnd {
  const endedAt = Math.max(0, choices - 1);
  const endedEarly = verdicts.some((v) => v.outcome === 'not_reached');
  let decisive = endedAt;
  if (endedEarly) {
    for (let step = endedAt; step >= 0; step--) {
      const before = levels[step]?.distress ?? 0;
      const after = levels[step + 1]?.distress ?? before;
      const violated = verdicts.some((v) => v.step === step && v.outcome === 'violated');
      if (violated && after > before) {
        decisive = step;
        break;
      }
    }
  }
  return { endedAt, endedEarly, decisive };
}

export interface DebriefStep {
  readonly step: number;
  /** The option the trainee took at this step, or null for the verdicts of the end. */
  readonly chosen: {
    readonly index: number;
    readonly text: string;
    readonly actions: readonly ActionId[];
  } | null;
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
    const option = optionAt(step, choice);
    chosen.push(option ? { index: option.index, text: option.text, actions: option.actions } : null);
    offered.push({ step: step.index, compliant });
    run.choose(choice);
  }
  const alternativesFor = (v: Verdict): Alternative[] => {
    if (v.outcome !== 'violated') return [];
    if (v.cause === 'missing_requirement' && v.action) {
      const missing = v.action;
      return offered.flatMap((o) => o.compliant.filter((a) => a.actions.includes(missing)));
    }
    return [...(offered.find((o) => o.step === v.step)?.compliant ?? [])];
  };
  const slipped = new Set(run.context.verdicts.filter((v) => v.outcome === 'violated').map((v) => v.step));
  const keyStepFor = (v: Verdict, alternatives: readonly Alternative[]): number | undefined => {
    if (v.outcome !== 'violated' || alternatives.length > 0) return undefined;
    const earlier = offered.filter((o) => o.step < v.step && slipped.has(o.step) && o.compliant.length > 0);
    return earlier[earlier.length - 1]?.step;
  };
  const byStep = new Map<number, DebriefVerdict[]>();
  for (const v of run.context.verdicts) {
    const list = byStep.get(v.step) ?? [];
    const alternatives = alternativesFor(v);
    const keyStep = keyStepFor(v, alternatives);
    list.push({ ...v, alternatives, ...(keyStep === undefined ? {} : { keyStep }) });
    byStep.set(v.step, list);
  }
  const steps: DebriefStep[] = choices.map((_, i) => ({
    step: i,
    chosen: chosen[i] ?? null,
    verdicts: byStep.get(i) ?? [],
  }));
  const end = byStep.get(choices.length);
  if (end) steps.push({ step: choices.length, chosen: null, verdicts: end });
  return steps;
}
