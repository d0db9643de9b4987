import validate from '@learninglocker/xapi-validation';
import type { Statement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import { decisionsOf } from '../../../../src/adapters/lms/decisions.ts';
import { InMemoryRecordStore } from '../../../../src/adapters/storage/in-memory-record-store.ts';
import { InMemoryStatementStore } from '../../../../src/adapters/xapi/indexeddb-statement-store.ts';
import { traineeAgent } from '../../../../src/adapters/xapi/lrs-config.ts';
import { StatementQueue } from '../../../../src/adapters/xapi/statement-queue.ts';
import { XapiReporter, type XapiReporterOptions } from '../../../../src/adapters/xapi/xapi-reporter.ts';
import {
  caseActivityId,
  cmi5Iri,
  extensionIri,
  resultStatement,
} from '../../../../src/adapters/xapi/xapi-statements.ts';
import type { SessionRecord } from '../../../../src/core/record/session-record.ts';
import { CaseSession } from '../../../../src/session/case-session.ts';
import { compileInk } from '../../../../tools/lib/compile-ink.ts';
import { FixedClock } from '../../../support/fixed-clock.ts';

const json = compileInk('stories/lost_child_5/es.ink').json!;
const trainee = { name: 'Rosa Quispe', code: '42' };
const sessionId = '2f1c8f3e-6a4b-4c1d-9e2f-0a1b2c3d4e5f';
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

const cmi5Template = {
  contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://lms.example/course/1' }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'lms-session-7' },
};

/** Plays lost_child_5 to its end (option 0 each time, or `choices` first) with an XapiReporter; returns what it sent, in order. */
async function play(extra: Partial<XapiReporterOptions> = {}, choices: readonly number[] = []) {
  const clock = new FixedClock();
  const sent: Statement[] = [];
  const queue = new StatementQueue({
    store: new InMemoryStatementStore(),
    send: (_lrs, s) => {
      sent.push(s);
      return Promise.resolve('stored');
    },
    clock,
  });
  const reporter = new XapiReporter({
    queue,
    lrs: { endpoint: 'http://127.0.0.1:1/xapi/', auth: 'Basic eDp5' },
    clock,
    newId,
    actor: (t) => t && traineeAgent(t, 'https://academia.example'),
    trainee: () => Promise.resolve(trainee),
    activityOf: (c) => caseActivityId(c),
    launchId: 'launch-1',
    decisionsOf: (u) => Promise.resolve(decisionsOf({ ...u, json })),
    log: () => undefined,
    ...extra,
  });
  const session = await CaseSession.start({
    json,
    store: new InMemoryRecordStore(),
    clock,
    sessionId,
    mode: 'evaluation',
    trainee,
    // Every upload twice (a retried save): the second queues nothing new.
    sync: {
      progress: async (id, upload) => {
        await reporter.progress(id, upload);
        await reporter.progress(id, upload);
      },
      record: (r) => reporter.record(r),
    },
  });
  for (let i = 0; !session.record; i++) {
    clock.advance(9_870);
    await session.choose(choices[i] ?? 0);
  }
  await reporter.end();
  await queue.idle();
  return { sent, record: session.record };
}

const warningsOf = (s: Statement) => validate(JSON.parse(JSON.stringify(s)));

describe('the xAPI statements of a case', () => {
  it('are initialized, one answered per decision, completed, passed, terminated: each valid, each once', async () => {
    const { sent, record } = await play();
    const n = record.choices.length;
    expect(sent.map((s) => s.verb.id.split('/').pop())).toEqual([
      'initialized',
      ...new Array<string>(n).fill('answered'),
      'completed',
      record.passed ? 'passed' : 'failed',
      'terminated',
    ]);
    for (const s of sent) expect(warningsOf(s), JSON.stringify(s)).toEqual([]);
    // the validator does fail a bad statement (an actor with no identifier, a verb without an IRI)
    expect(warningsOf({ ...sent[1]!, actor: { objectType: 'Agent', name: 'x' } })).not.toEqual([]);
    expect(warningsOf({ ...sent[1]!, verb: { id: 'answered' } })).not.toEqual([]);
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    const decisions = decisionsOf({ json, seed: record.seed, choices: record.choices });
    sent.slice(1, n + 1).forEach((s, i) => {
      const d = decisions[i]!;
      expect(s.object).toMatchObject({ id: `urn:primer-contacto/case/lost_child_5/decision/${i + 1}` });
      expect(s.result?.response).toMatch(/^\d+(:[a-z0-9_]+(,[a-z0-9_]+)*)?$/);
      expect(s.result?.extensions?.[extensionIri.option]).toBe(d.option);
      expect(s.result?.extensions?.[extensionIri.verdicts]).toEqual(d.standards);
      expect(s.context?.registration).toBe(sessionId);
    });
    const result = sent[n + 2]!;
    expect(result.result?.score).toEqual({
      scaled: record.scores.overall / 100,
      raw: record.scores.overall,
      min: 0,
      max: 100,
    });
    expect(result.actor).toEqual({
      objectType: 'Agent',
      name: 'Rosa Quispe',
      account: { homePage: 'https://academia.example', name: '42' },
    });
    // ids and indices only: no option or story text travels
    expect(JSON.stringify(sent)).not.toMatch(/Ana Lucía|tío/);
  });

  it('follow cmi5 under a cmi5 launch: its context template and registration, the categories, the mastery score', async () => {
    const registration = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const { sent, record } = await play({
      actor: () => ({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'u-17' } }),
      activityOf: () => 'https://lms.example/au/lost_child_5',
      caseId: 'lost_child_5',
      registration,
      cmi5: { contextTemplate: cmi5Template, masteryScore: 0.8, launchMode: 'Normal' },
    });
    for (const s of sent) expect(warningsOf(s), JSON.stringify(s)).toEqual([]);
    // @xapi/cmi5 sends `initialized` itself during the handshake: the reporter starts with the decisions.
    const verbs = sent.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('answered');
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(record.passed && record.scores.overall >= 80).toBe(true);
    const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);
    for (const s of sent) {
      expect(s.context?.registration).toBe(registration);
      expect(s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(
        'lms-session-7',
      );
      expect(s.context?.contextActivities?.grouping).toEqual(cmi5Template.contextActivities.grouping);
    }
    expect(categories(sent[0]!)).toEqual([]);
    expect(categories(sent.at(-3)!)).toEqual([cmi5Iri.category, cmi5Iri.moveOn]);
    expect(categories(sent.at(-2)!)).toEqual([cmi5Iri.category, cmi5Iri.moveOn]);
    expect(sent.at(-2)!.context?.extensions?.[cmi5Iri.masteryScore]).toBe(0.8);
    expect(categories(sent.at(-1)!)).toEqual([cmi5Iri.category]);
    expect(sent.at(-3)!.object).toMatchObject({ id: 'https://lms.example/au/lost_child_5' });
  });

  it('say nothing of completion or success in a cmi5 Browse launch, and nothing of another case', async () => {
    const browse = await play({
      cmi5: { launchMode: 'Browse' },
      registration: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    });
    expect(browse.sent.map((s) => s.verb.id.split('/').pop())).not.toContain('completed');
    expect(browse.sent.at(-1)!.verb.id).toMatch(/terminated$/);
    const other = await play({ caseId: 'theft_16' });
    expect(other.sent).toEqual([]);
  });
});

describe('a result under a cmi5 mastery score', () => {
  it("is failed even when the simulator's rule passed it (cmi5 forbids passed under it), and passed at it", () => {
    const scope = {
      actor: { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'u-17' } },
      activity: 'https://lms.example/au/1',
      caseId: 'lost_child_5',
      sessionId,
      language: 'es',
      mode: 'evaluation',
      registration: sessionId,
    };
    const record = {
      startedAt: 0,
      endedAt: 61_000,
      passed: true,
      scores: { overall: 78, competencies: {} },
    } as unknown as SessionRecord;
    const at = (masteryScore: number) =>
      resultStatement(
        { ...scope, cmi5: { launchMode: 'Normal', masteryScore } },
        { id: newId(), at: 0 },
        record,
      );
    expect(at(0.8).verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(at(0.8).result).toMatchObject({ success: false, duration: 'PT61S', score: { scaled: 0.78 } });
    expect(at(0.78).verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    for (const m of [0.8, 0.78]) expect(warningsOf(at(m))).toEqual([]);
  });
});
