import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { parseLrsOrigins, withLrsOrigins } from '../tools/lib/content-security-policy.ts';
import { newToken } from './auth/tokens.ts';
import { openDatabase } from './db/open-database.ts';
import './http/context.ts';
import type { ServerContext } from './http/context.ts';
import { installErrorHandlers } from './http/errors.ts';
import { instructorRoutes } from './routes/instructor-routes.ts';
import { staticRoutes } from './routes/static-routes.ts';
import { traineeRoutes } from './routes/trainee-routes.ts';
import { defaultStoriesDir, StoryCatalog } from './scoring/story-catalog.ts';
import { countInstructors } from './store/accounts.ts';
import { dashboardRoutes } from './dashboard/dashboard-routes.ts';
import { xapiRoutes } from './xapi/xapi-routes.ts';

export interface ServerOptions {
  /** PostgreSQL server (postgres://…); wins over dataDir. */
  readonly databaseUrl?: string;
  /** Folder of the embedded database; omitted (and no databaseUrl) = in memory. */
  readonly dataDir?: string;
  readonly distDir?: string;
  readonly storiesDir?: string;
  /** Fixes the one-time setup token (tests); otherwise a random one. */
  readonly setupToken?: string;
  /** Requests per minute and address: sign-in/setup attempts, class joins. */
  readonly loginLimit?: number;
  readonly joinLimit?: number;
  readonly bodyLimit?: number;
  readonly logger?: boolean;
  /** The simulator sends its xAPI statements to this server too (`/xapi/`); default: `XAPI=1`. */
  readonly xapi?: boolean;
  /** Origins of an academy's LRS the simulator may send to (connect-src); default: `LRS_ORIGINS`. */
  readonly lrsOrigins?: readonly string[];
}

export const defaultDistDir = join(import.meta.dirname, '..', 'dist');

/**
 * Nothing but this server: no other host for scripts, data, media or forms (plain HTTP on a
 * LAN); no inline script or style. The same policy the built simulator carries in its page
 * (tools/lib/content-security-policy.ts), for every response, the instructor pages included.
 */
const contentSecurityPolicy = (lrsOrigins: readonly string[]) => ({
  useDefaults: false,
  directives: Object.fromEntries(
    Object.entries(withLrsOrigins(lrsOrigins)).map(([name, sources]) => [name, [...sources]]),
  ),
});

/**
 * The class server as a Fastify instance (use `inject` in tests, `listen` to serve).
 * The database opens and the stories compile while the instance gets ready.
 */
export function buildServer(options: ServerOptions = {}): FastifyInstance {
  const app = Fastify({
    pluginTimeout: 180_000,
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: false,
  });
  const ctx: ServerContext = { database: undefined, catalog: undefined, setupToken: null };
  app.decorate('classServer', ctx);
  app.decorateRequest('trainee', null);
  app.decorateRequest('instructor', null);
  installErrorHandlers(app);

  void app.register(async () => {
    const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
    ctx.database = database;
    ctx.catalog = await StoryCatalog.load(database.db, options.storiesDir ?? defaultStoriesDir);
    if ((await countInstructors(database.db)) === 0) ctx.setupToken = options.setupToken ?? newToken();
  });
  app.addHook('onClose', async () => {
    await ctx.database?.close();
    ctx.database = undefined;
  });

  void app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(
      options.lrsOrigins ?? parseLrsOrigins(process.env.LRS_ORIGINS),
    ),
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  void app.register(fastifyCookie);
  void app.register(fastifyRateLimit, { global: false });
  void app.register((scope, _options, done) => {
    scope.get('/healthz', (_request, reply) =>
      ctx.database
        ? reply.send({ ok: true, database: ctx.database.kind })
        : reply.code(503).send({ error: 'not_ready', reason: 'database not open' }),
    );
    traineeRoutes(scope, ctx, options.joinLimit ?? 120);
    xapiRoutes(scope, ctx);
    instructorRoutes(scope, ctx, options.loginLimit ?? 10);
    void scope.register(dashboardRoutes, { ctx });
    staticRoutes(scope, options.distDir ?? defaultDistDir, options.xapi ?? process.env.XAPI === '1');
    done();
  });
  return app;
}
