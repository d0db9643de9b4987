import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate.ts';
import { pglitePool } from './pglite-pool.ts';
import type { Database } from './schema.ts';

export interface DatabaseOptions {
  /** postgres://… : a PostgreSQL server. Wins over dataDir. */
  readonly databaseUrl?: string;
  /** Folder of the embedded PGlite database; omitted = in memory (tests). */
  readonly dataDir?: string;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: 'postgresql' | 'pglite';
  close(): Promise<void>;
}

let template: Promise<Blob> | undefined;

/**
 * In-memory databases (tests) start from one migrated copy made once per process:
 * PGlite's initdb takes seconds, loading a copy a fraction of that.
 */
function memoryTemplate(): Promise<Blob> {
  template ??= (async () => {
    const lite = await PGlite.create();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
    await migrate(db);
    const dump = await lite.dumpDataDir('none');
    await db.destroy();
    return dump;
  })();
  return template;
}

const int8 = 20;
/** pg reads bigint as text; the times and seeds here fit in a number, as PGlite gives them. */
const typeParser = ((oid: number, format?: 'text' | 'binary'): unknown =>
  oid === int8
    ? (value: string) => Number(value)
    : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser;

/** Opens the class database (PostgreSQL server or embedded PGlite) and applies the migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let kind: OpenDatabase['kind'];
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      types: { getTypeParser: typeParser },
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgresql';
  } else if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    const lite = await PGlite.create({ dataDir: options.dataDir });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
    kind = 'pglite';
  } else {
    const lite = await PGlite.create({ loadDataDir: await memoryTemplate() });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
    kind = 'pglite';
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind, close: () => db.destroy() };
}
