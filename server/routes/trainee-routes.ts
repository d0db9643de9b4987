import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { parseRecord } from '../../src/core/record/parse-record.ts';
import { caseIdPattern } from '../../src/core/record/session-record.ts';
import { ready, type ServerContext } from '../http/context.ts';
import { check, fail } from '../http/errors.ts';
import { traineeGuard } from '../http/guards.ts';
import { canonicalJson } from '../scoring/canonical-json.ts';
import { rescore } from '../scoring/rescore.ts';
import { joinClass } from '../store/classes.ts';
import { putProgress, wasWitnessed } from '../store/progress.ts';
import { findRecord, insertRecord, listTraineeRecords } from '../store/records.ts';

export const idPattern = /^[A-Za-z0-9_.:-]{1,128}$/;
const text = (max: number, min = 0) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(min, `must have ${min} to ${max} characters`),
    v.maxLength(max, `must have ${min} to ${max} characters`),
  );
const whole = (min: number) =>
  v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(min, `must be ${min} or more`),
  );

const joinBody = v.strictObject(
  { classCode: text(20, 1), name: text(100, 1), code: text(64) },
  'must be { classCode, name, code }',
);

const progressBody = v.pipe(
  v.strictObject(
    {
      caseId: v.pipe(v.string('must be a case id'), v.regex(caseIdPattern, 'must be a case id')),
      language: v.picklist(['es', 'en'], 'must be es or en'),
      mode: v.picklist(['practice', 'evaluation'], 'must be practice or evaluation'),
      storyHash: v.pipe(
        v.string('must be a SHA-256 in hex'),
        v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
      ),
      seed: whole(Number.MIN_SAFE_INTEGER),
      startedAt: whole(0),
      choices: v.pipe(
        v.array(whole(0), 'must be a list of option indices'),
        v.maxLength(1000, 'is too long'),
      ),
      choiceTimes: v.pipe(v.array(whole(0), 'must be a list of times'), v.maxLength(1000, 'is too long')),
    },
    'must be a progress object',
  ),
  v.check(
    (p) => p.choices.length === p.choiceTimes.length,
    'choices and choiceTimes must have the same length',
  ),
);

const params = v.object({
  id: v.pipe(v.string(), v.regex(idPattern, 'must be an id of 1-128 letters, digits, _ . : -')),
});

export function traineeRoutes(app: FastifyInstance, ctx: ServerContext, joinLimit: number): void {
  const guard = traineeGuard(ctx);

  app.post(
    '/api/join',
    { config: { rateLimit: { max: joinLimit, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = check(joinBody, request.body);
      if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
      const joined = await joinClass(
        ready(ctx).database.db,
        body.value.classCode,
        body.value.name,
        body.value.code,
      );
      if (!joined) return fail(reply, 404, 'unknown_class', 'no class has that code');
      return reply.code(201).send(joined);
    },
  );

  app.put<{ Params: { sessionId: string } }>(
    '/api/attempts/:sessionId/progress',
    { preHandler: guard },
    async (request, reply) => {
      const id = check(params, { id: request.params.sessionId });
      if (!id.ok) return fail(reply, 400, 'bad_request', id.reason);
      const body = check(progressBody, request.body);
      if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
      const outcome = await putProgress(
        ready(ctx).database.db,
        request.trainee!.traineeId,
        id.value.id,
        body.value,
      );
      if (!outcome.ok)
        return fail(reply, outcome.error === 'forbidden' ? 403 : 409, outcome.error, outcome.reason);
      return reply.code(200).send({ received: outcome.received });
    },
  );

  app.put<{ Params: { recordId: string } }>(
    '/api/records/:recordId',
    { preHandler: guard },
    async (request, reply) => {
      const { database, catalog } = ready(ctx);
      const id = check(params, { id: request.params.recordId });
      if (!id.ok) return fail(reply, 400, 'bad_request', id.reason);
      const parsed = parseRecord(request.body);
      if (!parsed.ok) return fail(reply, 400, 'invalid_record', parsed.reason);
      const record = parsed.record;
      if (record.recordId !== id.value.id)
        return fail(reply, 400, 'bad_request', 'recordId must equal the id in the path');
      const trainee = request.trainee!;
      const digest = createHash('sha256').update(canonicalJson(request.body)).digest('hex');
      const answerExisting = async () => {
        const existing = await findRecord(database.db, record.recordId);
        if (!existing) return undefined;
        if (existing.trainee_id !== trainee.traineeId)
          return fail(reply, 403, 'forbidden', 'this record id belongs to another trainee');
        if (existing.body_digest !== digest)
          return fail(reply, 409, 'record_conflict', 'a different record with this id is already stored');
        return reply
          .code(200)
          .send({ recordId: record.recordId, status: existing.status, witnessed: existing.witnessed });
      };
      const earlier = await answerExisting();
      if (earlier) return earlier;
      const { status, server } = rescore(record, await catalog.json(record.storyHash));
      const witnessed =
        record.mode === 'evaluation' ? await wasWitnessed(database.db, trainee.traineeId, record) : null;
      const stored = await insertRecord(database.db, {
        recordId: record.recordId,
        traineeId: trainee.traineeId,
        caseId: record.caseId,
        language: record.language,
        mode: record.mode,
        endedAt: record.endedAt,
        receivedAt: Date.now(),
        body: request.body as Record<string, unknown>,
        bodyDigest: digest,
        status,
        witnessed,
        server,
      });
      if (!stored)
        return (await answerExisting()) ?? fail(reply, 500, 'internal', 'the record vanished; retry');
      return reply.code(201).send({ recordId: record.recordId, status, witnessed });
    },
  );

  app.get('/api/me/records', { preHandler: guard }, async (request) => ({
    records: await listTraineeRecords(ready(ctx).database.db, request.trainee!.traineeId),
  }));
}
