import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/main.ts';
import { backends } from './support/backends.ts';
import {
  attempt,
  ClassFixture,
  passphrase,
  setupToken,
  signedIn,
  type Answer,
} from './support/class-fixture.ts';

describe.each(backends())('instructor API (%s)', (backend) => {
  let f: ClassFixture;
  beforeAll(async () => {
    f = await ClassFixture.start(backend);
  });
  afterAll(() => f.close());
  const login = (username: string, pass: string) =>
    f.app.inject({ method: 'POST', url: '/api/login', payload: { username, passphrase: pass } });

  it('sets up the first instructor once, with a session cookie that is httpOnly and SameSite=Strict', async () => {
    const again = await f.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: setupToken, username: 'otro', passphrase },
    });
    expect([again.statusCode, again.json<Answer>().error]).toEqual([403, 'setup_done']);
    expect(f.app.classServer.setupToken).toBeNull();
    const res = await login('ana', passphrase);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^pc_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('a fresh server refuses a wrong setup token and a short passphrase, and rate-limits sign-in (429)', async () => {
    expect((await login('ana', 'not the passphrase')).statusCode).toBe(401);
    expect((await login('nadie', passphrase)).json<Answer>().error).toBe('bad_credentials');
    const token = 'the-right-token-of-this-server-0123456789a';
    const app = buildServer({ setupToken: token, loginLimit: 3, storiesDir: '/nonexistent' });
    try {
      const setup = (body: object) => app.inject({ method: 'POST', url: '/api/setup', payload: body });
      const wrong = await setup({ token: 'wrong', username: 'ana', passphrase });
      expect([wrong.statusCode, wrong.json<Answer>().error]).toEqual([403, 'bad_setup_token']);
      expect((await setup({ token, username: 'ana', passphrase: 'corta' })).statusCode).toBe(400);
      expect(app.classServer.setupToken).toBe(token);
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/login',
          payload: { username: 'x', passphrase: 'y' },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await app.close();
    }
  });

  it('needs the session cookie (401) and, to change anything, the x-csrf-token (403)', async () => {
    expect((await f.app.inject({ method: 'GET', url: '/api/classes' })).statusCode).toBe(401);
    expect((await f.app.inject({ method: 'GET', url: '/api/instructor/me' })).statusCode).toBe(401);
    const noCsrf = await f.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: { cookie: f.first.cookie },
      payload: { name: 'X' },
    });
    expect([noCsrf.statusCode, noCsrf.json<Answer>().error]).toEqual([403, 'csrf']);
    const wrong = await f.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: { cookie: f.first.cookie, 'x-csrf-token': 'a'.repeat(43) },
      payload: { name: 'X' },
    });
    expect(wrong.statusCode).toBe(403);
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/instructor/me',
      headers: { cookie: f.first.cookie },
    });
    expect(me.json()).toEqual({ username: 'ana', csrfToken: f.first.csrf });
  });

  it('creates classes with distinct readable codes and lists only its own', async () => {
    const a = await f.newClass(f.first, 'Aula 1');
    const b = await f.newClass(f.first, 'Aula 2');
    expect(a.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(a.code).not.toBe(b.code);
    const bad = await f.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: { cookie: f.first.cookie, 'x-csrf-token': f.first.csrf },
      payload: { name: '' },
    });
    expect(bad.statusCode).toBe(400);
    const luis = await f.addInstructor('luis');
    const mine = await f.newClass(luis, 'Aula de Luis');
    const list = await f.app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: luis.cookie } });
    expect(list.json()).toEqual({ classes: [{ id: mine.id, name: 'Aula de Luis', code: mine.code }] });
  });

  it("an instructor cannot read another instructor's class (404, as for no class)", async () => {
    const luis = await f.addInstructor('luis2');
    const hers = await f.newClass(f.first, 'Aula de Ana');
    const trainee = await f.join(hers.code);
    expect((await f.play(trainee.token, attempt({}))).statusCode).toBe(201);
    const crossing = await f.classRecords(hers.id, luis);
    expect([crossing.statusCode, crossing.json<Answer>().error]).toEqual([404, 'unknown_class']);
    expect((await f.classRecords('no-such-class', luis)).statusCode).toBe(404);
    const own = await f.classRecords(hers.id);
    expect(own.statusCode).toBe(200);
    expect(own.json<Answer>().records).toHaveLength(1);
  });

  it("lists a class's records with the server's result and the trainee's name as data", async () => {
    const cls = await f.newClass(f.first, 'Aula <b>negrita</b>');
    const t = await f.join(cls.code, '<img src=x onerror=alert(1)>', 'CIP-1');
    const a = attempt({ mode: 'practice' });
    await f.put(`/api/records/${a.record.recordId}`, t.token, {
      ...a.record,
      scores: { ...a.record.scores, overall: 100 },
      passed: true,
    });
    const { records } = (await f.classRecords(cls.id)).json<{ records: Record<string, unknown>[] }>();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recordId: a.record.recordId,
      status: a.record.scores.overall === 100 && a.record.passed ? 'verified' : 'altered',
      serverScores: { overall: a.record.scores.overall, passed: a.record.passed },
      trainee: { name: '<img src=x onerror=alert(1)>', code: 'CIP-1' },
      witnessed: null,
    });
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const res = await login('ana', passphrase);
    const session = signedIn(res, 'ana');
    const noCsrf = await f.app.inject({
      method: 'POST',
      url: '/api/logout',
      headers: { cookie: session.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    const out = await f.app.inject({
      method: 'POST',
      url: '/api/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect(out.statusCode).toBe(200);
    const after = await f.app.inject({
      method: 'GET',
      url: '/api/classes',
      headers: { cookie: session.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(
      (await f.app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: f.first.cookie } }))
        .statusCode,
    ).toBe(200);
  });
});
