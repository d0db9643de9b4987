import { standardStatuses } from '../../src/core/protocol/scoring.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';
import type { AttemptFacts } from '../../server/dashboard/attempt-facts.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';

/** Options of the current step that add no violation at it (tried from the saved state). */
function compliant(run: CaseRun): number[] {
  const before = run.save();
  const known = run.context.verdicts.length;
  const ok: number[] = [];
  for (const o of run.step.options) {
    run.restore(before);
    run.choose(o.index);
    if (
      !run.context.verdicts
        .slice(known)
        .some((v) => v.step === before.story.step.index && v.outcome === 'violated')
    )
      ok.push(o.index);
  }
  run.restore(before);
  return ok;
}

/**
 * A choice path found with the engine: `clean` takes a compliant option at every step,
 * `slip` a violating one at every step where one exists (`first` only at the first).
 */
export function walk(json: string, how: 'clean' | 'slip' | 'slip-first', seed = 0): number[] {
  const run = new CaseRun({ json, seed });
  run.start();
  while (!run.step.isEnd) {
    const ok = compliant(run);
    const bad = run.step.options.map((o) => o.index).filter((i) => !ok.includes(i));
    const slip = how === 'slip' || (how === 'slip-first' && run.choicePath.length === 0);
    run.choose((slip ? bad[0] : ok[0]) ?? run.step.options[0]!.index);
  }
  return [...run.choicePath];
}

/** A verified record as the dashboard reads it. */
export function factsOf(record: SessionRecord, traineeId: string, endedAt = record.endedAt): AttemptFacts {
  return {
    recordId: record.recordId,
    traineeId,
    caseId: record.caseId,
    language: record.language,
    mode: record.mode,
    status: 'verified',
    witnessed: null,
    storyHash: record.storyHash,
    seed: record.seed,
    choices: record.choices,
    startedAt: record.startedAt,
    endedAt,
    receivedAt: endedAt,
    ending: record.ending,
    overall: record.scores.overall,
    competencies: record.scores.competencies,
    verdicts: record.verdicts,
    statuses: standardStatuses(record.verdicts),
  };
}
