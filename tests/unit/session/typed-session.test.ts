import { describe, expect, it } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { verifyRecord } from '../../../src/core/record/replay-record.ts';
import { classifyAt, optionForType, typedQuestionOf } from '../../../src/core/run/typed-question.ts';
import { parseAutosave } from '../../../src/session/autosave-schema.ts';
import { CaseSession, type CaseSessionOptions } from '../../../src/session/case-session.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

const json = fixtureJson('typed/open.ink');

const options = (store: InMemoryRecordStore): CaseSessionOptions => ({
  json,
  store,
  clock: new FixedClock(),
  sessionId: 's-typed',
  mode: 'practice',
  trainee: { name: 'Rosa Q.', code: 'CAD-7' },
});

/** Asks `text` at the open first step of the fixture: takes the option of its type. */
function askAt(session: CaseSession, text: string) {
  const c = classifyAt(session.step, text, 'es')!;
  const option = optionForType(session.step, c.type)!;
  return session.take(option.index, typedQuestionOf(session.step, c, c.type));
}

describe('a typed question in a session', () => {
  it('is autosaved, comes back on resume with its text in the history, and ends in a record that verifies', async () => {
    const store = new InMemoryRecordStore();
    const session = await CaseSession.start(options(store));
    const { saved } = askAt(session, 'Te fuiste a ver los juguetes, ¿no?');
    await saved;
    expect(session.choices).toEqual([3]);
    const stored = parseAutosave(await store.loadProgress('s-typed'));
    if (!stored.ok) throw new Error(stored.reason);
    expect(stored.save.typedQuestions).toEqual([
      expect.objectContaining({ step: 0, text: 'Te fuiste a ver los juguetes, ¿no?', type: 'suggestive' }),
    ]);

    const resumed = await CaseSession.resume(options(store), stored.save);
    expect(resumed.typedQuestions).toHaveLength(1);
    expect(resumed.transcript()[0]).toMatchObject({ typed: 'Te fuiste a ver los juguetes, ¿no?' });
    await resumed.choose(0);
    const record = resumed.record!;
    expect(record.typedQuestions).toEqual(stored.save.typedQuestions);
    const verified = verifyRecord(record, json);
    expect(verified.status).toBe('match');
    expect(verified.status === 'match' && verified.proven).toContain('typedQuestions');
  });

  it('rejects an autosave whose typed question is not well formed', async () => {
    const store = new InMemoryRecordStore();
    const session = await CaseSession.start(options(store));
    await askAt(session, '¿Dónde estaba tu mamá?').saved;
    const raw = (await store.loadProgress('s-typed')) as Record<string, unknown>;
    const parsed = parseAutosave({ ...raw, typedQuestions: [{ step: 0, text: 'x', type: 'rude' }] });
    expect(parsed.ok).toBe(false);
  });

  it('a record without typed questions keeps no typedQuestions field', async () => {
    const store = new InMemoryRecordStore();
    const session = await CaseSession.start(options(store));
    await session.choose(7);
    await session.choose(0);
    expect(session.record).toBeDefined();
    expect('typedQuestions' in session.record!).toBe(false);
  });
});
