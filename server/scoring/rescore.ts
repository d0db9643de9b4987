import { makeRecord } from '../../src/core/record/make-record.ts';
import { PathError, playPath } from '../../src/core/record/play-path.ts';
import { verifyRecord } from '../../src/core/record/replay-record.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';
import { storyHash } from '../../src/core/record/story-hash.ts';
import type { RecordStatus, ServerResult } from '../db/schema.ts';
import { canonicalJson } from './canonical-json.ts';

export interface Rescored {
  readonly status: RecordStatus;
  readonly server: ServerResult;
}

const nothing = { ending: null, overall: null, passed: null, competencies: {} } as const;

/**
 * Re-scores a record by replaying its choices through the story it names with the
 * same engine. The record is `verified` when the replay reproduces everything it
 * claims, `altered` when anything differs (scores, verdicts, ending, levels or a path
 * off the story), `unverifiable` when the server does not have that story version.
 * The server's own result is kept either way.
 */
export function rescore(record: SessionRecord, json: string | undefined): Rescored {
  if (!json || storyHash(json) !== record.storyHash) {
    const reason = `story version ${record.storyHash.slice(0, 12)} is not available on this server`;
    return { status: 'unverifiable', server: { ...nothing, differences: [], reason } };
  }
  let run;
  try {
    run = playPath({ json, choices: record.choices, seed: record.seed });
  } catch (error) {
    if (!(error instanceof PathError)) throw error;
    return { status: 'altered', server: { ...nothing, differences: [error.message] } };
  }
  const result = run.result();
  const server = {
    ending: run.step.ending ?? null,
    overall: result.scores.overall,
    passed: result.passed,
    competencies: { ...result.scores.competencies },
  };
  const own = makeRecord({ ...record, run });
  if (run.step.isEnd && canonicalJson(own) === canonicalJson(record)) {
    return { status: 'verified', server: { ...server, differences: [] } };
  }
  const verification = verifyRecord(record, json);
  if (verification.status === 'match') return { status: 'verified', server: { ...server, differences: [] } };
  if (verification.status === 'unverifiable')
    return { status: 'unverifiable', server: { ...nothing, differences: [], reason: verification.reason } };
  return { status: 'altered', server: { ...server, differences: verification.differences } };
}
