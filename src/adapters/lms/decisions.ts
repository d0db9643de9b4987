import { playPath } from '../../core/record/play-path.ts';
import { severityWeight } from '../../core/protocol/severity.ts';
import type { Verdict } from '../../core/protocol/verdict.ts';

/** One decision of a case as an LMS interaction is made of: ids and indices only, no prose. */
export interface Decision {
  /** 1-based. */
  readonly number: number;
  /** The option index the learner took (the story's, not the shuffled position on screen). */
  readonly option: number;
  /** The officer actions that option carried. */
  readonly actions: readonly string[];
  /** The standards judged at this decision, the worst first (violated before met, then by severity). */
  readonly standards: readonly { readonly standard: string; readonly outcome: 'met' | 'violated' }[];
  /** When it was made (epoch ms), when known. */
  readonly at?: number;
  /** Time taken since the step before (ms), when known. */
  readonly latencyMs?: number;
}

export interface DecisionPath {
  readonly json: string;
  readonly seed: number;
  readonly choices: readonly number[];
  readonly startedAt?: number;
  readonly choiceTimes?: readonly number[];
}

const rank = (v: Verdict) => (v.outcome === 'violated' ? 100 : 0) + severityWeight[v.severity];

/** Replays a path on its story and says, for each decision, what was chosen and which standards it met or violated. */
export function decisionsOf(path: DecisionPath): Decision[] {
  const chosen: { option: number; actions: readonly string[] }[] = [];
  const run = playPath({
    json: path.json,
    seed: path.seed,
    choices: path.choices,
    onStep: (_step, option) => {
      if (option) chosen.push({ option: option.index, actions: option.actions });
    },
  });
  const verdicts = run.context.verdicts.filter((v) => v.outcome !== 'not_reached');
  const times = path.choiceTimes?.length === path.choices.length ? path.choiceTimes : undefined;
  return chosen.map(({ option, actions }, i) => {
    const judged = verdicts.filter((v) => v.step === i).sort((a, b) => rank(b) - rank(a));
    const standards = judged
      .filter((v, k) => judged.findIndex((w) => w.standard === v.standard) === k)
      .map((v) => ({ standard: v.standard, outcome: v.outcome as 'met' | 'violated' }));
    const at = times?.[i];
    const before = i === 0 ? path.startedAt : times?.[i - 1];
    const latencyMs = at !== undefined && before !== undefined ? Math.max(0, at - before) : undefined;
    return { number: i + 1, option, actions, standards, at, latencyMs };
  });
}
