import { describe, expect, it } from 'vitest';
import { InMemoryOutboxStore } from '../../../src/adapters/storage/in-memory-outbox-store.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { ClassLinks } from '../../../src/session/class-link.ts';
import { endSession, undeliveredJson } from '../../../src/session/end-session.ts';
import { Outbox } from '../../../src/session/outbox.ts';
import { fakeAutosave, fakeRecord } from '../../support/fakes.ts';
import { FixedClock } from '../../support/fixed-clock.ts';
import { FakeClassServer, ManualTimers } from './fake-class-server.ts';

function setUp() {
  const server = new FakeClassServer();
  const store = new InMemoryOutboxStore();
  const records = new InMemoryRecordStore();
  const clock = new FixedClock();
  const timers = new ManualTimers();
  const links: { current?: ClassLinks } = {};
  const outbox = new Outbox({
    store,
    api: server,
    clock,
    timers,
    log: () => undefined,
    onSent: (item) => links.current!.noteSent(item),
  });
  const classLinks = (links.current = new ClassLinks({ api: server, store, outbox }));
  const ends = { outbox, outboxStore: store, records, clock, sleep: () => new Promise<void>(() => {}) };
  return { server, store, records, outbox, classLinks, ends };
}

const rosa = { classCode: ' aula-1 ', name: 'Rosa Q.', code: 'CAD-7' };

describe('ClassLinks', () => {
  it('joins with the class code as the instructor wrote it and keeps the credential for that class', async () => {
    const { classLinks, store } = setUp();
    const joined = await classLinks.join(rosa);
    expect(joined.status).toBe('joined');
    expect(classLinks.current).toMatchObject({ classCode: 'AULA-1', token: 't-1', classId: 'c-1' });
    expect(await store.getLink(classLinks.current!.owner)).toMatchObject({ token: 't-1' });
  });

  it('tells an unknown class code from a server that does not answer', async () => {
    const { classLinks, server } = setUp();
    expect(await classLinks.join({ ...rosa, classCode: 'NOPE' })).toEqual({ status: 'unknown_class' });
    server.down = true;
    expect((await classLinks.join(rosa)).status).toBe('unreachable');
    expect(classLinks.current).toBeUndefined();
  });

  it('queues what the sessions save only for a trainee who joined, and the outbox joins later for one who continued offline', async () => {
    const { classLinks, server, store, outbox } = setUp();
    await classLinks.record(fakeRecord('r-0'));
    expect(await store.list()).toEqual([]);
    server.down = true;
    await classLinks.continueWithout(rosa);
    await classLinks.record(fakeRecord('r-1'));
    await outbox.idle();
    expect(await outbox.status()).toMatchObject({ state: 'offline', pending: 1 });
    server.down = false;
    await outbox.retryNow();
    expect(server.stored).toEqual(['r-1']);
    expect((await store.getLink(classLinks.current!.owner))?.delivered).toEqual(['r-1']);
  });
});

describe('endSession ("Salir")', () => {
  it('deletes everything of the trainee once the server has it, and only theirs', async () => {
    const { classLinks, records, store, ends, server } = setUp();
    await classLinks.join(rosa);
    const link = classLinks.current!;
    await records.saveRecord(fakeRecord('r-1'));
    await classLinks.record(fakeRecord('r-1'));
    await records.saveRecord(fakeRecord('r-before')); // made before joining: never queued
    await records.saveProgress(fakeAutosave());
    await records.saveRecord({ ...fakeRecord('r-other'), trainee: { name: 'Otro', code: '9' } });
    expect(await endSession(ends, (await store.getLink(link.owner))!, 1_000)).toEqual({ status: 'ended' });
    expect(server.stored.sort()).toEqual(['r-1', 'r-before']);
    expect((await records.listRecords()).map((e) => e.key)).toEqual(['r-other']);
    expect(await records.loadProgress('s-1')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    expect(await store.getLink(link.owner)).toBeUndefined();
  });

  it('deletes nothing while the server does not have it, and says what is missing', async () => {
    const { classLinks, records, store, ends, server } = setUp();
    await classLinks.join(rosa);
    server.down = true;
    await records.saveRecord(fakeRecord('r-1'));
    await classLinks.record(fakeRecord('r-1'));
    const outcome = await endSession(ends, classLinks.current!, 1_000);
    expect(outcome.status).toBe('undelivered');
    const items = outcome.status === 'undelivered' ? outcome.items : [];
    expect(items.map((i) => i.id)).toEqual(['r-1']);
    expect((await records.listRecords()).map((e) => e.key)).toEqual(['r-1']);
    expect(await store.getLink(classLinks.current!.owner)).toBeDefined();
    const file = JSON.parse(undeliveredJson(classLinks.current!, items, 5)) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'primer-contacto/undelivered', classCode: 'AULA-1' });
    expect(JSON.stringify(file)).not.toContain('t-1'); // no credential in the file
  });
});
