import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret } from '../auth/tokens.ts';
import { findSession } from '../store/accounts.ts';
import { findTraineeByToken } from '../store/classes.ts';
import { ready, type ServerContext } from './context.ts';
import { fail } from './errors.ts';

export const sessionCookie = 'pc_session';

/** preHandler: a trainee bearer token (valid for its one class) or 401. */
export function traineeGuard(ctx: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([\w-]{20,100})$/.exec(header);
    const found = match?.[1] ? await findTraineeByToken(ready(ctx).database.db, match[1]) : undefined;
    if (!found)
      return fail(reply, 401, 'unauthorized', 'a trainee token (Authorization: Bearer …) is required');
    request.trainee = found;
  };
}

/** preHandler: an instructor session cookie, and on POST/PUT/DELETE the matching x-csrf-token, or 401/403. */
export function instructorGuard(ctx: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[sessionCookie];
    const session = token ? await findSession(ready(ctx).database.db, token) : undefined;
    if (!token || !session) return fail(reply, 401, 'unauthorized', 'sign in as an instructor first');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken))
        return fail(reply, 403, 'csrf', 'the x-csrf-token header is missing or wrong');
    }
    request.instructor = { ...session.instructor, csrfToken: session.csrfToken, sessionToken: token };
  };
}
