import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { ready, type ServerContext } from '../http/context.ts';
import { check, fail } from '../http/errors.ts';
import { instructorGuard } from '../http/guards.ts';
import { heatMap } from './class-errors.ts';
import { filterOf, filterQuery, loadClassView, type ClassView } from './class-view.ts';
import { attemptsCsv, verdictsCsv, type ExportInput } from './csv-export.ts';
import { notesOf, playingNow, writeSettings } from './dashboard-store.ts';
import { importRecordFile } from './import-records.ts';
import { itemAnalysis, type ItemDecision } from './item-analysis.ts';
import { filterAttempts, overviewRows } from './overview.ts';
import { learningCurve, missedStandards, recommendCase } from './trainee-progress.ts';

type ClassRequest = FastifyRequest<{ Params: { classId: string; traineeId?: string }; Querystring: unknown }>;

const settingsBody = v.strictObject(
  {
    passThreshold: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(100, 'must be 0 to 100')),
    assignedCases: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be case ids'))),
      v.maxLength(100),
    ),
    windows: v.pipe(
      v.array(
        v.pipe(
          v.strictObject({
            caseId: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be a case id'))),
            from: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
            to: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
          }),
          v.check((w) => w.from < w.to, 'a window must end after it starts'),
        ),
      ),
      v.maxLength(100),
    ),
  },
  'must be { passThreshold, assignedCases, windows }',
);

const itemsCache = new Map<string, ItemDecision[]>();

export function classRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: instructorGuard(ctx) };

  /** The class (404 if not this instructor's) and the filter of the query (400 if malformed). */
  async function open(request: ClassRequest, reply: FastifyReply) {
    const q = check(filterQuery, request.query ?? {});
    if (!q.ok) return { answer: fail(reply, 400, 'bad_request', q.reason) };
    const view = await loadClassView(ctx, request.instructor!.id, request.params.classId);
    if (!view) return { answer: fail(reply, 404, 'unknown_class', 'no class of yours has that id') };
    return { view, filter: filterOf(q.value), lang: q.value.lang ?? 'es' };
  }

  const classInfo = (view: ClassView) => ({
    class: view.cls,
    settings: view.settings,
    cases: view.cases.map((c) => ({ caseId: c.caseId, title: c.title, key: c.key })),
  });

  app.get('/api/dashboard/classes/:classId/overview', guard, async (request: ClassRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    const attempts = filterAttempts(o.view.attempts, o.filter);
    const now = Date.now();
    const playing = await playingNow(ready(ctx).database.db, o.view.cls.id, now);
    return {
      ...classInfo(o.view),
      trainees: overviewRows(o.view.trainees, attempts, o.view.rule),
      attempts: attempts.length,
      playing: playing.map((p) => ({
        sessionId: p.session_id,
        trainee: { id: p.id, name: p.name, code: p.code },
        caseId: p.case_id,
        mode: p.mode,
        language: p.language,
        decision: p.length + 1,
        updatedAt: p.updated_at,
      })),
      now,
    };
  });

  app.get('/api/dashboard/classes/:classId/errors', guard, async (request: ClassRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    const attempts = filterAttempts(o.view.attempts, o.filter);
    return { ...classInfo(o.view), attempts: attempts.length, heatMap: heatMap(attempts) };
  });

  app.get('/api/dashboard/classes/:classId/items', guard, async (request: ClassRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    const caseId = o.filter.caseId;
    if (!caseId) return fail(reply, 400, 'bad_request', "'case' is required");
    const language = o.filter.language ?? 'es';
    const attempts = filterAttempts(o.view.attempts, { ...o.filter, language }).filter((a) => a.storyHash);
    const key = `${o.view.cls.id}|${caseId}|${language}|${attempts.map((a) => a.recordId).join(',')}`;
    let decisions = itemsCache.get(key);
    if (!decisions) {
      const { catalog } = ready(ctx);
      const inputs = [];
      for (const a of attempts) {
        const json = await catalog.json(a.storyHash);
        if (json && a.status !== 'altered') inputs.push({ json, seed: a.seed, choices: a.choices });
      }
      decisions = itemAnalysis(inputs);
      if (itemsCache.size > 200) itemsCache.clear();
      itemsCache.set(key, decisions);
    }
    return { ...classInfo(o.view), caseId, language, attempts: attempts.length, decisions };
  });

  app.get(
    '/api/dashboard/classes/:classId/trainees/:traineeId',
    guard,
    async (request: ClassRequest, reply) => {
      const o = await open(request, reply);
      if (!o.view) return o.answer;
      const trainee = o.view.trainees.find((t) => t.id === request.params.traineeId);
      if (!trainee) return fail(reply, 404, 'unknown_trainee', 'no trainee of this class has that id');
      const own = o.view.attempts.filter((a) => a.traineeId === trainee.id);
      return {
        ...classInfo(o.view),
        trainee,
        curve: learningCurve(own, o.view.rule),
        missed: missedStandards(own),
        recommended: recommendCase(own, o.view.cases, o.view.rule, o.view.settings.assignedCases),
      };
    },
  );

  app.get('/api/dashboard/classes/:classId/settings', guard, async (request: ClassRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    return classInfo(o.view);
  });

  app.put('/api/dashboard/classes/:classId/settings', guard, async (request: ClassRequest, reply) => {
    const body = check(settingsBody, request.body);
    if (!body.ok) return fail(reply, 400, 'bad_request', body.reason);
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    const known = new Set(o.view.cases.map((c) => c.caseId));
    const unknown = body.value.assignedCases.find((c) => !known.has(c));
    if (unknown) return fail(reply, 400, 'bad_request', `'assignedCases' names an unknown case: ${unknown}`);
    await writeSettings(ready(ctx).database.db, o.view.cls.id, {
      ...body.value,
      assignedCases: [...new Set(body.value.assignedCases)],
    });
    return { settings: body.value };
  });

  async function exportInput(view: ClassView, filtered: ClassView['attempts'], lang: 'es' | 'en') {
    const notes = await notesOf(
      ready(ctx).database.db,
      filtered.map((a) => a.recordId),
    );
    return {
      className: view.cls.name,
      trainees: new Map(view.trainees.map((t) => [t.id, t])),
      attempts: filtered,
      rule: view.rule,
      lang,
      ...notes,
    } satisfies ExportInput;
  }

  const download = (reply: FastifyReply, name: string, type: string, body: string) =>
    reply
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .type(type)
      .send(body);

  for (const [file, make] of [
    ['attempts', attemptsCsv],
    ['verdicts', verdictsCsv],
  ] as const) {
    app.get(
      `/api/dashboard/classes/:classId/export/${file}.csv`,
      guard,
      async (request: ClassRequest, reply) => {
        const o = await open(request, reply);
        if (!o.view) return o.answer;
        const input = await exportInput(o.view, filterAttempts(o.view.attempts, o.filter), o.lang);
        return download(reply, `${file}-${o.view.cls.code}.csv`, 'text/csv; charset=utf-8', make(input));
      },
    );
  }

  app.get(
    '/api/dashboard/classes/:classId/export/records.json',
    guard,
    async (request: ClassRequest, reply) => {
      const o = await open(request, reply);
      if (!o.view) return o.answer;
      const ids = filterAttempts(o.view.attempts, o.filter).map((a) => a.recordId);
      const bodies = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await ready(ctx)
          .database.db.selectFrom('records')
          .select(['record_id', 'body'])
          .where('record_id', 'in', chunk)
          .execute();
        const byId = new Map(rows.map((r) => [r.record_id, r.body]));
        bodies.push(...chunk.map((id) => byId.get(id)));
      }
      return download(
        reply,
        `records-${o.view.cls.code}.json`,
        'application/json; charset=utf-8',
        JSON.stringify(bodies, null, 2),
      );
    },
  );

  app.post('/api/dashboard/classes/:classId/import', guard, async (request: ClassRequest, reply) => {
    const o = await open(request, reply);
    if (!o.view) return o.answer;
    if (!Buffer.isBuffer(request.body))
      return fail(reply, 400, 'bad_content_type', 'send the file itself as application/octet-stream');
    const { database, catalog } = ready(ctx);
    const outcome = await importRecordFile(database.db, catalog, o.view.cls.id, request.body);
    if (!outcome.ok)
      return fail(reply, outcome.error === 'conflict' ? 409 : 422, outcome.error, outcome.reason);
    return reply.code(outcome.result === 'stored' ? 201 : 200).send(outcome);
  });
}
