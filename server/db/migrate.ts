import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export const migrationsDir = join(import.meta.dirname, '..', 'migrations');

/** The statements of one migration file: split at a semicolon that ends a line; comments dropped. */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies every server/migrations/NNN_*.sql not yet applied, in name order, each in a
 * transaction holding an advisory lock, so two servers starting at once on the same
 * PostgreSQL do not both apply it. The files hold DDL only: no values.
 */
export async function migrate(db: Kysely<Database>, dir = migrationsDir): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at bigint NOT NULL DEFAULT (extract(epoch from now()) * 1000)::bigint
  )`.execute(db);
  const files = readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${7_041_010})`.execute(tx);
      const done = await tx
        .selectFrom('schema_migrations')
        .select('name')
        .where('name', '=', file)
        .executeTakeFirst();
      if (done) return;
      for (const statement of statementsOf(readFileSync(join(dir, file), 'utf8'))) {
        await sql.raw(statement).execute(tx);
      }
      await tx.insertInto('schema_migrations').values({ name: file }).execute();
      applied.push(file);
    });
  }
  return applied;
}
