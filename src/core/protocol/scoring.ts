import { competencies, type Competency } from './competencies.ts';
import { severityWeight, worseSeverity, type Severity } from './severity.ts';
import type { StandardId } from './standard-ids.ts';
import { baseSeverityOf, competencyOf } from './standard-facts.ts';
import type { Outcome, Verdict } from './verdict.ts';

/** How one standard counts in a case: violated (with its worst severity) beats met. */
export interface StandardStatus {
  readonly standard: StandardId;
  readonly outcome: Outcome;
  readonly severity: Severity;
}

export interface Scores {
  /** 0–100, rounded to a whole number. */
  readonly overall: number;
  /** 0–100 per competency; a competency is absent when nothing in it counted. */
  readonly competencies: Partial<Record<Competency, number>>;
}

export interface CaseResult {
  readonly scores: Scores;
  readonly passed: boolean;
  readonly hasCriticalViolation: boolean;
  /** The overall score is under the pass threshold. */
  readonly belowThreshold: boolean;
  /** Standards that counted (met or violated); a standard only `not_reached` is not among them. */
  readonly statuses: readonly StandardStatus[];
  /** The violations that failed the case on their own: critical ones and violated key standards. */
  readonly failedBy: readonly (StandardStatus & { readonly key: boolean })[];
  /** Standards with a `not_reached` verdict and no other: they do not count. */
  readonly notReached: readonly StandardId[];
}

export interface PassRule {
  readonly passThreshold: number;
  readonly criticalFails: boolean;
  /** The case's key standards: a violated one fails the case. */
  readonly key?: readonly StandardId[];
}

/** Each standard once per case: violated if ever violated (worst severity), else met (base severity). */
export function standardStatuses(verdicts: readonly Verdict[]): StandardStatus[] {
  const byStandard = new Map<StandardId, StandardStatus>();
  for (const v of verdicts) foldVerdict(byStandard, v);
  return [...byStandard.values()];
}

/** One verdict into the statuses so far (standardStatuses, one step at a time). */
export function foldVerdict(byStandard: Map<StandardId, StandardStatus>, v: Verdict): void {
  if (v.outcome === 'not_reached') return;
  const prev = byStandard.get(v.standard);
  if (v.outcome === 'violated') {
    const severity = prev?.outcome === 'violated' ? worseSeverity(prev.severity, v.severity) : v.severity;
    byStandard.set(v.standard, { standard: v.standard, outcome: 'violated', severity });
  } else if (!prev) {
    byStandard.set(v.standard, {
      standard: v.standard,
      outcome: 'met',
      severity: baseSeverityOf(v.standard),
    });
  }
}

const percent = (num: number, den: number) => Math.round((num / den) * 100);

/**
 * The score formula and the pass rule: passed only with the overall score at or above the
 * threshold, no critical violation (when `criticalFails`) and no violated key standard.
 * `not_reached` verdicts count nowhere.
 */
export function caseResult(verdicts: readonly Verdict[], rule: PassRule): CaseResult {
  const statuses = standardStatuses(verdicts);
  const sums = new Map<Competency, { num: number; den: number }>();
  let num = 0;
  let den = 0;
  for (const s of statuses) {
    const w = severityWeight[s.severity];
    const earned = s.outcome === 'met' ? w : 0;
    const c = competencyOf(s.standard);
    const sum = sums.get(c) ?? { num: 0, den: 0 };
    sums.set(c, { num: sum.num + earned, den: sum.den + w });
    num += earned;
    den += w;
  }
  const byCompetency: Partial<Record<Competency, number>> = {};
  for (const c of competencies) {
    const sum = sums.get(c);
    if (sum) byCompetency[c] = percent(sum.num, sum.den);
  }
  const overallExact = den === 0 ? 100 : (num / den) * 100;
  const hasCriticalViolation = statuses.some((s) => s.outcome === 'violated' && s.severity === 'critical');
  const key = new Set(rule.key ?? []);
  const failedBy = statuses
    .filter(
      (s) =>
        s.outcome === 'violated' &&
        ((rule.criticalFails && s.severity === 'critical') || key.has(s.standard)),
    )
    .map((s) => ({ ...s, key: key.has(s.standard) }));
  const belowThreshold = overallExact < rule.passThreshold;
  const counted = new Set(statuses.map((s) => s.standard));
  const notReached = [
    ...new Set(
      verdicts.filter((v) => v.outcome === 'not_reached' && !counted.has(v.standard)).map((v) => v.standard),
    ),
  ];
  return {
    scores: { overall: Math.round(overallExact), competencies: byCompetency },
    passed: !belowThreshold && failedBy.length === 0,
    hasCriticalViolation,
    belowThreshold,
    statuses,
    failedBy,
    notReached,
  };
}
