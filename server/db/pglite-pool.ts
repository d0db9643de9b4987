import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Lets Kysely's PostgresDialect drive an embedded PGlite: a "pool" of one connection,
 * handed to one user at a time (a transaction holds it until it releases), so the
 * same dialect, compiler and queries serve PGlite and a PostgreSQL server.
 */
export function pglitePool(db: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();
  const client = {
    async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      const result = await db.query<R>(sql, [...parameters]);
      return {
        command: ((result as { command?: string }).command ?? 'SELECT') as PostgresQueryResult<R>['command'],
        rowCount: result.affectedRows ?? result.rows.length,
        rows: result.rows,
      };
    },
  };
  return {
    connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const ready = queue.then(() => ({ ...client, release: () => release() }) as PostgresPoolClient);
      queue = queue.then(() => turn);
      return ready;
    },
    async end(): Promise<void> {
      await queue;
      await db.close();
    },
  };
}
