import { worseSeverity, type Severity } from '../../src/core/protocol/severity.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import { standardIds } from '../../src/core/protocol/standard-ids.ts';
import type { AttemptFacts } from './attempt-facts.ts';

/** One cell of the heat map: how many trainees violated the standard in that case, of those judged on it. */
export interface HeatCell {
  readonly violated: number;
  readonly judged: number;
  readonly worst: Severity | null;
}

export interface HeatRow {
  readonly standard: StandardId;
  readonly cells: Readonly<Record<string, HeatCell>>;
  /** Trainees who violated it in any case. */
  readonly total: number;
}

/**
 * Standards × cases over the server's verdicts: a trainee counts once per cell, as
 * violating it when any of their attempts of that case did (worst severity kept), as
 * judged when any attempt met or violated it. Rows with no violation are left out;
 * rows are ordered by the number of trainees who violated the standard, then by id.
 */
export function heatMap(attempts: readonly AttemptFacts[]): HeatRow[] {
  type Acc = { violated: Set<string>; judged: Set<string>; worst: Severity | null };
  const cells = new Map<StandardId, Map<string, Acc>>();
  for (const a of attempts) {
    if (!a.statuses) continue;
    for (const s of a.statuses) {
      const row = cells.get(s.standard) ?? new Map<string, Acc>();
      cells.set(s.standard, row);
      const acc = row.get(a.caseId) ?? { violated: new Set(), judged: new Set(), worst: null };
      row.set(a.caseId, acc);
      acc.judged.add(a.traineeId);
      if (s.outcome === 'violated') {
        acc.violated.add(a.traineeId);
        acc.worst = acc.worst ? worseSeverity(acc.worst, s.severity) : s.severity;
      }
    }
  }
  const order = new Map(standardIds.map((id, i) => [id, i]));
  return [...cells.entries()]
    .map(([standard, row]) => {
      const everyone = new Set<string>();
      const out: Record<string, HeatCell> = {};
      for (const [caseId, acc] of row) {
        acc.violated.forEach((t) => everyone.add(t));
        out[caseId] = { violated: acc.violated.size, judged: acc.judged.size, worst: acc.worst };
      }
      return { standard, cells: out, total: everyone.size };
    })
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || (order.get(a.standard) ?? 0) - (order.get(b.standard) ?? 0));
}
