import { playPath } from '../../src/core/record/play-path.ts';

/** A golden path: choices in, verdicts and scores out (one JSON file per path). */
export interface Golden {
  readonly choices: readonly number[];
  readonly ending: string | null;
  /** `step standard outcome severity` per verdict, in order. */
  readonly verdicts: readonly string[];
  readonly scores: { readonly overall: number; readonly competencies: Record<string, number> };
  readonly passed: boolean;
}

export function goldenOf(json: string, choices: readonly number[]): Golden {
  const run = playPath({ json, choices });
  const result = run.result();
  return {
    choices: [...choices],
    ending: run.step.ending ?? null,
    verdicts: run.context.verdicts.map(
      (v) =>
        `${v.step} ${v.standard} ${v.outcome} ${v.severity}${v.action ? ` ${v.action}` : ''}${v.params.situation ? ` after ${v.params.situation}` : ''}`,
    ),
    scores: { overall: result.scores.overall, competencies: { ...result.scores.competencies } },
    passed: result.passed,
  };
}
