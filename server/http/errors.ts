import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import * as v from 'valibot';

/** The API's error body: a stable code and an English sentence. */
export interface ApiError {
  readonly error: string;
  readonly reason: string;
}

export function fail(reply: FastifyReply, status: number, error: string, reason: string): FastifyReply {
  return reply.code(status).send({ error, reason } satisfies ApiError);
}

/** Validates a request body against a valibot schema; the first issue names its field. */
export function check<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: string } {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const field = v.getDotPath(issue);
  return { ok: false, reason: field ? `'${field}' ${issue.message}` : issue.message };
}

/** Every error the framework or a plugin raises leaves as `{ error, reason }` with a contract status. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & Partial<ApiError>, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return fail(reply, 413, 'body_too_large', 'the request body is larger than the server accepts');
    if (status === 429)
      return fail(reply, 429, 'rate_limited', error.reason ?? 'too many requests; wait a minute');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return fail(reply, 400, 'bad_content_type', 'send JSON with content-type application/json');
    if (status >= 400 && status < 500) return fail(reply, status, 'bad_request', error.message);
    request.log.error(error);
    return fail(reply, 500, 'internal', 'the server failed; the request can be retried');
  });
  app.setNotFoundHandler((request, reply) =>
    fail(reply, 404, 'not_found', `${request.method} ${request.url} does not exist`),
  );
}
