import type { Kysely } from 'kysely';
import { parseRecord } from '../../src/core/record/parse-record.ts';
import { PathError, playPath } from '../../src/core/record/play-path.ts';
import type { CaseMode } from '../../src/core/record/session-record.ts';
import { standardStatuses, type StandardStatus } from '../../src/core/protocol/scoring.ts';
import type { Verdict } from '../../src/core/protocol/verdict.ts';
import type { SessionRecord, TypedQuestion } from '../../src/core/record/session-record.ts';
import type { Database, RecordStatus } from '../db/schema.ts';
import type { StoryCatalog } from '../scoring/story-catalog.ts';

/**
 * What the dashboard reads of one stored attempt: the server's result and the verdicts
 * the server trusts (a verified record's own verdicts equal its replay's; an altered one
 * is replayed; an unverifiable one has none).
 */
export interface AttemptFacts {
  readonly recordId: string;
  readonly traineeId: string;
  readonly caseId: string;
  readonly language: string;
  readonly mode: CaseMode;
  readonly status: RecordStatus;
  readonly witnessed: boolean | null;
  readonly storyHash: string;
  readonly seed: number;
  readonly choices: readonly number[];
  readonly startedAt: number;
  readonly endedAt: number;
  readonly receivedAt: number;
  readonly ending: string | null;
  readonly overall: number | null;
  readonly competencies: Readonly<Record<string, number>>;
  /** The server's verdicts; null when the server could not replay the record. */
  readonly verdicts: readonly Verdict[] | null;
  /** Each standard once (standardStatuses of the verdicts); null with them. */
  readonly statuses: readonly StandardStatus[] | null;
  /** The questions typed at open decisions, as the record states them (absent when none). */
  readonly typedQuestions?: readonly TypedQuestion[];
}

/** Facts by record id, digest and trainee: a stored record never changes, so this is never stale. */
const cache = new Map<string, AttemptFacts>();
const cacheLimit = 50_000;

interface Row {
  record_id: string;
  trainee_id: string;
  body_digest: string;
  case_id: string;
  language: string;
  mode: string;
  status: RecordStatus;
  witnessed: boolean | null;
  ended_at: number;
  received_at: number;
  server_overall: number | null;
  server_result: { ending: string | null; competencies: Readonly<Record<string, number>> };
}

/**
 * The record as stored: the body was checked by the record schema before it was stored,
 * so a current-version body is read as it is; an older one goes through parseRecord,
 * which migrates it.
 */
function storedRecord(body: unknown): SessionRecord | undefined {
  if (body && typeof body === 'object' && (body as { schemaVersion?: unknown }).schemaVersion === 2)
    return body as SessionRecord;
  const parsed = parseRecord(body);
  return parsed.ok ? parsed.record : undefined;
}

async function factsOf(row: Row, body: unknown, catalog: StoryCatalog): Promise<AttemptFacts> {
  const record = storedRecord(body);
  let verdicts: readonly Verdict[] | null = null;
  if (record && row.status === 'verified') verdicts = record.verdicts;
  if (record && row.status === 'altered') {
    const json = await catalog.json(record.storyHash);
    try {
      verdicts = json
        ? playPath({ json, choices: record.choices, seed: record.seed }).context.verdicts
        : null;
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
    }
  }
  return {
    recordId: row.record_id,
    traineeId: row.trainee_id,
    caseId: row.case_id,
    language: row.language,
    mode: row.mode === 'evaluation' ? 'evaluation' : 'practice',
    status: row.status,
    witnessed: row.witnessed,
    storyHash: record?.storyHash ?? '',
    seed: record?.seed ?? 0,
    choices: record?.choices ?? [],
    startedAt: record?.startedAt ?? row.ended_at,
    endedAt: row.ended_at,
    receivedAt: row.received_at,
    ending: row.server_result.ending,
    overall: row.server_overall,
    competencies: row.server_result.competencies,
    verdicts,
    statuses: verdicts ? standardStatuses(verdicts) : null,
    ...(record?.typedQuestions?.length ? { typedQuestions: record.typedQuestions } : {}),
  };
}

/** Every attempt stored for a class's trainees (bodies read only for attempts not seen before). */
export async function classAttempts(
  db: Kysely<Database>,
  catalog: StoryCatalog,
  classId: string,
): Promise<AttemptFacts[]> {
  // A stored record never changes: only its id and digest are read each time.
  const ids = await db
    .selectFrom('records as r')
    .innerJoin('trainees as t', 't.id', 'r.trainee_id')
    .select(['r.record_id', 'r.body_digest', 'r.trainee_id'])
    .where('t.class_id', '=', classId)
    .orderBy('r.ended_at')
    .orderBy('r.record_id')
    .execute();
  const key = (r: { record_id: string; body_digest: string; trainee_id: string }) =>
    `${r.record_id}:${r.body_digest}:${r.trainee_id}`;
  const missing = ids.filter((r) => !cache.has(key(r)));
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const rows = await db
      .selectFrom('records')
      .select([
        'record_id',
        'trainee_id',
        'body_digest',
        'case_id',
        'language',
        'mode',
        'status',
        'witnessed',
        'ended_at',
        'received_at',
        'server_overall',
        'server_result',
        'body',
      ])
      .where(
        'record_id',
        'in',
        chunk.map((r) => r.record_id),
      )
      .execute();
    for (const row of rows) {
      if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
      cache.set(key(row), await factsOf(row, row.body, catalog));
    }
  }
  return ids.map((r) => cache.get(key(r))).filter((f): f is AttemptFacts => f !== undefined);
}
