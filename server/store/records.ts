import type { Kysely } from 'kysely';
import type { Database, RecordStatus, ServerResult } from '../db/schema.ts';

export interface StoredRecord {
  readonly recordId: string;
  readonly traineeId: string;
  readonly caseId: string;
  readonly language: string;
  readonly mode: string;
  readonly endedAt: number;
  readonly receivedAt: number;
  readonly body: Record<string, unknown>;
  readonly bodyDigest: string;
  readonly status: RecordStatus;
  readonly witnessed: boolean | null;
  readonly server: ServerResult;
}

export async function findRecord(db: Kysely<Database>, recordId: string) {
  return db
    .selectFrom('records')
    .select(['record_id', 'trainee_id', 'body_digest', 'status', 'witnessed'])
    .where('record_id', '=', recordId)
    .executeTakeFirst();
}

/** Inserts the record unless its id is already stored; true when this call stored it. */
export async function insertRecord(db: Kysely<Database>, record: StoredRecord): Promise<boolean> {
  const result = await db
    .insertInto('records')
    .values({
      record_id: record.recordId,
      trainee_id: record.traineeId,
      case_id: record.caseId,
      language: record.language,
      mode: record.mode,
      ended_at: record.endedAt,
      received_at: record.receivedAt,
      body: JSON.stringify(record.body),
      body_digest: record.bodyDigest,
      status: record.status,
      witnessed: record.witnessed,
      server_overall: record.server.overall,
      server_passed: record.server.passed,
      server_result: JSON.stringify(record.server),
    })
    .onConflict((oc) => oc.column('record_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** One line of a records list: the server's result, never the client's claimed scores. */
export interface RecordSummary {
  readonly recordId: string;
  readonly caseId: string;
  readonly mode: string;
  readonly language: string;
  readonly status: RecordStatus;
  readonly witnessed: boolean | null;
  readonly serverScores: { readonly overall: number | null; readonly passed: boolean | null };
  readonly endedAt: number;
}

const summaryColumns = [
  'r.record_id',
  'r.case_id',
  'r.mode',
  'r.language',
  'r.status',
  'r.witnessed',
  'r.server_overall',
  'r.server_passed',
  'r.ended_at',
  'r.received_at',
] as const;

type SummaryRow = {
  record_id: string;
  case_id: string;
  mode: string;
  language: string;
  status: RecordStatus;
  witnessed: boolean | null;
  server_overall: number | null;
  server_passed: boolean | null;
  ended_at: number;
};

const summary = (r: SummaryRow): RecordSummary => ({
  recordId: r.record_id,
  caseId: r.case_id,
  mode: r.mode,
  language: r.language,
  status: r.status,
  witnessed: r.witnessed,
  serverScores: { overall: r.server_overall, passed: r.server_passed },
  endedAt: r.ended_at,
});

export async function listTraineeRecords(db: Kysely<Database>, traineeId: string): Promise<RecordSummary[]> {
  const rows = await db
    .selectFrom('records as r')
    .select(summaryColumns)
    .where('r.trainee_id', '=', traineeId)
    .orderBy('r.ended_at')
    .orderBy('r.record_id')
    .execute();
  return rows.map(summary);
}

export interface ClassRecord extends RecordSummary {
  readonly trainee: { readonly id: string; readonly name: string; readonly code: string };
  readonly receivedAt: number;
  readonly ending: string | null;
  readonly differences: readonly string[];
}

export async function listClassRecords(db: Kysely<Database>, classId: string): Promise<ClassRecord[]> {
  const rows = await db
    .selectFrom('records as r')
    .innerJoin('trainees as t', 't.id', 'r.trainee_id')
    .select([
      ...summaryColumns,
      'r.server_result',
      't.id as trainee_id',
      't.name as trainee_name',
      't.code as trainee_code',
    ])
    .where('t.class_id', '=', classId)
    .orderBy('r.ended_at')
    .orderBy('r.record_id')
    .execute();
  return rows.map((r) => ({
    ...summary(r),
    trainee: { id: r.trainee_id, name: r.trainee_name, code: r.trainee_code },
    receivedAt: r.received_at,
    ending: r.server_result.ending,
    differences: r.server_result.differences,
  }));
}
