import type { ActionId } from '../../src/core/protocol/actions.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';
import type { StoryStep } from '../../src/core/story/story-step.ts';

/** One option of a decision: how many of the class took it, and whether it violates nothing there. */
export interface ItemOption {
  readonly id: string;
  readonly text: string;
  readonly actions: readonly ActionId[];
  readonly chosen: number;
  /** chosen / reached, 0–100, rounded. */
  readonly share: number;
  readonly compliant: boolean;
}

/** One decision of a case (the same set of options), as the class met it. */
export interface ItemDecision {
  readonly key: string;
  /** The decision number (0-based) at which it was first met. */
  readonly step: number;
  /** The last story line before the options. */
  readonly prompt: string;
  readonly reached: number;
  readonly options: readonly ItemOption[];
}

export interface ReplayInput {
  readonly json: string;
  readonly seed: number;
  readonly choices: readonly number[];
}

const optionId = (o: StoryStep['options'][number]) => o.where ?? o.text;

/** Which options of the current step add no violation at this step (tried from the saved state). */
function compliantOptions(run: CaseRun): Set<string> {
  const before = run.save();
  const step = run.step;
  const known = run.context.verdicts.length;
  const ok = new Set<string>();
  for (const option of step.options) {
    run.restore(before);
    run.choose(option.index);
    const added = run.context.verdicts.slice(known).filter((v) => v.step === step.index);
    if (!added.some((v) => v.outcome === 'violated')) ok.add(optionId(option));
  }
  run.restore(before);
  return ok;
}

/**
 * The item analysis of a case: every record's choices are replayed through its story
 * with the engine, so the options offered at each decision are the ones the trainee saw
 * (options are identified by their place in the ink source, not their index or text).
 * A decision is known by its set of options; the compliant ones are found by trying each
 * option from the state in which the class first met that decision.
 */
export function itemAnalysis(inputs: readonly ReplayInput[]): ItemDecision[] {
  type Acc = {
    step: number;
    prompt: string;
    reached: number;
    options: Map<string, { text: string; actions: readonly ActionId[]; chosen: number; compliant: boolean }>;
  };
  const decisions = new Map<string, Acc>();
  for (const input of inputs) {
    const run = new CaseRun({ json: input.json, seed: input.seed });
    run.start();
    for (const choice of input.choices) {
      const step = run.step;
      const picked = step.options[choice];
      if (step.isEnd || !picked) break;
      const key = step.options.map(optionId).sort().join('|');
      let acc = decisions.get(key);
      if (!acc) {
        const compliant = compliantOptions(run);
        const lines = step.lines.filter((l) => l.text.trim() !== '');
        acc = {
          step: step.index,
          prompt: lines[lines.length - 1]?.text ?? '',
          reached: 0,
          options: new Map(),
        };
        for (const o of step.options)
          acc.options.set(optionId(o), {
            text: o.text,
            actions: o.actions,
            chosen: 0,
            compliant: compliant.has(optionId(o)),
          });
        decisions.set(key, acc);
      }
      acc.reached++;
      acc.options.get(optionId(picked))!.chosen++;
      run.choose(choice);
    }
  }
  return [...decisions.entries()]
    .map(([key, acc]) => ({
      key,
      step: acc.step,
      prompt: acc.prompt,
      reached: acc.reached,
      options: [...acc.options.entries()].map(([id, o]) => ({
        id,
        text: o.text,
        actions: o.actions,
        chosen: o.chosen,
        share: Math.round((o.chosen / acc.reached) * 100),
        compliant: o.compliant,
      })),
    }))
    .sort((a, b) => a.step - b.step || b.reached - a.reached);
}
