import type { FastifyInstance } from 'fastify';
import { maxRecordBytes } from '../../src/core/record/read-record-file.ts';
import type { ServerContext } from '../http/context.ts';
import { attemptRoutes } from './attempt-routes.ts';
import { classRoutes } from './class-routes.ts';
import { dashboardPages } from './dashboard-pages.ts';
import { typedRoutes } from './typed-routes.ts';

/**
 * The instructor's dashboard: its API under /api/dashboard/ (instructor session, CSRF on
 * writes, own classes only), the trainee's GET /api/me/assignments, and its pages under
 * /instructor/dashboard/. Registered as one encapsulated plugin: the raw-file body parser
 * of the import stays inside it.
 */
export function dashboardRoutes(
  app: FastifyInstance,
  options: { ctx: ServerContext },
  done: (error?: Error) => void,
): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxRecordBytes },
    (_request, body, done) => done(null, body),
  );
  classRoutes(app, options.ctx);
  attemptRoutes(app, options.ctx);
  typedRoutes(app, options.ctx);
  dashboardPages(app);
  done();
}
