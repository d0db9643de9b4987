import { competencies } from '../../src/core/protocol/competencies.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';

/** A SessionRecord as an instructor reads it in a terminal. */
export function printRecord(record: SessionRecord, ended: boolean): void {
  console.log(`case ${record.caseId} (${record.language}, ${record.mode}), choices ${record.choices.join(',') || '(none)'}`);
  console.log(`ending: ${record.ending ?? (ended ? '(none)' : '(not reached)')}`);
  for (const v of record.verdicts) {
    const mark = v.outcome === 'met' ? 'met     ' : `VIOLATED`;
    console.log(`  step ${String(v.step).padStart(2)}  ${v.standard}  ${mark} ${v.outcome === 'violated' ? `(${v.severity}) ` : ''}${v.reason}`);
  }
  const parts = competencies.filter((c) => record.scores.competencies[c] !== undefined).map((c) => `${c} ${record.scores.competencies[c]}`);
  console.log(`overall ${record.scores.overall}   ${parts.join('   ')}`);
  console.log(record.passed ? 'PASSED' : 'NOT PASSED');
}
