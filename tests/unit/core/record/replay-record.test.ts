import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../../src/core/protocol/verdict.ts';
import { debrief } from '../../../../src/core/record/debrief.ts';
import { makeRecord } from '../../../../src/core/record/make-record.ts';
import { PathError, playPath } from '../../../../src/core/record/play-path.ts';
import { verdictDifferences, verdictKey, verifyRecord } from '../../../../src/core/record/replay-record.ts';
import type { SessionRecord } from '../../../../src/core/record/session-record.ts';
import { storyHash } from '../../../../src/core/record/story-hash.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const json = fixtureJson('situations/suspect.ink');

function recordOf(choices: number[]): SessionRecord {
  const run = playPath({ json, choices });
  return makeRecord({
    run,
    recordId: 'r1',
    trainee: { name: 'Ana', code: 'C-01' },
    mode: 'evaluation',
    storyHash: storyHash(json),
    seed: 0,
    startedAt: 1000,
    endedAt: 2000,
  });
}

const allProven = [
  'storyHash',
  'caseId',
  'language',
  'choices',
  'ending',
  'verdicts',
  'scores',
  'passed',
  'levels',
];
const stated = ['recordId', 'trainee', 'mode', 'seed', 'startedAt', 'endedAt'];

function differencesOf(record: SessionRecord): readonly string[] {
  const result = verifyRecord(record, json);
  if (result.status !== 'mismatch') throw new Error(`expected a mismatch, got ${result.status}`);
  return result.differences;
}

describe('record replay and verification', () => {
  it('reproduces the stored ending, verdicts, scores and levels, and says what it proved', () => {
    const record = recordOf([0, 1]);
    expect(record.passed).toBe(false);
    expect(record.ending).toBe('protected_end');
    expect(verifyRecord(record, json)).toEqual({ status: 'match', proven: allProven, stated });
  });

  it('cannot prove who played, in which mode or when: changing them still matches', () => {
    const record = recordOf([0, 0]);
    const restated = {
      ...record,
      recordId: 'other',
      trainee: { name: 'X', code: 'Y' },
      mode: 'practice' as const,
      startedAt: 5,
      endedAt: 6,
    };
    expect(verifyRecord(restated, json)).toEqual({ status: 'match', proven: allProven, stated });
  });

  it('reports a record whose stored score was edited as not matching, naming only that', () => {
    const record = recordOf([0, 0]);
    const edited = { ...record, scores: { ...record.scores, overall: record.scores.overall - 10 } };
    const result = verifyRecord(edited, json);
    expect(result).toEqual({
      status: 'mismatch',
      differences: [
        `overall score: record has ${record.scores.overall - 10}, replay gives ${record.scores.overall}`,
      ],
      proven: allProven.filter((f) => f !== 'scores'),
      stated,
    });
  });

  it('reports an edited ending', () => {
    const record = recordOf([0, 0]);
    expect(differencesOf({ ...record, ending: 'happy_end' })).toEqual([
      'ending: record has happy_end, replay gives protected_end',
    ]);
    expect(differencesOf({ ...record, ending: null })).toEqual([
      'ending: record has none, replay gives protected_end',
    ]);
  });

  it('reports a case id or language the story does not declare', () => {
    const record = recordOf([0, 0]);
    expect(differencesOf({ ...record, caseId: 'lost_child_5' })).toEqual([
      'caseId: record has lost_child_5, the story is fixture',
    ]);
    expect(differencesOf({ ...record, language: 'en' })).toEqual([
      'language: record has en, the story is es',
    ]);
  });

  it('reports edited child levels by step', () => {
    const record = recordOf([0, 0]);
    const levels = record.levels.map((l, i) => (i === 1 ? { ...l, trust: l.trust + 1 } : l));
    const before = record.levels[1];
    expect(differencesOf({ ...record, levels })).toEqual([
      `levels after step 1: record has trust ${(before?.trust ?? 0) + 1} distress ${before?.distress}, replay gives trust ${before?.trust} distress ${before?.distress}`,
    ]);
  });

  it('reports a removed verdict by its number, step and standard, and an edited pass mark', () => {
    const record = recordOf([0, 1]);
    const removed = record.verdicts.findIndex((v) => v.outcome === 'violated');
    const gone = record.verdicts[removed] as Verdict;
    const edited = { ...record, passed: true, verdicts: record.verdicts.filter((_, i) => i !== removed) };
    const differences = differencesOf(edited);
    expect(differences).toContain(
      `replay verdict ${removed + 1} (step ${gone.step} ${gone.standard}): replay gives [${verdictKey(gone)}], record has no such verdict`,
    );
    expect(differences).toContain('passed: record says true, replay gives false');
  });

  it('compares verdicts by their params too: an edited escalation or situation is a difference', () => {
    const record = recordOf([0, 2]);
    const i = record.verdicts.findIndex((v) => v.params.situation === 'suspect_arrives');
    expect(i).toBeGreaterThanOrEqual(0);
    const v = record.verdicts[i] as Verdict;
    const edited = record.verdicts.map((x, k) =>
      k === i ? { ...x, params: { ...x.params, escalation: 'child_in_danger' as const } } : x,
    );
    expect(differencesOf({ ...record, verdicts: edited })).toEqual([
      `verdict ${i + 1} (step ${v.step} ${v.standard}): record has [${verdictKey({ ...v, params: { ...v.params, escalation: 'child_in_danger' } })}], replay gives [${verdictKey(v)}]`,
    ]);
  });

  it('names only the verdict that changed, not those after it', () => {
    const a: Verdict = {
      standard: 'ENV-01',
      outcome: 'met',
      severity: 'major',
      step: 0,
      cause: 'action',
      action: 'move_to_private_room',
      params: {},
    };
    const b: Verdict = {
      standard: 'DIS-01',
      outcome: 'violated',
      severity: 'major',
      step: 0,
      cause: 'action',
      action: 'ask_open_question',
      params: { escalation: 'sexual_violence' },
    };
    const c: Verdict = {
      standard: 'REF-01',
      outcome: 'met',
      severity: 'critical',
      step: 1,
      cause: 'action',
      action: 'register_report',
      params: {},
    };
    expect(verdictDifferences([a, c], [a, b, c])).toEqual([
      'replay verdict 2 (step 0 DIS-01): replay gives [0 DIS-01 violated major cause=action action=ask_open_question escalation=sexual_violence], record has no such verdict',
    ]);
    expect(verdictDifferences([a, b, c], [a, c])).toEqual([
      'verdict 2 (step 0 DIS-01): record has [0 DIS-01 violated major cause=action action=ask_open_question escalation=sexual_violence], replay gives no such verdict',
    ]);
    expect(verdictDifferences([a, c], [a, c])).toEqual([]);
  });

  it('calls a record unverifiable when its story version is not the one given', () => {
    const record = recordOf([0, 0]);
    expect(verifyRecord(record, fixtureJson('basic/tiny.ink'))).toEqual({
      status: 'unverifiable',
      reason: `story version ${record.storyHash.slice(0, 12)} is not available`,
    });
  });

  it('reports a path that stops before an ending, or leaves the story', () => {
    const record = recordOf([0, 0]);
    const short = verifyRecord({ ...record, choices: [0] }, json);
    expect(short.status).toBe('mismatch');
    if (short.status === 'mismatch') {
      expect(short.differences[0]).toBe('the choice path stops at step 1, before an ending');
      expect(short.proven).not.toContain('choices');
    }
    expect(verifyRecord({ ...record, choices: [0, 7] }, json)).toEqual({
      status: 'mismatch',
      differences: ['choice 2 is option 7, but step 1 has options 0–2'],
      proven: ['storyHash'],
      stated,
    });
  });

  it('refuses a choice path out of range, naming the step', () => {
    expect(() => playPath({ json, choices: [0, 7] })).toThrow(PathError);
    expect(() => playPath({ json, choices: [0, 7] })).toThrow(
      /choice 2 is option 7, but step 1 has options 0–2/,
    );
    expect(() => playPath({ json, choices: [0, 0, 0] })).toThrow(/after the story ended/);
  });
});

describe('debrief', () => {
  it('finds, from the saved state, the compliant option for each violation', () => {
    const steps = debrief(json, [0, 1]);
    const violation = steps[1]?.verdicts.find((v) => v.outcome === 'violated');
    expect(violation?.standard).toBe('ENV-03');
    expect(violation?.alternatives.map((a) => a.index)).toEqual([0]);
    expect(steps[1]?.chosen?.actions).toEqual(['allow_contact_with_suspect']);
  });

  it('points a required action never taken to where an option with it was offered', () => {
    const steps = debrief(fixtureJson('basic/tiny.ink'), [0, 1]);
    const end = steps[steps.length - 1];
    expect(end?.chosen).toBeNull();
    expect(end?.verdicts[0]).toMatchObject({ standard: 'REF-01', cause: 'missing_requirement' });
    expect(end?.verdicts[0]?.alternatives).toEqual([
      { step: 1, index: 0, text: 'Registrar la denuncia.', actions: ['register_report'] },
    ]);
  });
});
