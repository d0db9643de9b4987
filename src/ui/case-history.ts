import type { CaseEntry } from '../cases/case-catalog.ts';
import type { StandardId } from '../core/protocol/standard-ids.ts';
import type { SessionRecord } from '../core/record/session-record.ts';

const severityRank = { critical: 3, major: 2, minor: 1 } as const;

/** What the home says about one case for one trainee. */
export interface CaseHistory {
  readonly attempts: number;
  readonly best?: { readonly score: number; readonly passed: boolean };
  readonly last?: { readonly score: number; readonly passed: boolean };
  /** The standards violated in the last attempt, worst first, each once. */
  readonly missedLast: readonly StandardId[];
  /** The decision (1-based) a case left halfway continues at. */
  readonly continueAt?: number;
}

/** The standards a record violated, worst first (then by how often), each once. */
export function missedIn(record: SessionRecord): StandardId[] {
  const worst = new Map<StandardId, { rank: number; count: number }>();
  for (const v of record.verdicts) {
    if (v.outcome !== 'violated') continue;
    const seen = worst.get(v.standard) ?? { rank: 0, count: 0 };
    worst.set(v.standard, { rank: Math.max(seen.rank, severityRank[v.severity]), count: seen.count + 1 });
  }
  return [...worst.entries()]
    .sort((a, b) => b[1].rank - a[1].rank || b[1].count - a[1].count)
    .map(([s]) => s);
}

/** One trainee's history of a case: attempts, best and last score, what was missed last time, where to continue. */
export function caseHistory(
  caseId: string,
  records: readonly SessionRecord[],
  continueAt?: number,
): CaseHistory {
  const mine = records.filter((r) => r.caseId === caseId).sort((a, b) => a.endedAt - b.endedAt);
  const last = mine[mine.length - 1];
  const best = [...mine].sort((a, b) => b.scores.overall - a.scores.overall)[0];
  return {
    attempts: mine.length,
    best: best && { score: best.scores.overall, passed: best.passed },
    last: last && { score: last.scores.overall, passed: last.passed },
    missedLast: last ? missedIn(last) : [],
    continueAt,
  };
}

/**
 * The standards this trainee misses most: over the last attempt of every case, how many cases
 * missed each standard (a critical or major miss counts double). Most missed first.
 */
export function mostMissed(records: readonly SessionRecord[]): Map<StandardId, number> {
  const lastPerCase = new Map<string, SessionRecord>();
  for (const r of records) {
    const seen = lastPerCase.get(r.caseId);
    if (!seen || seen.endedAt < r.endedAt) lastPerCase.set(r.caseId, r);
  }
  const weight = new Map<StandardId, number>();
  for (const record of lastPerCase.values()) {
    const worst = new Map<StandardId, number>();
    for (const v of record.verdicts) {
      if (v.outcome === 'violated')
        worst.set(v.standard, Math.max(worst.get(v.standard) ?? 0, v.severity === 'minor' ? 1 : 2));
    }
    for (const [standard, w] of worst) weight.set(standard, (weight.get(standard) ?? 0) + w);
  }
  return new Map([...weight.entries()].sort((a, b) => b[1] - a[1]));
}

export interface Recommendation {
  readonly caseId: string;
  /** The missed standards that case trains (its key standards), most missed first. */
  readonly standards: readonly StandardId[];
}

/**
 * "Te recomendamos": the case whose key standards weigh most among those the trainee misses.
 * Ties go to a case not yet passed, then to the one played least, then to catalogue order.
 * Nothing to recommend before a first finished case, or when nothing was missed.
 */
export function recommendedCase(
  cases: readonly CaseEntry[],
  records: readonly SessionRecord[],
): Recommendation | undefined {
  const missed = mostMissed(records);
  if (missed.size === 0) return undefined;
  const ranked = cases.map((entry, order) => {
    const key = new Set(entry.info.es?.key ?? entry.info.en?.key ?? []);
    const standards = [...missed.keys()].filter((s) => key.has(s));
    const history = caseHistory(entry.caseId, records);
    return {
      caseId: entry.caseId,
      standards,
      weight: standards.reduce((sum, s) => sum + (missed.get(s) ?? 0), 0),
      passed: history.best?.passed ? 1 : 0,
      attempts: history.attempts,
      order,
    };
  });
  ranked.sort(
    (a, b) => b.weight - a.weight || a.passed - b.passed || a.attempts - b.attempts || a.order - b.order,
  );
  const top = ranked[0];
  return top && top.weight > 0 ? { caseId: top.caseId, standards: top.standards } : undefined;
}
