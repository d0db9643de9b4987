import { competencies } from '../../src/core/protocol/competencies.ts';
import { verdictReason } from '../../src/core/protocol/reasons.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';

const marks = { met: 'met      ', violated: 'VIOLATED ', not_reached: 'not reached' } as const;

/** A SessionRecord as an instructor reads it in a terminal; reasons in the record's language. */
export function printRecord(record: SessionRecord, ended: boolean): void {
  console.log(
    `case ${record.caseId} (${record.language}, ${record.mode}), choices ${record.choices.join(',') || '(none)'}`,
  );
  console.log(`ending: ${record.ending ?? (ended ? '(none)' : '(not reached)')}`);
  for (const v of record.verdicts) {
    const severity = v.outcome === 'violated' ? `(${v.severity}) ` : '';
    console.log(
      `  step ${String(v.step).padStart(2)}  ${v.standard}  ${marks[v.outcome]} ${severity}${verdictReason(v, record.language)}`,
    );
  }
  const parts = competencies
    .filter((c) => record.scores.competencies[c] !== undefined)
    .map((c) => `${c} ${record.scores.competencies[c]}`);
  console.log(`overall ${record.scores.overall}   ${parts.join('   ')}`);
  console.log(record.passed ? 'PASSED' : 'NOT PASSED');
}
