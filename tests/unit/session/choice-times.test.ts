import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import { parseAutosave } from '../../../src/session/autosave-schema.ts';
import { CaseSession, type CaseSessionOptions } from '../../../src/session/case-session.ts';
import type { ProgressUpload, SessionSync } from '../../../src/session/session-sync.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const json = fixtureJson('situations/suspect.ink');

/** A sync that keeps, in order, everything a session handed it. */
function recordingSync() {
  const calls: (
    { kind: 'progress'; id: string; upload: ProgressUpload } | { kind: 'record'; record: SessionRecord }
  )[] = [];
  const sync: SessionSync = {
    progress: (id, upload) => (calls.push({ kind: 'progress', id, upload }), Promise.resolve()),
    record: (record) => (calls.push({ kind: 'record', record }), Promise.resolve()),
  };
  return { calls, sync };
}

function options(store: InMemoryRecordStore, clock: FixedClock, sync?: SessionSync): CaseSessionOptions {
  const trainee = { name: 'Rosa Q.', code: 'CAD-7' };
  return { json, store, clock, sessionId: 's-1', mode: 'evaluation', trainee, sync };
}

describe('choice times and the sync of a session', () => {
  it('keeps the time each choice was made in the autosave', async () => {
    const store = new InMemoryRecordStore();
    const clock = new FixedClock(10_000);
    const session = await CaseSession.start(options(store, clock));
    clock.advance(3_000);
    await session.choose(0);
    const parsed = parseAutosave(await store.loadProgress('s-1'));
    expect(parsed.ok && parsed.save.choiceTimes).toEqual([13_000]);
  });

  it('hands on every prefix once, in order, with its times, then the record', async () => {
    const store = new InMemoryRecordStore();
    const clock = new FixedClock(10_000);
    const { calls, sync } = recordingSync();
    const session = await CaseSession.start(options(store, clock, sync));
    expect(calls).toEqual([]); // nothing before the first choice
    clock.advance(1_000);
    await session.choose(0);
    clock.advance(2_000);
    await session.choose(0);
    expect(session.record).toBeDefined();
    expect(calls.map((c) => (c.kind === 'progress' ? c.upload.choices.length : 'record'))).toEqual([
      1,
      2,
      'record',
    ]);
    const last = calls[1];
    expect(last?.kind === 'progress' && last.upload).toMatchObject({
      caseId: session.info.caseId,
      mode: 'evaluation',
      startedAt: 10_000,
      choices: [0, 0],
      choiceTimes: [11_000, 13_000],
    });
    expect(calls[2]?.kind === 'record' && calls[2].record.recordId).toBe('s-1');
  });

  it('resumes the kept times; a save without them counts its choices as made at the start', async () => {
    const store = new InMemoryRecordStore();
    const clock = new FixedClock(10_000);
    const first = await CaseSession.start(options(store, clock));
    clock.advance(500);
    await first.choose(0);
    const parsed = parseAutosave(await store.loadProgress('s-1'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { calls, sync } = recordingSync();
    clock.advance(500);
    const resumed = await CaseSession.resume(options(store, clock, sync), parsed.save);
    clock.advance(500);
    await resumed.choose(0);
    const progress = calls.filter((c) => c.kind === 'progress').map((c) => c.upload.choiceTimes);
    expect(progress).toEqual([[10_500], [10_500, 11_500]]);

    const older = { ...parsed.save, choiceTimes: undefined };
    const again = recordingSync();
    await CaseSession.resume(options(new InMemoryRecordStore(), clock, again.sync), older);
    const [only] = again.calls;
    expect(only?.kind === 'progress' && only.upload.choiceTimes).toEqual([10_000]);
  });
});
