import type { Kysely } from 'kysely';
import { parseRecord } from '../../src/core/record/parse-record.ts';
import { PathError, playPath } from '../../src/core/record/play-path.ts';
import type { CaseMode } from '../../src/core/record/session-record.ts';
import type { Verdict } from '../../src/core/protocol/verdict.ts';
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
}

/** Facts by record id and digest: a stored record never changes, so this is never stale. */
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

async function factsOf(row: Row, body: unknown, catalog: StoryCatalog): Promise<AttemptFacts> {
  const parsed = parseRecord(body);
  const record = parsed.ok ? parsed.record : undefined;
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
  };
}

/** Every attempt stored for a class's trainees (bodies read only for attempts not seen before). */
export async function classAttempts(
  db: Kysely<Database>,
  catalog: StoryCatalog,
  classId: string,
): Promise<AttemptFacts[]> {
  const rows = await db
    .selectFrom('records as r')
    .innerJoin('trainees as t', 't.id', 'r.trainee_id')
    .select([
      'r.record_id',
      'r.trainee_id',
      'r.body_digest',
      'r.case_id',
      'r.language',
      'r.mode',
      'r.status',
      'r.witnessed',
      'r.ended_at',
      'r.received_at',
      'r.server_overall',
      'r.server_result',
    ])
    .where('t.class_id', '=', classId)
    .orderBy('r.ended_at')
    .orderBy('r.record_id')
    .execute();
  const key = (r: Row) => `${r.record_id}:${r.body_digest}`;
  const missing = rows.filter((r) => !cache.has(key(r)));
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const bodies = await db
      .selectFrom('records')
      .select(['record_id', 'body'])
      .where(
        'record_id',
        'in',
        chunk.map((r) => r.record_id),
      )
      .execute();
    const byId = new Map(bodies.map((b) => [b.record_id, b.body]));
    for (const row of chunk) {
      if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
      cache.set(key(row), await factsOf(row, byId.get(row.record_id), catalog));
    }
  }
  return rows.map((r) => cache.get(key(r))!);
}
