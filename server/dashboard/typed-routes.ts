import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { QUESTION_TYPES } from '../../src/core/questions/question-type.ts';
import { ready, type ServerContext } from '../http/context.ts';
import { check, fail } from '../http/errors.ts';
import { instructorGuard } from '../http/guards.ts';
import { filterOf, filterQuery, loadClassView, type ClassView } from './class-view.ts';
import { filterAttempts } from './overview.ts';
import { agreementByVersion, typedAgreement, type ClassAgreement } from './typed-agreement.ts';
import { recodingsTsv, typedQuestionRows, type TypedQuestionRow } from './typed-questions.ts';
import { addRecoding, currentRecodings } from './typed-store.ts';
import { undisclosedAlong } from './typed-undisclosed.ts';

type TypedRequest = FastifyRequest<{
  Params: { classId: string; recordId?: string; step?: string };
  Querystring: unknown;
}>;

const recodeBody = v.strictObject(
  {
    type: v.picklist(QUESTION_TYPES, `must be one of ${QUESTION_TYPES.join(', ')}`),
    comment: v.optional(
      v.pipe(v.string('must be text'), v.trim(), v.maxLength(300, 'must have at most 300 characters')),
      '',
    ),
  },
  'must be { type, comment? }',
);

const agreementOf = (rows: readonly TypedQuestionRow[]): ClassAgreement => {
  const coded = rows.map((r) => ({
    classified: r.classified,
    instructor: r.recoding?.type ?? null,
    version: r.classifierVersion,
  }));
  return { ...typedAgreement(coded), byVersion: agreementByVersion(coded) };
};

/**
 * The typed questions of a class (issue 15): the list with the current re-codings and the
 * classifier's agreement with its instructors, an instructor's re-coding of one question,
 * and the re-codings as labelled data (TSV). Same guard as the other class routes: an
 * instructor session, CSRF on writes, another instructor's class = 404.
 */
export function typedRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: instructorGuard(ctx) };

  async function rowsOf(view: ClassView, attempts: ClassView['attempts']) {
    const withQuestions = attempts.filter((a) => a.typedQuestions?.length);
    const recodings = await currentRecodings(
      ready(ctx).database.db,
      withQuestions.map((a) => a.recordId),
    );
    return typedQuestionRows(withQuestions, view.trainees, recodings);
  }

  async function open(request: TypedRequest, reply: FastifyReply) {
    const q = check(filterQuery, request.query ?? {});
    if (!q.ok) return { answer: fail(reply, 400, 'bad_request', q.reason) };
    const view = await loadClassView(ctx, request.instructor!.id, request.params.classId);
    if (!view) return { answer: fail(reply, 404, 'unknown_class', 'no class of yours has that id') };
    return { view, attempts: filterAttempts(view.attempts, filterOf(q.value)) };
  }

  app.get('/api/dashboard/classes/:classId/typed-questions', guard, async (request: TypedRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    const questions = await rowsOf(o.view, o.attempts);
    return {
      class: o.view.cls,
      cases: o.view.cases.map((c) => ({ caseId: c.caseId, title: c.title })),
      types: QUESTION_TYPES,
      questions,
      agreement: agreementOf(questions),
    };
  });

  app.put(
    '/api/dashboard/classes/:classId/typed-questions/:recordId/:step',
    guard,
    async (request: TypedRequest, reply) => {
      const body = check(recodeBody, request.body);
      if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
      const o = await open(request, reply);
      if (!o.view) return o.answer;
      const step = Number(request.params.step);
      const attempt = o.view.attempts.find((a) => a.recordId === request.params.recordId);
      const question = attempt?.typedQuestions?.find((q) => q.step === step);
      if (!attempt || !question)
        return fail(reply, 404, 'unknown_question', 'no attempt of this class has a typed question there');
      await addRecoding(ready(ctx).database.db, {
        recordId: attempt.recordId,
        step,
        instructorId: request.instructor!.id,
        type: body.value.type,
        comment: body.value.comment,
      });
      const questions = await rowsOf(o.view, o.view.attempts);
      const row = questions.find((r) => r.recordId === attempt.recordId && r.step === step);
      return { question: row, agreement: agreementOf(questions) };
    },
  );

  app.get(
    '/api/dashboard/classes/:classId/export/typed-questions.tsv',
    guard,
    async (request: TypedRequest, reply) => {
      const o = await open(request, reply);
      if (!o.view) return o.answer;
      const rows = await rowsOf(o.view, o.attempts);
      const recoded = new Set(rows.filter((r) => r.recoding).map((r) => r.recordId));
      const words = new Map<string, Map<number, readonly string[]>>();
      for (const a of o.attempts) {
        const json = recoded.has(a.recordId) ? await ready(ctx).catalog.json(a.storyHash) : undefined;
        if (json) words.set(a.recordId, undisclosedAlong(json, a.choices, a.seed));
      }
      const tsv = recodingsTsv(rows, (r) => words.get(r.recordId)?.get(r.step) ?? []);
      return reply
        .header('content-disposition', `attachment; filename="typed-questions-${o.view.cls.code}.tsv"`)
        .header('cache-control', 'no-store')
        .type('text/tab-separated-values; charset=utf-8')
        .send(tsv);
    },
  );
}
