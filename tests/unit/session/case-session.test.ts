import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { verifyRecord } from '../../../src/core/record/replay-record.ts';
import { transcriptOf } from '../../../src/core/record/transcript.ts';
import { StoryRunner } from '../../../src/core/story/story-runner.ts';
import {
  CaseSession,
  UnresumableSaveError,
  type CaseSessionOptions,
} from '../../../src/session/case-session.ts';
import { parseAutosave } from '../../../src/session/autosave-schema.ts';
import type { CaseAutosave } from '../../../src/session/record-store.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const json = fixtureJson('situations/suspect.ink');

function options(store = new InMemoryRecordStore(), story = json): CaseSessionOptions {
  return {
    json: story,
    store,
    clock: new FixedClock(),
    sessionId: 's-1',
    mode: 'evaluation',
    trainee: { name: 'Rosa Q.', code: 'CAD-7' },
  };
}

/** The autosave a session left after its first choice, as the store holds it (checked). */
async function savedAfterFirstChoice(store = new InMemoryRecordStore()): Promise<CaseAutosave> {
  const session = await CaseSession.start(options(store));
  await session.choose(0);
  const parsed = parseAutosave(await store.loadProgress('s-1'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.save;
}

async function rejection(pending: Promise<unknown>): Promise<UnresumableSaveError> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnresumableSaveError);
  return error as UnresumableSaveError;
}

afterEach(() => vi.restoreAllMocks());

describe('CaseSession', () => {
  it('choose returns the next step and exactly the verdicts that choice produced', async () => {
    const session = await CaseSession.start(options());
    expect(session.optionAt(0)?.actions).toEqual(['move_to_private_room']);
    expect(session.optionAt(1)).toBeUndefined();
    const first = await session.choose(0);
    expect(first.step).toBe(session.step);
    expect(first.step.index).toBe(1);
    expect(first.verdicts.map((v) => `${v.step} ${v.standard} ${v.outcome}`)).toEqual(['0 ENV-01 met']);
    const second = await session.choose(1);
    expect(second.step.isEnd).toBe(true);
    const mine = second.verdicts.map((v) => `${v.step} ${v.standard} ${v.outcome} ${v.severity}`);
    expect(mine).toContain('1 ENV-03 violated critical');
    expect(mine.some((v) => v.startsWith('0 '))).toBe(false);
    expect([...first.verdicts, ...second.verdicts]).toEqual(session.context.verdicts);
  });

  it('autosaves after every choice, in this version of the format, and resumes at the identical step', async () => {
    const store = new InMemoryRecordStore();
    const session = await CaseSession.start(options(store));
    await session.choose(0);
    const save = await savedAfterFirstChoice(new InMemoryRecordStore());
    expect(save).toMatchObject({ saveVersion: 2, run: { choices: [0] } });
    const resumed = await CaseSession.resume(options(store), save);
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
    expect(record).toMatchObject({ caseId: 'fixture', language: 'es', mode: 'evaluation', choices: [0, 0] });
    expect(verifyRecord(record, o.json)).toMatchObject({ status: 'match' });
    expect((await store.listRecords()).map((e) => e.data)).toEqual([record]);
    expect(await store.loadProgress('s-1')).toBeUndefined();
    await expect(session.choose(0)).rejects.toThrow(/ended/);
  });

  it('resumes from the choices alone: a garbage ink state or an unknown machine state cannot break it', async () => {
    const save = await savedAfterFirstChoice();
    const live = await CaseSession.start(options());
    await live.choose(0);
    const damaged = {
      ...save,
      run: { choices: [0], story: { ink: '{not json', step: 7 }, protocol: { value: 'nowhere' } },
    };
    const resumed = await CaseSession.resume(options(), damaged);
    expect(resumed.step).toEqual(live.step);
    expect(resumed.context).toEqual(live.context);
  });

  it('migrates an autosave of an older version of the app: replayed, then saved again in this format', async () => {
    const store = new InMemoryRecordStore();
    const { saveVersion, ...older } = await savedAfterFirstChoice();
    expect(saveVersion).toBe(2);
    const resumed = await CaseSession.resume(options(store), older);
    expect(resumed.choices).toEqual([0]);
    expect(await store.loadProgress('s-1')).toMatchObject({ saveVersion: 2, run: { choices: [0] } });
  });

  it('refuses a save made on another version of the story, saying whether the app was older too', async () => {
    const save = await savedAfterFirstChoice();
    const other = fixtureJson('basic/tiny.ink');
    expect((await rejection(CaseSession.resume(options(undefined, other), save))).problem).toBe(
      'story_changed',
    );
    const { saveVersion, ...older } = save;
    void saveVersion;
    expect((await rejection(CaseSession.resume(options(undefined, other), older))).problem).toBe(
      'older_version',
    );
  });

  it('refuses a save whose choices do not fit the story, naming the choice', async () => {
    const save = await savedAfterFirstChoice();
    const error = await rejection(CaseSession.resume(options(), { ...save, run: { choices: [0, 9] } }));
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(/choice 2 is option 9/);
    const past = await rejection(CaseSession.resume(options(), { ...save, run: { choices: [0, 0, 0] } }));
    expect(past.message).toMatch(/after the story ended/);
  });

  it('comes back to a save at the end of the case as its record', async () => {
    const save = await savedAfterFirstChoice();
    const store = new InMemoryRecordStore();
    const resumed = await CaseSession.resume(options(store), { ...save, run: { choices: [0, 2] } });
    expect(resumed.record?.choices).toEqual([0, 2]);
    expect((await store.listRecords()).map((e) => e.key)).toEqual(['s-1']);
  });
});

describe('CaseSession.transcript', () => {
  it('keeps what was shown as the case is played, with the option taken at each step', async () => {
    const session = await CaseSession.start(options());
    const first = session.step;
    await session.choose(0);
    const transcript = session.transcript();
    expect(transcript).toEqual(transcriptOf(json, [0]));
    expect(transcript[0]).toEqual({ lines: first.lines, chosen: first.options[0]!.text });
    expect(transcript[1]).toEqual({ lines: session.step.lines });
  });

  it('after a resume is what the single replay collected: the path is not played again', async () => {
    const save = await savedAfterFirstChoice();
    const expected = transcriptOf(json, [0]);
    const starts = vi.spyOn(StoryRunner.prototype, 'start');
    const resumed = await CaseSession.resume(options(), save);
    expect(starts).toHaveBeenCalledTimes(1);
    expect(resumed.transcript()).toEqual(expected);
    resumed.transcript();
    await resumed.choose(2);
    expect(starts).toHaveBeenCalledTimes(1);
    expect(resumed.transcript().map((e) => e.chosen)).toEqual([
      'Ir a la sala.',
      'Seguir con la entrevista.',
      undefined,
    ]);
  });
});
