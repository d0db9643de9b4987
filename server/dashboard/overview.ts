import { caseResult } from '../../src/core/protocol/scoring.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import type { AttemptFacts } from './attempt-facts.ts';

/** What the instructor narrows the class's attempts to. Dates are epoch ms, inclusive. */
export interface AttemptFilter {
  readonly caseId?: string;
  readonly mode?: 'practice' | 'evaluation';
  readonly language?: string;
  readonly from?: number;
  readonly to?: number;
}

export function filterAttempts(attempts: readonly AttemptFacts[], f: AttemptFilter): AttemptFacts[] {
  return attempts.filter(
    (a) =>
      (!f.caseId || a.caseId === f.caseId) &&
      (!f.mode || a.mode === f.mode) &&
      (!f.language || a.language === f.language) &&
      (f.from === undefined || a.endedAt >= f.from) &&
      (f.to === undefined || a.endedAt <= f.to),
  );
}

/** The class's pass rule: its threshold, no critical violation, no violated key standard of the case. */
export interface ClassRule {
  readonly passThreshold: number;
  readonly keyOf: (caseId: string) => readonly StandardId[];
}

const passes = new WeakMap<AttemptFacts, Map<string, boolean>>();

/** Passed under the class's rule, by the server's verdicts; null when the server could not replay it. */
export function passedUnder(a: AttemptFacts, rule: ClassRule): boolean | null {
  if (!a.verdicts) return null;
  const key = rule.keyOf(a.caseId);
  const memo = `${rule.passThreshold}|${key.join(',')}`;
  const known = passes.get(a)?.get(memo);
  if (known !== undefined) return known;
  const passed = caseResult(a.verdicts, {
    passThreshold: rule.passThreshold,
    criticalFails: true,
    key,
  }).passed;
  if (!passes.has(a)) passes.set(a, new Map());
  passes.get(a)!.set(memo, passed);
  return passed;
}

export interface OverviewCell {
  readonly attempts: number;
  readonly best: number | null;
  readonly last: number | null;
  /** Some attempt passed under the class's rule (null: none could be scored). */
  readonly passed: boolean | null;
  readonly lastActivity: number;
  readonly lastRecordId: string;
}

export interface OverviewRow {
  readonly traineeId: string;
  readonly name: string;
  readonly code: string;
  readonly cells: Readonly<Record<string, OverviewCell>>;
  readonly lastActivity: number | null;
}

export interface TraineeName {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

/** Trainees × cases: attempts, best and last server score, passed, last activity. */
export function overviewRows(
  trainees: readonly TraineeName[],
  attempts: readonly AttemptFacts[],
  rule: ClassRule,
): OverviewRow[] {
  const byTrainee = new Map<string, AttemptFacts[]>();
  for (const a of attempts) {
    const list = byTrainee.get(a.traineeId);
    if (list) list.push(a);
    else byTrainee.set(a.traineeId, [a]);
  }
  return trainees.map((t) => {
    const own = [...(byTrainee.get(t.id) ?? [])].sort((a, b) => a.endedAt - b.endedAt);
    const cells: Record<string, OverviewCell> = {};
    for (const caseId of new Set(own.map((a) => a.caseId))) {
      const list = own.filter((a) => a.caseId === caseId);
      const scores = list.map((a) => a.overall).filter((s): s is number => s !== null);
      const passes = list.map((a) => passedUnder(a, rule));
      const last = list[list.length - 1]!;
      cells[caseId] = {
        attempts: list.length,
        best: scores.length ? Math.max(...scores) : null,
        last: last.overall,
        passed: passes.some((p) => p === true) ? true : passes.every((p) => p === null) ? null : false,
        lastActivity: last.endedAt,
        lastRecordId: last.recordId,
      };
    }
    const lastActivity = own.length ? own[own.length - 1]!.endedAt : null;
    return { traineeId: t.id, name: t.name, code: t.code, cells, lastActivity };
  });
}
