import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newClassCode, newToken, normalizeClassCode, tokenHash } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';

export interface ClassInfo {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

/** Creates a class with a fresh code (drawn again on the rare collision). */
export async function createClass(
  db: Kysely<Database>,
  instructorId: string,
  name: string,
): Promise<ClassInfo> {
  for (let attempt = 0; ; attempt++) {
    const row = {
      id: randomUUID(),
      instructor_id: instructorId,
      name,
      code: newClassCode(),
      created_at: Date.now(),
    };
    const inserted = await db
      .insertInto('classes')
      .values(row)
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { id: row.id, name, code: row.code };
    if (attempt > 20) throw new Error('no free class code');
  }
}

export function listClasses(db: Kysely<Database>, instructorId: string): Promise<ClassInfo[]> {
  return db
    .selectFrom('classes')
    .select(['id', 'name', 'code'])
    .where('instructor_id', '=', instructorId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The class if it is this instructor's; undefined for someone else's or none (both answer 404). */
export function findOwnClass(db: Kysely<Database>, instructorId: string, classId: string) {
  return db
    .selectFrom('classes')
    .select(['id', 'name', 'code'])
    .where('id', '=', classId)
    .where('instructor_id', '=', instructorId)
    .executeTakeFirst();
}

export interface Joined {
  readonly traineeId: string;
  readonly token: string;
  readonly class: { readonly id: string; readonly name: string };
}

/** The trainee of the class with this name and code, added on first sight (same name and code = same trainee). */
export async function traineeIdFor(
  db: Kysely<Database>,
  classId: string,
  name: string,
  code: string,
): Promise<string> {
  await db
    .insertInto('trainees')
    .values({ id: randomUUID(), class_id: classId, name, code, created_at: Date.now() })
    .onConflict((oc) => oc.columns(['class_id', 'name', 'code']).doNothing())
    .execute();
  const row = await db
    .selectFrom('trainees')
    .select('id')
    .where('class_id', '=', classId)
    .where('name', '=', name)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Joins (or re-joins: same name and code = same trainee) a class by its code; a new token each time. */
export async function joinClass(
  db: Kysely<Database>,
  classCode: string,
  name: string,
  code: string,
): Promise<Joined | undefined> {
  const cls = await db
    .selectFrom('classes')
    .select(['id', 'name'])
    .where('code', '=', normalizeClassCode(classCode))
    .executeTakeFirst();
  if (!cls) return undefined;
  const now = Date.now();
  const traineeId = await traineeIdFor(db, cls.id, name, code);
  const token = newToken();
  await db
    .insertInto('trainee_tokens')
    .values({ token_hash: tokenHash(token), trainee_id: traineeId, created_at: now })
    .execute();
  return { traineeId, token, class: { id: cls.id, name: cls.name } };
}

export interface TraineeIdentity {
  readonly traineeId: string;
  readonly classId: string;
}

export async function findTraineeByToken(
  db: Kysely<Database>,
  token: string,
): Promise<TraineeIdentity | undefined> {
  const row = await db
    .selectFrom('trainee_tokens as t')
    .innerJoin('trainees as p', 'p.id', 't.trainee_id')
    .select(['p.id', 'p.class_id'])
    .where('t.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  return row && { traineeId: row.id, classId: row.class_id };
}
