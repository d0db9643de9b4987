import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends.ts';
import { attempt, ClassFixture, type Answer } from './support/class-fixture.ts';

describe.each(backends())('trainee API (%s)', (backend) => {
  let f: ClassFixture;
  let cls: { id: string; code: string };
  beforeAll(async () => {
    f = await ClassFixture.start(backend);
    cls = await f.newClass();
  });
  afterAll(() => f.close());

  it('joins by class code; the same name and code is the same trainee with a new token, old ones still work', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { classCode: cls.code.toLowerCase(), name: 'Juan', code: '7' },
    });
    expect(res.statusCode).toBe(201);
    const first = res.json<{ traineeId: string; token: string; class: { id: string; name: string } }>();
    expect(first.class).toEqual({ id: cls.id, name: 'Aula A' });
    const again = await f.join(cls.code, 'Juan', '7');
    expect(again.traineeId).toBe(first.traineeId);
    expect(again.token).not.toBe(first.token);
    const other = await f.join(cls.code, 'Juan', '8');
    expect(other.traineeId).not.toBe(first.traineeId);
    for (const token of [first.token, again.token]) {
      const me = await f.app.inject({
        method: 'GET',
        url: '/api/me/records',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(200);
    }
  });

  it('refuses an unknown class code (404) and bad join bodies (400)', async () => {
    const unknown = await f.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { classCode: 'ZZZZZZ', name: 'A', code: '1' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'unknown_class' });
    for (const payload of [
      {},
      { classCode: cls.code, name: '', code: '1' },
      { classCode: cls.code, name: 'A', code: '1', extra: 1 },
      { classCode: 5, name: 'A', code: '1' },
    ]) {
      const res = await f.app.inject({ method: 'POST', url: '/api/join', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request' });
      expect(res.json<Answer>().reason).toMatch(/\w/);
    }
    const notJson = await f.app.inject({
      method: 'POST',
      url: '/api/join',
      headers: { 'content-type': 'application/json' },
      payload: '{"classCode":',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('asks for a trainee token on every trainee route (401)', async () => {
    const a = attempt({});
    for (const [method, url] of [
      ['PUT', `/api/attempts/${a.record.recordId}/progress`],
      ['PUT', `/api/records/${a.record.recordId}`],
      ['GET', '/api/me/records'],
    ] as const) {
      for (const authorization of [undefined, 'Bearer not-a-token-of-this-server-xxxxxxx', 'Basic abc']) {
        const res = await f.app.inject({
          method,
          url,
          headers: authorization ? { authorization } : {},
          payload: method === 'PUT' ? a.record : undefined,
        });
        expect(res.statusCode, `${method} ${url} ${authorization}`).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized' });
      }
    }
  });

  it('stores progress prefix by prefix, idempotently; a prefix that does not extend it is a 409', async () => {
    const { token } = await f.join(cls.code, 'Progreso', '1');
    const a = attempt({});
    const url = `/api/attempts/${a.record.recordId}/progress`;
    const [u1, u2, u3] = a.uploads;
    expect((await f.put(url, token, u1)).json()).toEqual({ received: 1 });
    expect((await f.put(url, token, u2)).json()).toEqual({ received: 2 });
    const again = await f.put(url, token, u2);
    expect([again.statusCode, again.json()]).toEqual([200, { received: 2 }]);
    expect((await f.put(url, token, u1)).statusCode).toBe(200);
    const forked = {
      ...u3!,
      choices: [...u2!.choices.slice(0, 1), u2!.choices[1]! + 1, 0],
      choiceTimes: u3!.choiceTimes,
    };
    const conflict = await f.put(url, token, forked);
    expect([conflict.statusCode, conflict.json<Answer>().error]).toEqual([409, 'progress_conflict']);
    const otherSeed = await f.put(url, token, { ...u3!, seed: u3!.seed + 1 });
    expect(otherSeed.statusCode).toBe(409);
    expect((await f.put(url, token, u3)).json()).toEqual({ received: 3 });
  });

  it('rejects bad progress bodies and ids (400)', async () => {
    const { token } = await f.join(cls.code, 'Malo', '1');
    const u = attempt({}).uploads[1]!;
    const bad = [
      { ...u, choiceTimes: [1] },
      { ...u, caseId: '../etc' },
      { ...u, storyHash: 'abc' },
      { ...u, choices: [-1, 0] },
      { ...u, language: 'fr' },
      { ...u, extra: true },
      'text',
    ];
    for (const body of bad)
      expect((await f.put('/api/attempts/s1/progress', token, body)).statusCode).toBe(400);
    expect((await f.put('/api/attempts/a%20b/progress', token, u)).statusCode).toBe(400);
  });

  it('verifies a played record (201), answers 200 to the same record again and 409 to a different one', async () => {
    const { token } = await f.join(cls.code, 'Rosa', '1');
    const a = attempt({});
    const first = await f.play(token, a);
    expect([first.statusCode, first.json()]).toEqual([
      201,
      { recordId: a.record.recordId, status: 'verified', witnessed: true },
    ]);
    const again = await f.play(token, a, false);
    expect([again.statusCode, again.json()]).toEqual([
      200,
      { recordId: a.record.recordId, status: 'verified', witnessed: true },
    ]);
    const changed = await f.put(`/api/records/${a.record.recordId}`, token, {
      ...a.record,
      endedAt: a.record.endedAt + 1,
    });
    expect([changed.statusCode, changed.json<Answer>().error]).toEqual([409, 'record_conflict']);
    const list = await f.app.inject({
      method: 'GET',
      url: '/api/me/records',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.json<Answer>().records).toEqual([
      {
        recordId: a.record.recordId,
        caseId: 'theft_16',
        mode: 'evaluation',
        language: 'es',
        status: 'verified',
        witnessed: true,
        serverScores: { overall: a.record.scores.overall, passed: a.record.passed },
        endedAt: a.record.endedAt,
      },
    ]);
  });

  it('rejects records the schema does not allow, an id that is not the path, and oversize bodies', async () => {
    const { token } = await f.join(cls.code, 'Esquema', '1');
    const { record } = attempt({});
    const url = `/api/records/${record.recordId}`;
    for (const body of [
      { ...record, schemaVersion: 3 },
      { ...record, scores: { overall: 101, competencies: {} } },
      { ...record, caseId: 'A/B' },
      { ...record, html: '<b>' },
      [],
    ]) {
      const res = await f.put(url, token, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_record' });
    }
    const mismatch = await f.put('/api/records/another-id', token, record);
    expect([mismatch.statusCode, mismatch.json<Answer>().error]).toEqual([400, 'bad_request']);
    const huge = await f.put(url, token, { ...record, trainee: { name: 'x'.repeat(1_100_000), code: '' } });
    expect([huge.statusCode, huge.json<Answer>().error]).toEqual([413, 'body_too_large']);
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/me/records',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json<Answer>().records).toEqual([]);
  });

  it('keeps a tampered record as altered, with the server result beside it, and an unknown story as unverifiable', async () => {
    const { token } = await f.join(cls.code, 'Trampa', '1');
    const a = attempt({ mode: 'practice' });
    const claimed = {
      ...a.record,
      scores: { ...a.record.scores, overall: a.record.scores.overall === 100 ? 99 : 100 },
      passed: true,
    };
    const altered = await f.put(`/api/records/${a.record.recordId}`, token, claimed);
    expect([altered.statusCode, altered.json()]).toEqual([
      201,
      { recordId: a.record.recordId, status: 'altered', witnessed: null },
    ]);
    const b = attempt({ mode: 'practice' });
    const unknown = await f.put(`/api/records/${b.record.recordId}`, token, {
      ...b.record,
      storyHash: 'f'.repeat(64),
    });
    expect(unknown.json()).toEqual({ recordId: b.record.recordId, status: 'unverifiable', witnessed: null });
    const list = (await f.classRecords(cls.id)).json<{
      records: { recordId: string; serverScores: unknown; differences: string[] }[];
    }>().records;
    const mine = list.find((r) => r.recordId === a.record.recordId)!;
    expect(mine.serverScores).toEqual({ overall: a.record.scores.overall, passed: a.record.passed });
    expect(mine.differences.join('\n')).toMatch(/overall score: record has/);
    expect(list.find((r) => r.recordId === b.record.recordId)!.serverScores).toEqual({
      overall: null,
      passed: null,
    });
  });

  it('marks an evaluation unwitnessed unless the server saw each choice arrive one upload at a time', async () => {
    const { token } = await f.join(cls.code, 'Testigo', '1');
    const status = async (a: ReturnType<typeof attempt>) =>
      (await f.put(`/api/records/${a.record.recordId}`, token, a.record)).json<Answer>().witnessed as unknown;
    const none = attempt({});
    expect(await status(none)).toBe(false);
    const allAtOnce = attempt({});
    await f.put(`/api/attempts/${allAtOnce.record.recordId}/progress`, token, allAtOnce.uploads.at(-1));
    expect(await status(allAtOnce)).toBe(false);
    const skipped = attempt({});
    for (const u of skipped.uploads.filter((_, i) => i !== 1))
      await f.put(`/api/attempts/${skipped.record.recordId}/progress`, token, u);
    expect(await status(skipped)).toBe(false);
    const future = attempt({});
    for (const u of future.uploads)
      await f.put(`/api/attempts/${future.record.recordId}/progress`, token, {
        ...u,
        choiceTimes: u.choiceTimes.map((t) => t + 3_600_000),
      });
    expect(await status(future)).toBe(false);
    const backwards = attempt({});
    for (const u of backwards.uploads)
      await f.put(`/api/attempts/${backwards.record.recordId}/progress`, token, {
        ...u,
        choiceTimes: u.choiceTimes.map((t, i) => t - i * 10_000),
      });
    expect(await status(backwards)).toBe(false);
    const late = attempt({});
    const sent = await f.play(token, late);
    expect(sent.json<Answer>().witnessed).toBe(true);
    const practice = attempt({ mode: 'practice' });
    expect((await f.play(token, practice)).json<Answer>().witnessed).toBeNull();
  });

  it('a trainee can neither read nor write another trainee’s records, nor reach another class', async () => {
    const other = await f.newClass(f.first, 'Aula B');
    const a = await f.join(cls.code, 'Ana A', '1');
    const b = await f.join(cls.code, 'Beto B', '2');
    const c = await f.join(other.code, 'Caro C', '3');
    const rb = attempt({});
    expect((await f.play(b.token, rb)).statusCode).toBe(201);
    const overwrite = await f.put(`/api/records/${rb.record.recordId}`, a.token, rb.record);
    expect([overwrite.statusCode, overwrite.json<Answer>().error]).toEqual([403, 'forbidden']);
    const fromOtherClass = await f.put(`/api/records/${rb.record.recordId}`, c.token, rb.record);
    expect(fromOtherClass.statusCode).toBe(403);
    const progress = await f.put(`/api/attempts/${rb.record.recordId}/progress`, a.token, rb.uploads[0]);
    expect([progress.statusCode, progress.json<Answer>().error]).toEqual([403, 'forbidden']);
    const listA = await f.app.inject({
      method: 'GET',
      url: '/api/me/records',
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(listA.json<Answer>().records).toEqual([]);
    const rc = attempt({});
    expect((await f.play(c.token, rc)).statusCode).toBe(201);
    const ids = async (id: string) =>
      (await f.classRecords(id)).json<{ records: { recordId: string }[] }>().records.map((r) => r.recordId);
    expect(await ids(other.id)).toEqual([rc.record.recordId]);
    expect(await ids(cls.id)).toContain(rb.record.recordId);
    expect(await ids(cls.id)).not.toContain(rc.record.recordId);
  });
});
