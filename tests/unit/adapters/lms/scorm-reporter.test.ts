import { describe, expect, it } from 'vitest';
import { decisionsOf } from '../../../../src/adapters/lms/decisions.ts';
import { scormPort } from '../../../../src/adapters/lms/scorm-api.ts';
import { decodeSuspendData, type ScormVersion } from '../../../../src/adapters/lms/scorm-format.ts';
import { ScormReporter, responseOf } from '../../../../src/adapters/lms/scorm-reporter.ts';
import { InMemoryRecordStore } from '../../../../src/adapters/storage/in-memory-record-store.ts';
import { CaseRun } from '../../../../src/core/run/case-run.ts';
import { CaseSession } from '../../../../src/session/case-session.ts';
import { autosaveVersion } from '../../../../src/session/record-store.ts';
import { compileInk } from '../../../../tools/lib/compile-ink.ts';
import { FixedClock } from '../../../support/fixed-clock.ts';
import { FakeScormApi } from './fake-scorm-api.ts';

const json = compileInk('stories/lost_child_5/es.ink').json!;

/** The path of a trainee who takes, at every step, the first option that violates a standard (option 0 if none does). */
function worstPath(): number[] {
  const run = new CaseRun({ json });
  run.start();
  const choices: number[] = [];
  while (!run.step.isEnd) {
    const before = run.save();
    const known = run.context.verdicts.length;
    const bad = run.step.options.find((o) => {
      run.restore(before);
      run.choose(o.index);
      return run.context.verdicts.slice(known).some((v) => v.outcome === 'violated');
    });
    run.restore(before);
    choices.push(bad?.index ?? 0);
    run.choose(bad?.index ?? 0);
  }
  return choices;
}

/** Plays `choices` in a real CaseSession whose sync is a ScormReporter over a fake LMS. */
async function play(version: ScormVersion, choices: readonly number[], given: Record<string, string> = {}) {
  const lms = new FakeScormApi(version, {
    'cmi.core.student_name': 'Quispe, Rosa',
    'cmi.learner_name': 'Rosa Quispe',
    ...given,
  });
  const clock = new FixedClock();
  const reporter = new ScormReporter({
    port: scormPort(version, lms.api),
    caseId: 'lost_child_5',
    clock,
    decisionsOf: (u) => Promise.resolve(decisionsOf({ ...u, json })),
  });
  const launch = reporter.begin();
  const store = new InMemoryRecordStore();
  const trainee = { name: 'Rosa Quispe', code: '42' };
  const session = await CaseSession.start({
    json,
    store,
    clock,
    sessionId: 's-1',
    mode: 'evaluation',
    trainee,
    sync: reporter,
  });
  const commitsPerChoice: number[] = [];
  for (const c of choices) {
    const before = lms.commits;
    clock.advance(12_340);
    await session.choose(c);
    commitsPerChoice.push(lms.commits - before);
  }
  return { lms, reporter, session, launch, commitsPerChoice, clock, store };
}

describe.each(['1.2', '2004'] as const)('reporting a case to a SCORM %s LMS', (version) => {
  const v12 = version === '1.2';
  const status = (lms: FakeScormApi) => lms.data.get(v12 ? 'cmi.core.lesson_status' : 'cmi.success_status');
  const response = v12 ? 'student_response' : 'learner_response';

  it('reports every decision as an interaction, commits after each, and the score and status at the end', async () => {
    const choices = new Array<number>(40).fill(0);
    const { lms, session, launch, commitsPerChoice } = await play(version, choices.slice(0, 12));
    expect(launch?.learner.name).toBe('Rosa Quispe');
    expect(status(lms) ?? lms.data.get('cmi.completion_status')).toMatch(/incomplete|unknown/);
    // every choice was committed before the next options were shown
    expect(commitsPerChoice.every((n) => n >= 1)).toBe(true);
    let made = 12;
    while (!session.record) {
      await session.choose(0);
      made++;
    }
    const record = session.record;
    expect(lms.interactions()).toHaveLength(made);
    const decisions = decisionsOf({ json, seed: 0, choices: record.choices });
    lms.interactions().forEach((it, i) => {
      expect(it.id).toBe(`decision_${i + 1}`);
      expect(it.type).toBe('choice');
      expect(it[response]).toBe(responseOf(decisions[i]!));
      expect(it[response]).toMatch(/^\d+(:[a-z0-9_]+(,[a-z0-9_]+)*)?$/);
      const judged = record.verdicts.filter((x) => x.step === i && x.outcome !== 'not_reached');
      expect(it['objectives.0.id']).toBe(decisions[i]!.standards[0]?.standard);
      if (judged.length > 0) expect(judged.map((x) => x.standard)).toContain(it['objectives.0.id']);
      for (const value of Object.values(it)) expect(value.length).toBeLessThanOrEqual(250);
    });
    expect(record.passed).toBe(true);
    expect(status(lms)).toBe('passed');
    const score = v12 ? 'cmi.core.score' : 'cmi.score';
    expect(lms.data.get(`${score}.raw`)).toBe(String(record.scores.overall));
    expect([lms.data.get(`${score}.min`), lms.data.get(`${score}.max`)]).toEqual(['0', '100']);
    if (!v12) {
      expect(lms.data.get('cmi.completion_status')).toBe('completed');
      expect(Number(lms.data.get('cmi.score.scaled'))).toBeCloseTo(record.scores.overall / 100, 5);
    }
    expect(lms.data.get('cmi.suspend_data')).toBe('');
    expect(lms.data.get(v12 ? 'cmi.core.exit' : 'cmi.exit')).toBe(v12 ? '' : 'normal');
    expect(lms.data.get(v12 ? 'cmi.core.session_time' : 'cmi.session_time')).toBe(
      v12 ? '0000:02:28.08' : 'PT0H2M28.08S',
    );
  });

  it('reports failed by the pass rule, and marks the decisions that violated a standard', async () => {
    const { lms, session } = await play(version, worstPath());
    const record = session.record!;
    expect(record.passed).toBe(false);
    expect(status(lms)).toBe('failed');
    const wrong = lms.interactions().filter((it) => it.result === (v12 ? 'wrong' : 'incorrect'));
    expect(wrong.length).toBeGreaterThan(0);
    for (const it of wrong) {
      const step = Number(it.id!.replace('decision_', '')) - 1;
      const violated = record.verdicts
        .filter((x) => x.step === step && x.outcome === 'violated')
        .map((x) => x.standard);
      expect(violated).toContain(it['objectives.0.id']);
    }
  });

  it('keeps resume data a relaunch replays to the same step, and appends only the new decisions', async () => {
    const first = await play(version, [0, 0, 0]);
    const raw = first.lms.data.get('cmi.suspend_data')!;
    expect(raw.length).toBeLessThanOrEqual(4096);
    const suspend = decodeSuspendData(raw)!;
    expect(suspend.choices).toEqual([0, 0, 0]);
    expect(suspend.sessionId).toBe('s-1');
    expect(first.lms.data.get(v12 ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
    first.reporter.end();
    expect(first.lms.finished).toBe(true);

    // The LMS hands back what it kept; the save is rebuilt from the suspend data alone.
    const kept = Object.fromEntries(
      [...first.lms.data].filter(([k]) => k.startsWith('cmi.interactions.') || k === 'cmi.suspend_data'),
    );
    const lms = new FakeScormApi(version, kept);
    const clock = new FixedClock();
    const reporter = new ScormReporter({
      port: scormPort(version, lms.api),
      caseId: 'lost_child_5',
      clock,
      decisionsOf: (u) => Promise.resolve(decisionsOf({ ...u, json })),
    });
    const launch = reporter.begin()!;
    expect(launch.resume?.choices).toEqual([0, 0, 0]);
    const r = launch.resume!;
    const save = {
      saveVersion: autosaveVersion as typeof autosaveVersion,
      sessionId: r.sessionId,
      caseId: 'lost_child_5',
      language: r.language,
      mode: 'evaluation' as const,
      trainee: { name: 'Rosa Quispe', code: '42' },
      storyHash: r.storyHash,
      seed: r.seed,
      startedAt: r.startedAt,
      savedAt: clock.now(),
      run: { choices: r.choices },
    };
    const resumed = await CaseSession.resume(
      {
        json,
        store: new InMemoryRecordStore(),
        clock,
        sessionId: r.sessionId,
        mode: 'evaluation',
        trainee: save.trainee,
        sync: reporter,
      },
      save,
    );
    expect(resumed.step.index).toBe(3);
    expect(resumed.step.options.map((o) => o.text)).toEqual(first.session.step.options.map((o) => o.text));
    expect(lms.count).toBe(3);
    await resumed.choose(0);
    expect(lms.interactions().map((it) => it.id)).toEqual([
      'decision_1',
      'decision_2',
      'decision_3',
      'decision_4',
    ]);
  });

  it('reports nothing for another case, and nothing after the learner left', async () => {
    const { lms, reporter } = await play(version, [0]);
    const count = lms.calls.length;
    await reporter.progress('s-2', {
      caseId: 'theft_16',
      language: 'es',
      mode: 'evaluation',
      storyHash: 'x',
      seed: 0,
      startedAt: 0,
      choices: [0],
      choiceTimes: [0],
    });
    expect(lms.calls.length).toBe(count);
    reporter.end();
    const afterEnd = lms.calls.length;
    await reporter.progress('s-1', {
      caseId: 'lost_child_5',
      language: 'es',
      mode: 'evaluation',
      storyHash: 'x',
      seed: 0,
      startedAt: 0,
      choices: [0, 0],
      choiceTimes: [0, 0],
    });
    expect(lms.calls.length).toBe(afterEnd);
  });
});

describe('the learner response', () => {
  it('is the option index and the action ids, cut at a whole action id within 250 characters', () => {
    expect(responseOf({ option: 2, actions: [] })).toBe('2');
    expect(responseOf({ option: 1, actions: ['offer_water', 'sit_at_eye_level'] })).toBe(
      '1:offer_water,sit_at_eye_level',
    );
    const long = responseOf({
      option: 3,
      actions: Array.from({ length: 40 }, (_, i) => `action_number_${i}`),
    });
    expect(long.length).toBeLessThanOrEqual(250);
    expect(long).toMatch(/,action_number_\d+$/);
  });
});
