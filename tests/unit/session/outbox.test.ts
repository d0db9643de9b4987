import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../src/adapters/storage/app-database.ts';
import { InMemoryOutboxStore } from '../../../src/adapters/storage/in-memory-outbox-store.ts';
import { IndexedDbOutboxStore } from '../../../src/adapters/storage/indexeddb-outbox-store.ts';
import { Outbox } from '../../../src/session/outbox.ts';
import { ownerOf, type OutboxEntry, type OutboxStore } from '../../../src/session/outbox-store.ts';
import type { ProgressUpload } from '../../../src/session/session-sync.ts';
import { fakeRecord } from '../../support/fakes.ts';
import { FixedClock } from '../../support/fixed-clock.ts';
import { FakeClassServer, ManualTimers } from './fake-class-server.ts';

const ana = ownerOf('AULA-1', 'Ana', 'CIP-1');

const upload = (choices: number[]): ProgressUpload => ({
  caseId: 'fixture',
  language: 'es',
  mode: 'evaluation',
  storyHash: 'h'.repeat(64),
  seed: 0,
  startedAt: 1_000,
  choices,
  choiceTimes: choices.map((_, i) => 2_000 + i),
});
const progress = (id: string, choices: number[]): OutboxEntry => ({
  kind: 'progress',
  id,
  body: upload(choices),
});
const record = (id: string): OutboxEntry => ({ kind: 'record', id, body: fakeRecord(id) });

async function setUp(options: { store?: OutboxStore; joined?: boolean } = {}) {
  const server = new FakeClassServer();
  const store = options.store ?? new IndexedDbOutboxStore(await openAppDatabase(new IDBFactory()));
  const timers = new ManualTimers();
  const log: string[] = [];
  const outbox = new Outbox({ store, api: server, clock: new FixedClock(), timers, log: (m) => log.push(m) });
  const joined = options.joined ?? true;
  const link = { owner: ana, classCode: 'AULA-1', name: 'Ana', code: 'CIP-1' };
  const reply = joined ? await server.join({ classCode: 'AULA-1', name: 'Ana', code: 'CIP-1' }) : undefined;
  await store.putLink(reply?.ok ? { ...link, token: reply.body.token } : link);
  return { server, store, timers, outbox, log };
}

/** Queues entries one after the other (as a case does), letting each drain run. */
async function queue(outbox: Outbox, entries: OutboxEntry[]): Promise<void> {
  for (const entry of entries) {
    await outbox.enqueue(ana, entry);
    await outbox.idle();
  }
}

const sent = (server: FakeClassServer) =>
  server.calls.filter((c) => c.what !== 'join').map((c) => (c.what === 'progress' ? `p${c.length}` : c.id));

describe('Outbox', () => {
  it('sends every upload once, in the order it was queued, and empties', async () => {
    const { server, outbox, store } = await setUp();
    await queue(outbox, [
      progress('s-1', [0]),
      progress('s-1', [0, 1]),
      progress('s-1', [0, 1, 0]),
      record('s-1'),
    ]);
    expect(sent(server)).toEqual(['p1', 'p2', 'p3', 's-1']);
    expect(server.calls.filter((c) => c.what === 'join')).toHaveLength(1);
    expect(await store.list()).toEqual([]);
    expect(await outbox.status()).toEqual({ state: 'saved', pending: 0, problems: 0 });
  });

  it('keeps everything while the server is down, retries with a doubling wait, then sends in order', async () => {
    const { server, outbox, store, timers } = await setUp();
    server.down = true;
    await queue(outbox, [progress('s-1', [0]), progress('s-1', [0, 1])]);
    expect(await outbox.status()).toEqual({ state: 'offline', pending: 2, problems: 0 });
    expect(timers.pending).toEqual([2_000]);
    expect(sent(server)).toEqual(['p1']); // the second waited for the retry
    timers.fireAll();
    await outbox.idle();
    expect(timers.pending).toEqual([4_000]);
    timers.fireAll();
    await outbox.idle();
    expect(timers.pending).toEqual([8_000]);
    await queue(outbox, [record('s-1')]);
    expect((await store.list()).map((i) => i.kind)).toEqual(['progress', 'progress', 'record']);
    expect((await store.list()).map((i) => i.attempts)).toEqual([3, 0, 0]);
    server.down = false;
    timers.fireAll();
    await outbox.idle();
    // Every try while down reached nothing; once up, each item arrived once, in order.
    expect(sent(server)).toEqual(['p1', 'p1', 'p1', 'p1', 'p2', 's-1']);
    expect(server.stored).toEqual(['s-1']);
    expect(server.progress.get('s-1')).toEqual([0, 1]);
    expect(timers.pending).toEqual([]);
    expect(await store.list()).toEqual([]);
    expect(await outbox.status()).toMatchObject({ state: 'saved', pending: 0 });
  });

  it('after a lost answer sends again and the server still has the record once', async () => {
    const { server, outbox, store, timers } = await setUp();
    await queue(outbox, [progress('s-1', [0])]);
    server.loseAnswers = 1;
    await queue(outbox, [record('r-1')]);
    expect(await store.list()).toHaveLength(1);
    expect(await outbox.status()).toMatchObject({ state: 'offline', pending: 1 });
    await outbox.retryNow();
    expect(sent(server)).toEqual(['p1', 'r-1', 'r-1']);
    expect(server.stored).toEqual(['r-1']);
    expect(await store.list()).toEqual([]);
    expect(timers.pending).toEqual([]);
  });

  it('keeps a 409 conflict as done-with-problem and goes on with the next', async () => {
    const { server, outbox, store, log } = await setUp();
    server.records.set('r-1', '{"another":"record"}');
    await queue(outbox, [record('r-1'), record('r-2')]);
    expect(server.stored).toEqual(['r-2']);
    const kept = await store.list();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: 'r-1', state: 'conflict' });
    expect(kept[0]?.reason).toContain('record_conflict');
    expect(log.join('\n')).toContain('r-1');
    expect(await outbox.status()).toEqual({ state: 'saved', pending: 0, problems: 1 });
  });

  it('sets aside any other refusal with its reason, never dropping it', async () => {
    const { server, outbox, store } = await setUp();
    server.refuseRecords = { status: 413, error: 'too_large' };
    await queue(outbox, [record('r-1'), progress('s-2', [0])]);
    const kept = await store.list();
    expect(kept.map((i) => [i.id, i.state])).toEqual([['r-1', 'rejected']]);
    expect(kept[0]?.reason).toMatch(/^413 too_large/);
    expect(server.progress.get('s-2')).toEqual([0]);
    expect(await outbox.status()).toMatchObject({ pending: 0, problems: 1 });
  });

  it('joins first when the trainee continued offline; an unknown class code keeps the items with the reason', async () => {
    const { server, outbox, store } = await setUp({ joined: false });
    server.classes.delete('AULA-1');
    await queue(outbox, [record('r-1')]);
    expect(server.calls.map((c) => c.what)).toEqual(['join']);
    expect((await store.list())[0]).toMatchObject({ state: 'rejected' });
    expect((await store.list())[0]?.reason).toContain('unknown_class');
  });

  it('joins again once when its credential is refused (401)', async () => {
    const { server, outbox, store } = await setUp();
    await queue(outbox, [progress('s-1', [0])]);
    server.forgetTokens();
    await queue(outbox, [record('r-1')]);
    expect(server.calls.map((c) => c.what)).toEqual(['join', 'progress', 'record', 'join', 'record']);
    expect(server.stored).toEqual(['r-1']);
    expect((await store.getLink(ana))?.token).toBe('t-2');
    expect(await store.list()).toEqual([]);
  });

  it('sends what is queued while it drains in the same drain, still in order', async () => {
    const { server, outbox } = await setUp({ store: new InMemoryOutboxStore() });
    const first = outbox.enqueue(ana, progress('s-1', [0]));
    const second = outbox.enqueue(ana, progress('s-1', [0, 1]));
    await Promise.all([first, second]);
    await outbox.idle();
    expect(sent(server)).toEqual(['p1', 'p2']);
  });

  it('tells its listeners the status as it changes', async () => {
    const { server, outbox } = await setUp();
    const seen: string[] = [];
    outbox.onStatus((s) => seen.push(`${s.state}:${s.pending}`));
    server.down = true;
    await queue(outbox, [record('r-1')]);
    server.down = false;
    await outbox.retryNow();
    await outbox.announce();
    expect(seen).toContain('offline:1');
    expect(seen.at(-1)).toBe('saved:0');
  });
});
