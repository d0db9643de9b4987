import type { Generated, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface XapiStatementsTable {
  seq: Generated<number>;
  statement_id: string;
  trainee_id: string;
  verb: string;
  object_id: string | null;
  registration: string | null;
  body: string | Record<string, unknown>;
  body_digest: string;
  stored_at: number;
}

export type XapiTables = { xapi_statements: XapiStatementsTable };
const withXapi = (db: Kysely<Database>) => db.withTables<XapiTables>();

export interface NewStatementRow {
  readonly id: string;
  readonly traineeId: string;
  readonly verb: string;
  readonly objectId: string | undefined;
  readonly registration: string | undefined;
  /** The statement as stored (with `stored`, `authority`, `version`). */
  readonly body: Record<string, unknown>;
  /** What decides whether a statement with the same id is the same statement. */
  readonly digest: string;
  readonly storedAt: number;
}

/** Every row of `rows` not stored yet is stored (one transaction); resolves with the ids this call stored. */
export async function insertStatements(
  db: Kysely<Database>,
  rows: readonly NewStatementRow[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await withXapi(db)
    .insertInto('xapi_statements')
    .values(
      rows.map((r) => ({
        statement_id: r.id,
        trainee_id: r.traineeId,
        verb: r.verb,
        object_id: r.objectId ?? null,
        registration: r.registration ?? null,
        body: JSON.stringify(r.body),
        body_digest: r.digest,
        stored_at: r.storedAt,
      })),
    )
    .onConflict((oc) => oc.column('statement_id').doNothing())
    .returning('statement_id')
    .execute();
  return inserted.map((r) => r.statement_id);
}

/** The stored statements among `ids`: whose they are and their digest. */
export async function findStatements(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return withXapi(db)
    .selectFrom('xapi_statements')
    .select(['statement_id', 'trainee_id', 'body_digest', 'body'])
    .where('statement_id', 'in', ids)
    .execute();
}

/** A trainee's statements in the order they were stored (oldest first), at most `limit`. */
export async function listStatements(db: Kysely<Database>, traineeId: string, limit: number) {
  const rows = await withXapi(db)
    .selectFrom('xapi_statements')
    .select(['statement_id', 'body'])
    .where('trainee_id', '=', traineeId)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) =>
    typeof r.body === 'string' ? (JSON.parse(r.body) as Record<string, unknown>) : r.body,
  );
}
