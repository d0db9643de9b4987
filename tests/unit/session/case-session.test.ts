import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { verifyRecord } from '../../../src/core/record/replay-record.ts';
import { CaseSession, StaleSaveError, type CaseSessionOptions } from '../../../src/session/case-session.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

function options(store = new InMemoryRecordStore(), json = fixtureJson('situations/suspect.ink')): CaseSessionOptions {
  return { json, store, clock: new FixedClock(), sessionId: 's-1', mode: 'evaluation', trainee: { name: 'Rosa Q.', code: 'CAD-7' } };
}

describe('CaseSession', () => {
  it('autosaves after every choice and resumes at the identical step', async () => {
    const store = new InMemoryRecordStore();
    const session = await CaseSession.start(options(store));
    await session.choose(0);
    const save = await store.findProgress('fixture', 'es', 'CAD-7');
    expect(save?.run.choices).toEqual([0]);
    const resumed = await CaseSession.resume(options(store), save!);
    expect(resumed.step).toEqual(session.step);
    expect(resumed.context).toEqual(session.context);
    await resumed.choose(1);
    await session.choose(1);
    expect(resumed.record?.verdicts).toEqual(session.record?.verdicts);
  });

  it('ends in a SessionRecord that verifies, stores it and clears the autosave', async () => {
    const store = new InMemoryRecordStore();
    const o = options(store);
    const session = await CaseSession.start(o);
    await session.choose(0);
    await session.choose(0);
    const record = session.record!;
    expect(record).toMatchObject({ schemaVersion: 1, caseId: 'fixture', language: 'es', mode: 'evaluation', choices: [0, 0], ending: 'protected_end', trainee: { code: 'CAD-7' } });
    expect(verifyRecord(record, o.json)).toEqual({ status: 'match' });
    expect(await store.listRecords()).toEqual([record]);
    expect(await store.loadProgress('s-1')).toBeUndefined();
    await expect(session.choose(0)).rejects.toThrow(/ended/);
  });

  it('refuses to resume a save made on another version of the story', async () => {
    const store = new InMemoryRecordStore();
    await CaseSession.start(options(store));
    const save = (await store.loadProgress('s-1'))!;
    await expect(CaseSession.resume(options(store, fixtureJson('basic/tiny.ink')), save)).rejects.toThrow(StaleSaveError);
  });
});
