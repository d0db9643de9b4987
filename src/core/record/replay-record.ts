import type { Verdict } from '../protocol/verdict.ts';
import { PathError, playPath } from './play-path.ts';
import type { SessionRecord } from './session-record.ts';
import { storyHash } from './story-hash.ts';

export type Verification =
  | { readonly status: 'match' }
  | { readonly status: 'mismatch'; readonly differences: readonly string[] }
  | { readonly status: 'unverifiable'; readonly reason: string };

const verdictKey = (v: Verdict) =>
  [v.step, v.standard, v.outcome, v.severity, v.action ?? '-', v.situation ?? '-', v.cause].join(' ');

function verdictDifferences(stored: readonly Verdict[], replayed: readonly Verdict[]): string[] {
  const differences: string[] = [];
  const n = Math.max(stored.length, replayed.length);
  for (let i = 0; i < n; i++) {
    const a = stored[i];
    const b = replayed[i];
    const ka = a ? verdictKey(a) : 'nothing';
    const kb = b ? verdictKey(b) : 'nothing';
    if (ka !== kb) differences.push(`verdict ${i + 1}: record has [${ka}], replay gives [${kb}]`);
  }
  return differences;
}

/**
 * Re-runs a record's choice path through the same story version and machine and says
 * whether its verdicts, scores and pass mark match. `json` must be the story the record
 * names; any other version makes the record unverifiable, not wrong.
 */
export function verifyRecord(record: SessionRecord, json: string): Verification {
  if (storyHash(json) !== record.storyHash) {
    return { status: 'unverifiable', reason: `story version ${record.storyHash.slice(0, 12)} is not available` };
  }
  let run;
  try {
    run = playPath({ json, choices: record.choices, seed: record.seed });
  } catch (error) {
    if (error instanceof PathError) return { status: 'mismatch', differences: [error.message] };
    throw error;
  }
  if (!run.step.isEnd) {
    return { status: 'mismatch', differences: [`the choice path stops at step ${run.step.index}, before an ending`] };
  }
  const result = run.result();
  const differences = verdictDifferences(record.verdicts, run.context.verdicts);
  if (record.scores.overall !== result.scores.overall) {
    differences.push(`overall score: record has ${record.scores.overall}, replay gives ${result.scores.overall}`);
  }
  const competencies = new Set([...Object.keys(record.scores.competencies), ...Object.keys(result.scores.competencies)]);
  for (const c of competencies) {
    const a = record.scores.competencies[c as keyof typeof record.scores.competencies];
    const b = result.scores.competencies[c as keyof typeof result.scores.competencies];
    if (a !== b) differences.push(`${c} score: record has ${a ?? 'none'}, replay gives ${b ?? 'none'}`);
  }
  if (record.passed !== result.passed) {
    differences.push(`passed: record says ${record.passed}, replay gives ${result.passed}`);
  }
  return differences.length === 0 ? { status: 'match' } : { status: 'mismatch', differences };
}
