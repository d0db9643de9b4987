// @vitest-environment node
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  openStatementStore,
  xapiDatabaseName,
  type IndexedDbStatementStore,
} from '../../../../src/adapters/xapi/indexeddb-statement-store.ts';
import { StatementQueue, type LrsTarget } from '../../../../src/adapters/xapi/statement-queue.ts';
import { outcomeOf, xapiSender } from '../../../../src/adapters/xapi/xapi-sender.ts';
import { answeredStatement, type StatementScope } from '../../../../src/adapters/xapi/xapi-statements.ts';
import { stubLrs } from '../../../support/stub-lrs.ts';

const scope: StatementScope = {
  actor: { objectType: 'Agent', name: 'Rosa', account: { homePage: 'https://academia.example', name: '42' } },
  activity: 'urn:primer-contacto/case/lost_child_5',
  caseId: 'lost_child_5',
  sessionId: 's-1',
  language: 'es',
  mode: 'evaluation',
};
let n = 0;
const statement = (k: number) =>
  answeredStatement(
    scope,
    { id: `5e6f7a8b-0000-4000-8000-${String(++n).padStart(12, '0')}`, at: Date.UTC(2026, 11, 1, 9, k) },
    { number: k, option: 0, actions: [], standards: [] },
  );

let lrs: Awaited<ReturnType<typeof stubLrs>>;
const opened: IndexedDbStatementStore[] = [];
/** A page's queue: its own store connection (as after a reload) and a sender that gives up fast. */
async function page() {
  const store = await openStatementStore();
  opened.push(store);
  let now = 0;
  const queue = new StatementQueue({
    store,
    send: xapiSender(3_000),
    clock: { now: () => now++ },
    backoff: { firstMs: 60_000, maxMs: 60_000 },
    log: () => undefined,
  });
  return { store, queue };
}

beforeAll(async () => {
  lrs = await stubLrs();
});
afterAll(() => lrs.close());
beforeEach(async () => {
  opened.splice(0).forEach((s) => s.close());
  await deleteDB(xapiDatabaseName);
  lrs.requests.length = 0;
  lrs.stored.length = 0;
  lrs.setDown(false);
});

describe('the durable xAPI statement queue, against a stub LRS on 127.0.0.1', () => {
  it('keeps statements queued while offline across a reload, then sends them once each, in order', async () => {
    const target: LrsTarget = { endpoint: `${lrs.url}/xapi/`, auth: 'Basic a2V5OnNlY3JldA==' };
    lrs.setDown(true);
    const first = await page();
    const queued = [1, 2, 3, 4, 5].map(statement);
    for (const [i, s] of queued.entries()) {
      await first.queue.enqueue([{ key: `s-1/decision/${i + 1}`, statement: s, lrs: target }]);
      await first.queue.idle();
    }
    expect(lrs.stored).toEqual([]);
    // the same key again (a retried save) is not queued twice, even with a new id
    await first.queue.enqueue([{ key: 's-1/decision/1', statement: statement(1), lrs: target }]);
    expect(await first.store.list()).toHaveLength(5);

    // Reload: a new page, a new connection to the same database; the network is back.
    lrs.setDown(false);
    const second = await page();
    await second.queue.drain();
    expect(lrs.stored.map((s) => s.id)).toEqual(queued.map((s) => s.id));
    expect(await second.store.list()).toEqual([]);
    const posts = lrs.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(5);
    expect(posts.every((r) => r.version === '1.0.3' && r.auth === target.auth)).toBe(true);
    expect(posts.map((r) => (r.body as { id: string }).id)).toEqual(queued.map((s) => s.id));
  });

  it("sends a statement whose answer was lost again with the same id, and the LRS's 409 ends it", async () => {
    const target: LrsTarget = { endpoint: `${lrs.url}/xapi/` };
    const { queue, store } = await page();
    lrs.loseNextAnswer();
    const [a, b] = [statement(1), statement(2)];
    await queue.enqueue([
      { key: 'a', statement: a, lrs: target },
      { key: 'b', statement: b, lrs: target },
    ]);
    await queue.idle();
    expect(lrs.stored.map((s) => s.id)).toEqual([a.id]);
    expect(await store.list()).toHaveLength(2);
    await queue.retryNow();
    expect(lrs.stored.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(lrs.requests.map((r) => (r.body as { id: string }).id)).toEqual([a.id, a.id, b.id]);
    expect(await store.list()).toEqual([]);
  });

  it('keeps a statement the LRS refuses (400) with the reason and goes on with the next', async () => {
    const { queue, store } = await page();
    const target: LrsTarget = { endpoint: `${lrs.url}/nowhere/` };
    await queue.enqueue([{ key: 'x', statement: statement(1), lrs: target }]);
    await queue.idle();
    const [kept] = await store.list();
    expect(kept).toMatchObject({ state: 'rejected', attempts: 1 });
    expect(kept?.reason).toMatch(/^404/);
    expect(outcomeOf({ response: { status: 409 } })).toBe('duplicate');
    expect(outcomeOf({ response: { status: 503 } })).toBe('transient');
    expect(outcomeOf(new Error('Network Error'))).toBe('transient');
    expect(outcomeOf({ response: { status: 400, data: { message: 'bad' } } })).toEqual({
      rejected: '400 {"message":"bad"}',
    });
  });
});
