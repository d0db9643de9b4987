import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends.ts';
import { attempt, ClassFixture } from './support/class-fixture.ts';

describe.each(backends())('dashboard import of record files (%s)', (backend) => {
  let f: ClassFixture;
  let cls: { id: string; code: string };
  const post = (bytes: Uint8Array | string, classId = cls.id) =>
    f.app.inject({
      method: 'POST',
      url: `/api/dashboard/classes/${classId}/import`,
      headers: {
        cookie: f.first.cookie,
        'x-csrf-token': f.first.csrf,
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from(bytes),
    });
  const count = async () =>
    (await f.classRecords(cls.id)).json<{
      records: { recordId: string; status: string; trainee: { name: string } }[];
    }>().records;

  beforeAll(async () => {
    f = await ClassFixture.start(backend);
    cls = await f.newClass();
  });
  afterAll(() => f.close());

  it('stores records re-scored by replay (an edited score is altered), merges duplicates by id, and refuses corrupt and foreign files with a reason', async () => {
    const a = attempt({ mode: 'evaluation' }).record;
    const b = {
      ...attempt({ mode: 'practice' }).record,
      trainee: { name: '<img src=x onerror=alert(1)>', code: '9' },
    };
    const edited = attempt({ mode: 'practice' }).record;
    const tampered = {
      ...edited,
      scores: { ...edited.scores, overall: edited.scores.overall === 100 ? 99 : 100 },
    };
    const first = await post(JSON.stringify(a));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      result: 'stored',
      status: 'verified',
      witnessed: false,
      recordId: a.recordId,
    });
    const withBom = await post(`\uFEFF${JSON.stringify(b)}`);
    expect(withBom.json()).toMatchObject({ result: 'stored', status: 'verified', trainee: b.trainee });
    expect((await post(JSON.stringify(tampered))).json()).toMatchObject({
      result: 'stored',
      status: 'altered',
    });
    const again = await post(JSON.stringify(a, null, 2));
    expect([again.statusCode, again.json<{ result: string }>().result]).toEqual([200, 'merged']);
    const before = await count();
    expect(before.map((r) => r.recordId).sort()).toEqual([a.recordId, b.recordId, edited.recordId].sort());
    expect(before.find((r) => r.recordId === b.recordId)?.trainee.name).toBe('<img src=x onerror=alert(1)>');

    const refused: [string | Uint8Array, number, string][] = [
      ['{"recordId": "x", ', 422, 'corrupt'],
      ['', 422, 'corrupt'],
      [new Uint8Array([0xff, 0xff, 0xc3]), 422, 'corrupt'],
      ['{"hello": "world"}', 422, 'foreign'],
      [JSON.stringify({ ...a, scores: { overall: 'cien' } }), 422, 'foreign'],
      [JSON.stringify({ ...a, passed: !a.passed }), 409, 'conflict'],
    ];
    for (const [body, status, error] of refused) {
      const res = await post(body);
      expect([res.statusCode, res.json<{ error: string }>().error], String(body).slice(0, 30)).toEqual([
        status,
        error,
      ]);
      expect(res.json<{ reason: string }>().reason).toMatch(/\w{3}/);
    }
    expect(await count()).toEqual(before);
  });

  it('a record of another class is foreign here; another instructor cannot import into this class', async () => {
    const otherCls = await f.newClass(f.first, 'Aula B');
    const rec = attempt({}).record;
    expect((await post(JSON.stringify(rec), otherCls.id)).statusCode).toBe(201);
    const res = await post(JSON.stringify(rec));
    expect([res.statusCode, res.json<{ error: string }>().error]).toEqual([422, 'foreign']);
    const json = await f.app.inject({
      method: 'POST',
      url: `/api/dashboard/classes/${cls.id}/import`,
      headers: { cookie: f.first.cookie, 'x-csrf-token': f.first.csrf },
      payload: rec as unknown as object,
    });
    expect(json.statusCode).toBe(400);
  });
});
