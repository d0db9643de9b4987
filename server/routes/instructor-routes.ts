import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { decoyHash, hashPassphrase, verifyPassphrase } from '../auth/passphrase.ts';
import { sameSecret } from '../auth/tokens.ts';
import { ready, type ServerContext } from '../http/context.ts';
import { check, fail } from '../http/errors.ts';
import { instructorGuard, sessionCookie } from '../http/guards.ts';
import {
  closeSession,
  createInstructor,
  findInstructorByUsername,
  openSession,
  sessionLifetimeMs,
} from '../store/accounts.ts';
import { createClass, findOwnClass, listClasses } from '../store/classes.ts';
import { listClassRecords } from '../store/records.ts';

const username = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.regex(/^[\p{L}\p{N}._-]{3,40}$/u, 'must be 3 to 40 letters, digits, dots, dashes or underscores'),
);
const passphrase = v.pipe(
  v.string('must be text'),
  v.minLength(10, 'must have at least 10 characters'),
  v.maxLength(200, 'is too long'),
);
const setupBody = v.strictObject(
  { token: v.string('must be text'), username, passphrase },
  'must be { token, username, passphrase }',
);
const loginBody = v.strictObject(
  {
    username: v.pipe(v.string('must be text'), v.trim(), v.maxLength(40, 'is too long')),
    passphrase: v.pipe(v.string('must be text'), v.maxLength(200, 'is too long')),
  },
  'must be { username, passphrase }',
);
const classBody = v.strictObject(
  {
    name: v.pipe(
      v.string('must be text'),
      v.trim(),
      v.minLength(1, 'must not be empty'),
      v.maxLength(100, 'must have at most 100 characters'),
    ),
  },
  'must be { name }',
);

async function signIn(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: ServerContext,
  instructor: { id: string; username: string },
  status: number,
) {
  const { token, csrfToken } = await openSession(ready(ctx).database.db, instructor.id);
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: sessionLifetimeMs / 1000,
  });
  return reply.code(status).send({ username: instructor.username, csrfToken });
}

export function instructorRoutes(app: FastifyInstance, ctx: ServerContext, loginLimit: number): void {
  const guard = instructorGuard(ctx);
  const limited = { config: { rateLimit: { max: loginLimit, timeWindow: '1 minute' } } };

  app.post('/api/setup', limited, async (request, reply) => {
    const body = check(setupBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    const expected = ctx.setupToken;
    if (expected === null)
      return fail(reply, 403, 'setup_done', 'the first instructor already exists; sign in');
    if (!sameSecret(body.value.token, expected))
      return fail(reply, 403, 'bad_setup_token', 'the setup link is not valid');
    ctx.setupToken = null;
    try {
      const created = await createInstructor(
        ready(ctx).database.db,
        body.value.username,
        await hashPassphrase(body.value.passphrase),
      );
      return await signIn(request, reply, ctx, created, 201);
    } catch (error) {
      ctx.setupToken = expected;
      throw error;
    }
  });

  app.post('/api/login', limited, async (request, reply) => {
    const body = check(loginBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    const found = await findInstructorByUsername(ready(ctx).database.db, body.value.username);
    const ok = await verifyPassphrase(body.value.passphrase, found?.passphrase_hash ?? (await decoyHash));
    if (!found || !ok) return fail(reply, 401, 'bad_credentials', 'unknown username or wrong passphrase');
    return signIn(request, reply, ctx, found, 200);
  });

  app.post('/api/logout', { preHandler: guard }, async (request, reply) => {
    await closeSession(ready(ctx).database.db, request.instructor!.sessionToken);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.code(200).send({ signedOut: true });
  });

  app.get('/api/instructor/me', { preHandler: guard }, (request, reply) =>
    reply.send({ username: request.instructor!.username, csrfToken: request.instructor!.csrfToken }),
  );

  app.post('/api/classes', { preHandler: guard }, async (request, reply) => {
    const body = check(classBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    return reply
      .code(201)
      .send(await createClass(ready(ctx).database.db, request.instructor!.id, body.value.name));
  });

  app.get('/api/classes', { preHandler: guard }, async (request) => ({
    classes: await listClasses(ready(ctx).database.db, request.instructor!.id),
  }));

  app.get<{ Params: { id: string } }>(
    '/api/classes/:id/records',
    { preHandler: guard },
    async (request, reply) => {
      const { db } = ready(ctx).database;
      const cls = await findOwnClass(db, request.instructor!.id, request.params.id);
      if (!cls) return fail(reply, 404, 'unknown_class', 'no class of yours has that id');
      return { class: cls, records: await listClassRecords(db, cls.id) };
    },
  );
}
