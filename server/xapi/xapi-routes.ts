import { createHash, randomUUID } from 'node:crypto';
import validateStatement from '@learninglocker/xapi-validation';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ready, type ServerContext } from '../http/context.ts';
import { fail } from '../http/errors.ts';
import { traineeGuard } from '../http/guards.ts';
import { canonicalJson } from '../scoring/canonical-json.ts';
import { findStatements, insertStatements, listStatements, type NewStatementRow } from './xapi-store.ts';

export const xapiVersion = '1.0.3';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Statement = Record<string, unknown> & {
  id?: unknown;
  verb?: { id?: unknown };
  object?: { id?: unknown };
};

/** What tells two statements with one id apart: everything but what the LRS adds (stored, authority, version). */
function digestOf(statement: Statement): string {
  const rest = Object.fromEntries(
    Object.entries(statement).filter(([key]) => !['stored', 'authority', 'version'].includes(key)),
  );
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** 400 unless the request names an xAPI 1.0.x version (xAPI §6.2). */
function versionGuard(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const version = request.headers['x-experience-api-version'];
  if (typeof version !== 'string' || !/^1\.0(\.\d+)?$/.test(version.trim()))
    return fail(reply, 400, 'xapi_version', 'the X-Experience-API-Version header must be 1.0.x');
  void reply.header('X-Experience-API-Version', xapiVersion);
  return undefined;
}

/**
 * The class server as an LRS for its trainees (xAPI 1.0.3 statements resource, the part the
 * simulator uses): `POST /xapi/statements` (one statement or a list), `PUT
 * /xapi/statements?statementId=`, `GET /xapi/statements[?statementId=]` (the trainee's own),
 * `GET /xapi/about`. Authenticated like the other trainee endpoints (Bearer token); each
 * statement is stored once per id: the same statement again is accepted and stored no
 * second time, a different one under a stored id is 409.
 */
export function xapiRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = traineeGuard(ctx);

  app.get('/xapi/about', async (_request, reply) =>
    reply.header('X-Experience-API-Version', xapiVersion).send({ version: [xapiVersion] }),
  );

  const store = async (
    request: FastifyRequest,
    reply: FastifyReply,
    given: readonly Statement[],
  ): Promise<{ ids: string[] } | FastifyReply> => {
    const { database } = ready(ctx);
    const trainee = request.trainee!;
    const storedAt = Date.now();
    const rows: NewStatementRow[] = [];
    for (const [i, raw] of given.entries()) {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return fail(reply, 400, 'invalid_statement', `statement ${i} is not an object`);
      const statement: Statement = {
        ...raw,
        id: typeof raw.id === 'string' ? raw.id.toLowerCase() : randomUUID(),
      };
      const warnings = validateStatement(statement);
      if (warnings.length > 0 || !uuid.test(String(statement.id)))
        return fail(
          reply,
          400,
          'invalid_statement',
          `statement ${i}: ${warnings.map(String).join('; ') || 'bad id'}`.slice(0, 1000),
        );
      const id = String(statement.id);
      if (rows.some((r) => r.id === id))
        return fail(reply, 400, 'invalid_statement', `statement id ${id} is repeated in the request`);
      const registration = (statement.context as { registration?: unknown } | undefined)?.registration;
      rows.push({
        id,
        traineeId: trainee.traineeId,
        verb: String(statement.verb?.id),
        objectId: typeof statement.object?.id === 'string' ? statement.object.id : undefined,
        registration: typeof registration === 'string' ? registration : undefined,
        digest: digestOf(statement),
        body: {
          ...statement,
          version: xapiVersion,
          stored: new Date(storedAt).toISOString(),
          authority: {
            objectType: 'Agent',
            account: { homePage: `${request.protocol}://${request.host}`, name: 'class-server' },
          },
        },
        storedAt,
      });
    }
    const existing = new Map(
      (
        await findStatements(
          database.db,
          rows.map((r) => r.id),
        )
      ).map((e) => [e.statement_id, e]),
    );
    for (const row of rows) {
      const found = existing.get(row.id);
      if (found && (found.trainee_id !== row.traineeId || found.body_digest !== row.digest))
        return fail(
          reply,
          409,
          'statement_conflict',
          `a different statement with id ${row.id} is already stored`,
        );
    }
    await insertStatements(
      database.db,
      rows.filter((r) => !existing.has(r.id)),
    );
    // Two requests at once with one id: the loser finds the winner's row and compares.
    const after = await findStatements(
      database.db,
      rows.map((r) => r.id),
    );
    if (
      after.some(
        (e) =>
          rows.find((r) => r.id === e.statement_id)?.digest !== e.body_digest ||
          e.trainee_id !== trainee.traineeId,
      )
    )
      return fail(
        reply,
        409,
        'statement_conflict',
        'a different statement with one of these ids is already stored',
      );
    return { ids: rows.map((r) => r.id) };
  };

  app.post('/xapi/statements', { preHandler: guard }, async (request, reply) => {
    const refused = versionGuard(request, reply);
    if (refused) return refused;
    const body = request.body;
    const given = (Array.isArray(body) ? body : [body]) as Statement[];
    if (given.length === 0 || given.length > 500)
      return fail(reply, 400, 'invalid_statement', 'send 1 to 500 statements');
    const outcome = await store(request, reply, given);
    return 'ids' in outcome ? reply.code(200).send(outcome.ids) : outcome;
  });

  app.put<{ Querystring: { statementId?: string } }>(
    '/xapi/statements',
    { preHandler: guard },
    async (request, reply) => {
      const refused = versionGuard(request, reply);
      if (refused) return refused;
      const id = request.query.statementId?.toLowerCase() ?? '';
      if (!uuid.test(id)) return fail(reply, 400, 'bad_request', 'statementId must be a UUID');
      const body = request.body as Statement;
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return fail(reply, 400, 'invalid_statement', 'the body must be one statement');
      if (body.id !== undefined && (typeof body.id !== 'string' || body.id.toLowerCase() !== id))
        return fail(reply, 400, 'invalid_statement', 'the statement id differs from statementId');
      const outcome = await store(request, reply, [{ ...body, id }]);
      return 'ids' in outcome ? reply.code(204).send() : outcome;
    },
  );

  app.get<{ Querystring: { statementId?: string; limit?: string } }>(
    '/xapi/statements',
    { preHandler: guard },
    async (request, reply) => {
      const refused = versionGuard(request, reply);
      if (refused) return refused;
      const { database } = ready(ctx);
      const trainee = request.trainee!;
      const id = request.query.statementId?.toLowerCase();
      if (id !== undefined) {
        const [found] = await findStatements(database.db, [id]);
        if (!found || found.trainee_id !== trainee.traineeId)
          return fail(reply, 404, 'not_found', 'no such statement of yours');
        return reply.send(typeof found.body === 'string' ? JSON.parse(found.body) : found.body);
      }
      const limit = Math.min(1000, Math.max(1, Number.parseInt(request.query.limit ?? '1000', 10) || 1000));
      return reply.send({
        statements: await listStatements(database.db, trainee.traineeId, limit),
        more: '',
      });
    },
  );
}
