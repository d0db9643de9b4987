import type { OpenDatabase } from '../db/open-database.ts';
import type { StoryCatalog } from '../scoring/story-catalog.ts';
import type { Instructor } from '../store/accounts.ts';
import type { TraineeIdentity } from '../store/classes.ts';

/** What the routes share: filled when the server becomes ready. */
export interface ServerContext {
  database: OpenDatabase | undefined;
  catalog: StoryCatalog | undefined;
  /** The one-time setup token while no instructor exists; null after. */
  setupToken: string | null;
}

export function ready(ctx: ServerContext): { database: OpenDatabase; catalog: StoryCatalog } {
  if (!ctx.database || !ctx.catalog) throw new Error('the class server is not ready');
  return { database: ctx.database, catalog: ctx.catalog };
}

declare module 'fastify' {
  interface FastifyInstance {
    classServer: ServerContext;
  }
  interface FastifyRequest {
    trainee: TraineeIdentity | null;
    instructor: (Instructor & { readonly csrfToken: string; readonly sessionToken: string }) | null;
  }
}
