import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';

export interface Instructor {
  readonly id: string;
  readonly username: string;
}

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

export async function countInstructors(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('instructors')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createInstructor(
  db: Kysely<Database>,
  username: string,
  passphraseHash: string,
): Promise<Instructor> {
  const id = randomUUID();
  await db
    .insertInto('instructors')
    .values({ id, username, passphrase_hash: passphraseHash, created_at: Date.now() })
    .execute();
  return { id, username };
}

export function findInstructorByUsername(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('instructors')
    .select(['id', 'username', 'passphrase_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** Opens a session: the cookie value and its CSRF token (only their hashes and the CSRF token are kept). */
export async function openSession(db: Kysely<Database>, instructorId: string, now = Date.now()) {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('instructor_sessions')
    .values({
      token_hash: tokenHash(token),
      instructor_id: instructorId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: now + sessionLifetimeMs,
    })
    .execute();
  return { token, csrfToken };
}

export async function findSession(db: Kysely<Database>, token: string, now = Date.now()) {
  const row = await db
    .selectFrom('instructor_sessions as s')
    .innerJoin('instructors as i', 'i.id', 's.instructor_id')
    .select(['i.id', 'i.username', 's.csrf_token', 's.expires_at'])
    .where('s.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now) return undefined;
  return { instructor: { id: row.id, username: row.username }, csrfToken: row.csrf_token };
}

export async function closeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('instructor_sessions').where('token_hash', '=', tokenHash(token)).execute();
}
