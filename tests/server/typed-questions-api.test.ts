import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recodingCount } from '../../server/dashboard/typed-store.ts';
import type { Agreement, ClassAgreement } from '../../server/dashboard/typed-agreement.ts';
import type { TypedQuestionRow } from '../../server/dashboard/typed-questions.ts';
import { backends } from './support/backends.ts';
import { attempt, ClassFixture, type Instructor } from './support/class-fixture.ts';
import { withTypedQuestions } from './support/typed-attempt.ts';

type List = { questions: TypedQuestionRow[]; agreement: ClassAgreement };

describe.each(backends())('typed questions: list, re-coding, agreement, labelled export (%s)', (backend) => {
  let f: ClassFixture;
  let cls: { id: string; code: string };
  let other: Instructor;
  let otherCls: { id: string };
  let recordId: string;
  let lostId: string;
  const get = (url: string, by: Instructor = f.first) =>
    f.app.inject({ method: 'GET', url, headers: { cookie: by.cookie } });
  const recode = (classId: string, rec: string, step: number | string, payload: unknown, by = f.first) =>
    f.app.inject({
      method: 'PUT',
      url: `/api/dashboard/classes/${classId}/typed-questions/${rec}/${step}`,
      headers: { cookie: by.cookie, 'x-csrf-token': by.csrf },
      payload: payload as object,
    });
  const list = async () => (await get(`/api/dashboard/classes/${cls.id}/typed-questions`)).json<List>();

  beforeAll(async () => {
    f = await ClassFixture.start(backend);
    cls = await f.newClass(f.first, 'Aula A');
    other = await f.addInstructor('beto');
    otherCls = await f.newClass(other, 'Aula B');
    const rosa = await f.join(cls.code, 'Rosa Quispe', '12345');
    const a = withTypedQuestions(attempt({ caseId: 'theft_16', mode: 'practice', seed: 3 }), [
      { step: 0, text: 'Cuéntame todo lo que pasó', classified: 'invitation' },
      { step: 1, text: '¿El vecino te llevó,\tverdad?\n¿sí?', classified: 'directive' },
      { step: 2, text: '=¿Dónde estabas?', classified: 'directive' },
    ]);
    const b = withTypedQuestions(attempt({ caseId: 'lost_child_5', mode: 'practice', seed: 4 }), [
      { step: 1, text: '¿Por qué te fuiste sola?', classified: 'why_blame' },
    ]);
    recordId = a.record.recordId;
    lostId = b.record.recordId;
    for (const x of [a, b]) {
      const put = await f.play(rosa.token, x);
      expect(put.statusCode, put.body).toBe(201);
      // Stored either way: 'verified' while replay ignores typed questions, 'altered' once it
      // proves them (these are written by hand, not asked at open decisions).
      expect(['verified', 'altered']).toContain(put.json<{ status: string }>().status);
    }
  });
  afterAll(() => f.close());

  it('lists every typed question with its case, step, text, reading, version and trainee; none re-coded yet', async () => {
    const body = await list();
    expect(body.questions.map((q) => [q.caseId, q.step, q.classified, q.classifierVersion])).toEqual(
      expect.arrayContaining([
        ['theft_16', 0, 'invitation', 'q-test'],
        ['theft_16', 1, 'directive', 'q-test'],
        ['theft_16', 2, 'directive', 'q-test'],
        ['lost_child_5', 1, 'why_blame', 'q-test'],
      ]),
    );
    expect(body.questions).toHaveLength(4);
    expect(body.questions[0]!.trainee).toMatchObject({ name: 'Rosa Quispe', code: '12345' });
    expect(body.questions.every((q) => q.recoding === null)).toBe(true);
    expect(body.agreement).toMatchObject({ questions: 4, recoded: 0, sevenTypes: { rate: null } });
    const one = await get(`/api/dashboard/classes/${cls.id}/typed-questions?case=lost_child_5`);
    expect(one.json<List>().questions.map((q) => q.text)).toEqual(['¿Por qué te fuiste sola?']);
  });

  it('an instructor re-codes; the current re-coding is the newest, history kept; agreement follows', async () => {
    const agree = await recode(cls.id, recordId, 0, { type: 'invitation' });
    expect(agree.statusCode, agree.body).toBe(200);
    expect(agree.json<{ agreement: Agreement }>().agreement).toMatchObject({
      questions: 4,
      recoded: 1,
      sevenTypes: { agree: 1, of: 1, rate: 1 },
      recommended: { agree: 1, of: 1 },
    });
    await recode(cls.id, recordId, 1, { type: 'option_posing', comment: 'primera lectura' });
    const res = await recode(cls.id, recordId, 1, { type: 'suggestive', comment: '  nombra al vecino  ' });
    const body = res.json<{ question: TypedQuestionRow; agreement: Agreement }>();
    expect(body.question.recoding).toMatchObject({
      type: 'suggestive',
      comment: 'nombra al vecino',
      author: 'ana',
    });
    expect(body.agreement).toMatchObject({
      recoded: 2,
      sevenTypes: { agree: 1, of: 2, rate: 0.5 },
      recommended: { agree: 1, of: 2, rate: 0.5 },
      confusions: [{ classifier: 'directive', instructor: 'suggestive', count: 1 }],
    });
    expect(await recodingCount(f.app.classServer.database!.db, recordId, 1)).toBe(2);
    const listed = await list();
    const q1 = listed.questions.find((q) => q.recordId === recordId && q.step === 1)!;
    expect(q1.recoding?.type).toBe('suggestive');
    expect(listed.agreement.recoded).toBe(2);
    expect(listed.agreement.byVersion.map((b) => [b.version, b.agreement.recoded])).toEqual([['q-test', 2]]);
  });

  it('refuses a bad type, an unknown step or record, a missing CSRF header and no session', async () => {
    expect((await recode(cls.id, recordId, 0, { type: 'leading' })).statusCode).toBe(400);
    expect((await recode(cls.id, recordId, 0, { type: 'invitation', extra: 1 })).statusCode).toBe(400);
    expect(
      (await recode(cls.id, recordId, 0, { type: 'invitation', comment: 'x'.repeat(301) })).statusCode,
    ).toBe(400);
    const noStep = await recode(cls.id, recordId, 7, { type: 'invitation' });
    expect([noStep.statusCode, noStep.json<{ error: string }>().error]).toEqual([404, 'unknown_question']);
    expect((await recode(cls.id, recordId, 'x', { type: 'invitation' })).statusCode).toBe(404);
    expect((await recode(cls.id, 'no-such-record', 0, { type: 'invitation' })).statusCode).toBe(404);
    const noCsrf = await f.app.inject({
      method: 'PUT',
      url: `/api/dashboard/classes/${cls.id}/typed-questions/${recordId}/0`,
      headers: { cookie: f.first.cookie },
      payload: { type: 'invitation' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await f.app.inject({
      method: 'GET',
      url: `/api/dashboard/classes/${cls.id}/typed-questions`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("an instructor of another class gets 404 for this class's questions, re-codings and export, and cannot re-code them through their own class", async () => {
    expect((await get(`/api/dashboard/classes/${cls.id}/typed-questions`, other)).statusCode).toBe(404);
    expect((await get(`/api/dashboard/classes/${cls.id}/export/typed-questions.tsv`, other)).statusCode).toBe(
      404,
    );
    expect((await recode(cls.id, recordId, 0, { type: 'multiple' }, other)).statusCode).toBe(404);
    const viaOwn = await recode(otherCls.id, recordId, 0, { type: 'multiple' }, other);
    expect([viaOwn.statusCode, viaOwn.json<{ error: string }>().error]).toEqual([404, 'unknown_question']);
    expect(
      (await get(`/api/dashboard/classes/${otherCls.id}/typed-questions`, other)).json<List>().questions,
    ).toEqual([]);
    const q0 = (await list()).questions.find((q) => q.recordId === recordId && q.step === 0)!;
    expect(q0.recoding?.type).toBe('invitation');
  });

  it('exports the re-codings as labelled data in the TSV format of the classifier set (split instructor)', async () => {
    await recode(cls.id, recordId, 2, { type: 'directive' });
    await recode(cls.id, lostId, 1, { type: 'why_blame' });
    const res = await get(`/api/dashboard/classes/${cls.id}/export/typed-questions.tsv?case=theft_16`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/tab-separated-values/);
    // Read as the labelled set's reader reads it: tab-separated, no quote character.
    const parsed = Papa.parse<Record<string, string>>(res.body, {
      header: true,
      delimiter: '\t',
      quoteChar: '\u0000',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['id', 'type', 'undisclosed', 'text', 'split']);
    expect(parsed.data.map((r) => [r.id, r.type, r.undisclosed, r.text, r.split])).toEqual([
      [`es-i-${recordId}-0`, 'invitation', '', 'Cuéntame todo lo que pasó', 'instructor'],
      [`es-i-${recordId}-1`, 'suggestive', '', '¿El vecino te llevó, verdad? ¿sí?', 'instructor'],
      [`es-i-${recordId}-2`, 'directive', '', '¿Dónde estabas?', 'instructor'],
    ]);
    const all = await get(`/api/dashboard/classes/${cls.id}/export/typed-questions.tsv`);
    expect(all.body.trim().split('\n')).toHaveLength(5);
  });
});
