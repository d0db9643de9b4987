import { randomBytes } from 'node:crypto';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { storiesDir } from '../../support/cases.ts';

/** The databases the store and API tests run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export type Backend = 'pglite' | 'postgresql';

export function backends(): Backend[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

/** In CI a PostgreSQL server is required: its absence is a failure, not a skip. */
export const postgresRequired = process.env.CI === 'true' || process.env.CI === '1';

/**
 * A database URL for one test file: a fresh schema on the DATABASE_URL server (dropped
 * by `drop`), or undefined for an in-memory PGlite.
 */
export async function testDatabase(
  backend: Backend,
): Promise<{ url: string | undefined; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (backend === 'pglite' || !base) return { url: undefined, drop: async () => {} };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A stories folder with only the given cases (links into stories/), so a test server compiles few. */
export function someStories(caseIds: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-stories-'));
  symlinkSync(join(storiesDir, '_shared'), join(dir, '_shared'));
  for (const id of caseIds) symlinkSync(join(storiesDir, id), join(dir, id));
  return dir;
}
