import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { parseRecord } from '../../src/core/record/parse-record.ts';
import { ready, type ServerContext } from '../http/context.ts';
import { check, fail } from '../http/errors.ts';
import { instructorGuard, traineeGuard } from '../http/guards.ts';
import { storyInfo } from './case-catalog.ts';
import { PathError, reviewAttempt } from './attempt-review.ts';
import { addComment, addOverride, findOwnRecord, notesOf, readSettings } from './dashboard-store.ts';
import { caseResult } from '../../src/core/protocol/scoring.ts';

type AttemptRequest = FastifyRequest<{ Params: { recordId: string }; Querystring: { lang?: string } }>;

const note = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must have at most ${max} characters`),
  );
const commentBody = v.strictObject(
  { step: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1000)), body: note(2000) },
  'must be { step, body }',
);
const overrideBody = v.strictObject(
  {
    passed: v.boolean('must be true or false'),
    overall: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(100)))),
    reason: note(1000),
  },
  'must be { passed, overall?, reason }',
);

export function attemptRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: instructorGuard(ctx) };

  async function own(request: AttemptRequest, reply: FastifyReply) {
    const row = await findOwnRecord(ready(ctx).database.db, request.instructor!.id, request.params.recordId);
    if (!row) return { answer: fail(reply, 404, 'unknown_record', 'no attempt in your classes has that id') };
    return { row };
  }

  app.get('/api/dashboard/attempts/:recordId', guard, async (request: AttemptRequest, reply) => {
    const o = await own(request, reply);
    if (!o.row) return o.answer;
    const { row } = o;
    const lang = request.query.lang === 'en' ? 'en' : 'es';
    const { database, catalog } = ready(ctx);
    const parsed = parseRecord(row.body);
    const record = parsed.ok ? parsed.record : undefined;
    const json = record ? await catalog.json(record.storyHash) : undefined;
    let steps = null;
    let problem = row.server_result.reason ?? null;
    let passed: boolean | null = null;
    if (record && json) {
      try {
        const review = reviewAttempt(json, record.choices, record.seed, lang);
        steps = review.steps;
        const settings = await readSettings(database.db, row.class_id);
        const key = (await storyInfo(catalog, record.storyHash))?.key ?? [];
        passed = caseResult(review.verdicts, {
          passThreshold: settings.passThreshold,
          criticalFails: true,
          key,
        }).passed;
      } catch (error) {
        if (!(error instanceof PathError)) throw error;
        problem = error.message;
      }
    }
    const notes = await notesOf(database.db, [row.record_id]);
    return {
      recordId: row.record_id,
      class: { id: row.class_id, name: row.class_name },
      trainee: { id: row.trainee_id, name: row.trainee_name, code: row.trainee_code },
      caseId: row.case_id,
      mode: row.mode,
      language: row.language,
      status: row.status,
      witnessed: row.witnessed,
      startedAt: record?.startedAt ?? null,
      endedAt: row.ended_at,
      server: {
        overall: row.server_overall,
        passed,
        passedAt75: row.server_passed,
        competencies: row.server_result.competencies,
        ending: row.server_result.ending,
        differences: row.server_result.differences,
      },
      problem,
      steps,
      comments: notes.comments,
      overrides: notes.overrides,
    };
  });

  app.post('/api/dashboard/attempts/:recordId/comments', guard, async (request: AttemptRequest, reply) => {
    const body = check(commentBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    const o = await own(request, reply);
    if (!o.row) return o.answer;
    const id = await addComment(
      ready(ctx).database.db,
      o.row.record_id,
      request.instructor!.id,
      body.value.step,
      body.value.body,
    );
    return reply.code(201).send({ id, step: body.value.step, body: body.value.body });
  });

  app.post('/api/dashboard/attempts/:recordId/overrides', guard, async (request: AttemptRequest, reply) => {
    const body = check(overrideBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    const o = await own(request, reply);
    if (!o.row) return o.answer;
    const value = {
      passed: body.value.passed,
      overall: body.value.overall ?? null,
      reason: body.value.reason,
    };
    const id = await addOverride(ready(ctx).database.db, o.row.record_id, request.instructor!.id, value);
    return reply.code(201).send({
      id,
      override: value,
      computed: { overall: o.row.server_overall, passed: o.row.server_passed },
    });
  });

  app.get('/api/dashboard/attempts/:recordId/record.json', guard, async (request: AttemptRequest, reply) => {
    const o = await own(request, reply);
    if (!o.row) return o.answer;
    return reply
      .header(
        'content-disposition',
        `attachment; filename="record-${o.row.record_id.replace(/[^\w.-]/g, '_')}.json"`,
      )
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(o.row.body, null, 2));
  });

  /** For the trainee's start screen: the cases assigned to their class, first; evaluation windows. */
  app.get('/api/me/assignments', { preHandler: traineeGuard(ctx) }, async (request) => {
    const s = await readSettings(ready(ctx).database.db, request.trainee!.classId);
    return { assignedCases: s.assignedCases, windows: s.windows, passThreshold: s.passThreshold };
  });
}
