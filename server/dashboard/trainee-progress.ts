import { severityWeight, worseSeverity, type Severity } from '../../src/core/protocol/severity.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import type { AttemptFacts } from './attempt-facts.ts';
import type { CaseSummary } from './case-catalog.ts';
import { passedUnder, type ClassRule } from './overview.ts';

/** One point of a trainee's learning curve: an attempt, its overall and per-competency scores. */
export interface CurvePoint {
  readonly recordId: string;
  readonly caseId: string;
  readonly mode: string;
  readonly language: string;
  readonly status: string;
  readonly endedAt: number;
  readonly overall: number | null;
  readonly passed: boolean | null;
  readonly competencies: Readonly<Record<string, number>>;
}

export function learningCurve(attempts: readonly AttemptFacts[], rule: ClassRule): CurvePoint[] {
  return [...attempts]
    .sort((a, b) => a.endedAt - b.endedAt || (a.recordId < b.recordId ? -1 : 1))
    .map((a) => ({
      recordId: a.recordId,
      caseId: a.caseId,
      mode: a.mode,
      language: a.language,
      status: a.status,
      endedAt: a.endedAt,
      overall: a.overall,
      passed: passedUnder(a, rule),
      competencies: a.competencies,
    }));
}

/** A standard a trainee violated: in how many attempts, which cases, worst severity. */
export interface Missed {
  readonly standard: StandardId;
  readonly attempts: number;
  readonly cases: readonly string[];
  readonly worst: Severity;
  /** Violated in two attempts or more. */
  readonly repeated: boolean;
}

/** The standards a trainee violated, most often first (then worst, then id). */
export function missedStandards(attempts: readonly AttemptFacts[]): Missed[] {
  const acc = new Map<StandardId, { attempts: number; cases: Set<string>; worst: Severity }>();
  for (const a of attempts) {
    if (!a.statuses) continue;
    for (const s of a.statuses) {
      if (s.outcome !== 'violated') continue;
      const m = acc.get(s.standard);
      if (m) {
        m.attempts++;
        m.cases.add(a.caseId);
        m.worst = worseSeverity(m.worst, s.severity);
      } else acc.set(s.standard, { attempts: 1, cases: new Set([a.caseId]), worst: s.severity });
    }
  }
  return [...acc.entries()]
    .map(([standard, m]) => ({
      standard,
      attempts: m.attempts,
      cases: [...m.cases].sort(),
      worst: m.worst,
      repeated: m.attempts >= 2,
    }))
    .sort(
      (a, b) =>
        b.attempts - a.attempts ||
        severityWeight[b.worst] - severityWeight[a.worst] ||
        (a.standard < b.standard ? -1 : 1),
    );
}

export interface Recommendation {
  readonly caseId: string;
  /** The missed standards this case trains. */
  readonly standards: readonly StandardId[];
  /** Misses × severity weight of those standards: why this case and not another. */
  readonly weight: number;
}

/**
 * The case that trains the standards this trainee misses most: each case scores the sum,
 * over the standards it trains, of the trainee's misses times the worst severity's weight.
 * Ties go to an assigned case, then to the case tried least, then by id. With nothing
 * missed, the first assigned (else any) case not yet passed.
 */
export function recommendCase(
  attempts: readonly AttemptFacts[],
  cases: readonly CaseSummary[],
  rule: ClassRule,
  assigned: readonly string[] = [],
): Recommendation | null {
  const missed = new Map(missedStandards(attempts).map((m) => [m.standard, m]));
  const tries = (caseId: string) => attempts.filter((a) => a.caseId === caseId).length;
  const pool = assigned.length ? cases.filter((c) => assigned.includes(c.caseId)) : cases;
  const rank = (c: CaseSummary) => (assigned.includes(c.caseId) ? 0 : 1);
  const scored = (pool.length ? pool : cases).map((c) => {
    const standards = c.trains.filter((s) => missed.has(s));
    const weight = standards.reduce((w, s) => {
      const m = missed.get(s)!;
      return w + m.attempts * severityWeight[m.worst];
    }, 0);
    return { caseId: c.caseId, standards, weight, rank: rank(c), tries: tries(c.caseId) };
  });
  scored.sort(
    (a, b) => b.weight - a.weight || a.rank - b.rank || a.tries - b.tries || (a.caseId < b.caseId ? -1 : 1),
  );
  const best = scored[0];
  if (best && best.weight > 0) return { caseId: best.caseId, standards: best.standards, weight: best.weight };
  const passed = new Set(attempts.filter((a) => passedUnder(a, rule)).map((a) => a.caseId));
  const next = scored.find((s) => !passed.has(s.caseId));
  return next ? { caseId: next.caseId, standards: [], weight: 0 } : null;
}
