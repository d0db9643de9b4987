import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectMeta } from '../../server/routes/static-routes.ts';
import { InMemoryStatementStore } from '../../src/adapters/xapi/indexeddb-statement-store.ts';
import { StatementQueue } from '../../src/adapters/xapi/statement-queue.ts';
import { xapiSender } from '../../src/adapters/xapi/xapi-sender.ts';
import {
  answeredStatement,
  initializedStatement,
  type IdentifiedStatement,
  type StatementScope,
} from '../../src/adapters/xapi/xapi-statements.ts';
import { switchableProxy } from '../support/switchable-proxy.ts';
import { backends, someStories } from './support/backends.ts';
import { ClassFixture } from './support/class-fixture.ts';

const scope: StatementScope = {
  actor: { objectType: 'Agent', name: 'Juan', account: { homePage: 'http://aula.local', name: '7' } },
  activity: 'urn:primer-contacto/case/lost_child_5',
  caseId: 'lost_child_5',
  sessionId: '2f1c8f3e-6a4b-4c1d-9e2f-0a1b2c3d4e5f',
  language: 'es',
  mode: 'evaluation',
};
let n = 0;
const uuid = () => `1b2c3d4e-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const decision = (k: number) =>
  answeredStatement(
    scope,
    { id: uuid(), at: Date.UTC(2026, 11, 1, 9, k) },
    {
      number: k,
      option: k % 3,
      actions: ['introduce_self_simply'],
      standards: [{ standard: 'S1', outcome: 'met' }],
    },
  );
const version = { 'x-experience-api-version': '1.0.3' };

describe.each(backends())('the class server as an LRS (%s)', (backend) => {
  let f: ClassFixture;
  let auth: Record<string, string>;
  let other: Record<string, string>;
  const count = async (id: string) =>
    (
      await f.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}`,
        headers: { ...auth, ...version },
      })
    ).statusCode === 200
      ? 1
      : 0;
  beforeAll(async () => {
    f = await ClassFixture.start(backend, {
      storiesDir: someStories(['lost_child_5']),
      lrsOrigins: ['https://lrs.academia.pe'],
    });
    const cls = await f.newClass();
    auth = { authorization: `Bearer ${(await f.join(cls.code, 'Juan', '7')).token}` };
    other = { authorization: `Bearer ${(await f.join(cls.code, 'Rosa', '8')).token}` };
  });
  afterAll(() => f.close());

  it('takes a statement once per id: PUT 204, the same again 204, a different one 409; POST answers the ids', async () => {
    const s = initializedStatement(scope, { id: uuid(), at: Date.UTC(2026, 11, 1, 9) });
    const put = (body: object, headers = { ...auth, ...version }) =>
      f.app.inject({ method: 'PUT', url: `/xapi/statements?statementId=${s.id}`, headers, payload: body });
    expect((await put(s)).statusCode).toBe(204);
    expect((await put(s)).headers['x-experience-api-version']).toBe('1.0.3');
    expect((await put(s)).statusCode).toBe(204);
    expect((await put({ ...s, timestamp: '2026-12-01T10:00:00.000Z' })).statusCode).toBe(409);
    // another trainee may not take or overwrite it
    expect((await put(s, { ...other, ...version })).statusCode).toBe(409);
    const got = await f.app.inject({
      method: 'GET',
      url: `/xapi/statements?statementId=${s.id}`,
      headers: { ...auth, ...version },
    });
    expect(got.json()).toMatchObject({ id: s.id, verb: s.verb, version: '1.0.3' });
    expect(got.json<{ stored: string }>().stored).toMatch(/^\d{4}-\d\d-\d\dT/);
    const hidden = await f.app.inject({
      method: 'GET',
      url: `/xapi/statements?statementId=${s.id}`,
      headers: { ...other, ...version },
    });
    expect(hidden.statusCode).toBe(404);

    const list = [decision(1), decision(2)];
    const post = () =>
      f.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { ...auth, ...version },
        payload: list,
      });
    for (let i = 0; i < 2; i++) {
      const res = await post();
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(list.map((x) => x.id));
    }
    expect(await count(list[0]!.id)).toBe(1);
  });

  it('refuses without a trainee token (401), without the version header (400), and an invalid statement (400)', async () => {
    const s = decision(3);
    const post = (headers: Record<string, string>, payload: object) =>
      f.app.inject({ method: 'POST', url: '/xapi/statements', headers, payload });
    expect((await post(version, s)).statusCode).toBe(401);
    expect((await post(auth, s)).json()).toMatchObject({ error: 'xapi_version' });
    const bad = await post({ ...auth, ...version }, { ...s, verb: { id: 'answered' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_statement' });
    expect(await count(s.id)).toBe(0);
    const about = await f.app.inject({ method: 'GET', url: '/xapi/about' });
    expect(about.json()).toEqual({ version: ['1.0.3'] });
    // an academy's LRS on another origin (LRS_ORIGINS) is allowed by the server's policy too
    expect(about.headers['content-security-policy']).toContain("connect-src 'self' https://lrs.academia.pe;");
  });

  it('gets what the simulator queued while it was cut off, once each and in order, over HTTP with @xapi/xapi', async () => {
    await f.app.listen({ port: 0, host: '127.0.0.1' });
    const proxy = await switchableProxy(`http://127.0.0.1:${(f.app.server.address() as AddressInfo).port}`);
    try {
      proxy.setDown(true);
      let now = 0;
      const queue = new StatementQueue({
        store: new InMemoryStatementStore(),
        send: xapiSender(5_000),
        clock: { now: () => now++ },
        backoff: { firstMs: 60_000, maxMs: 60_000 },
        log: () => undefined,
      });
      const lrs = { endpoint: `${proxy.url}/xapi/`, auth: auth.authorization };
      const sent: IdentifiedStatement[] = [];
      for (let k = 10; k < 16; k++) {
        const s = decision(k);
        sent.push(s);
        await queue.enqueue([{ key: `d${k}`, statement: s, lrs }]);
        await queue.idle();
      }
      expect(await Promise.all(sent.map((s) => count(s.id)))).toEqual([0, 0, 0, 0, 0, 0]);
      proxy.setDown(false);
      await queue.retryNow();
      const mine = await f.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: { ...auth, ...version },
      });
      const ids = mine.json<{ statements: { id: string }[] }>().statements.map((s) => s.id);
      expect(ids.filter((id) => sent.some((s) => s.id === id))).toEqual(sent.map((s) => s.id));
    } finally {
      await proxy.close();
    }
  });
});

it('marks the simulator page for the class server as its LRS only with XAPI=1 (the option), in place of a build-time config', () => {
  const html = '<html><head><meta name="pc-lrs" content="lrs.json" /></head></html>';
  const served = (xapi: boolean) => injectMeta(html.replace(/<meta name="pc-lrs"[^>]*>/, ''), xapi);
  expect(served(false)).not.toContain('pc-lrs');
  expect(served(true)).toContain('<meta name="pc-lrs" content="class">');
  expect(served(true)).toContain('<meta name="pc-class-server" content="/api">');
});
