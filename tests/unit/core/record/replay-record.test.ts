import { describe, expect, it } from 'vitest';
import { debrief } from '../../../../src/core/record/debrief.ts';
import { makeRecord } from '../../../../src/core/record/make-record.ts';
import { parseRecord } from '../../../../src/core/record/parse-record.ts';
import { PathError, playPath } from '../../../../src/core/record/play-path.ts';
import { verifyRecord } from '../../../../src/core/record/replay-record.ts';
import type { SessionRecord } from '../../../../src/core/record/session-record.ts';
import { storyHash } from '../../../../src/core/record/story-hash.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const json = fixtureJson('situations/suspect.ink');

function recordOf(choices: number[]): SessionRecord {
  const run = playPath({ json, choices });
  return makeRecord({ run, recordId: 'r1', trainee: { name: 'Ana', code: 'C-01' }, mode: 'evaluation', storyHash: storyHash(json), seed: 0, startedAt: 1000, endedAt: 2000 });
}

describe('record replay and verification', () => {
  it('reproduces the stored verdicts and scores', () => {
    const record = recordOf([0, 1]);
    expect(record.passed).toBe(false);
    expect(verifyRecord(record, json)).toEqual({ status: 'match' });
  });

  it('reports a record whose stored score was edited as not matching', () => {
    const record = recordOf([0, 0]);
    const edited = { ...record, scores: { ...record.scores, overall: record.scores.overall - 10 } };
    const result = verifyRecord(edited, json);
    expect(result.status).toBe('mismatch');
    if (result.status === 'mismatch') expect(result.differences).toEqual([`overall score: record has ${record.scores.overall - 10}, replay gives ${record.scores.overall}`]);
  });

  it('reports an edited verdict and an edited pass mark', () => {
    const record = recordOf([0, 1]);
    const edited = { ...record, passed: true, verdicts: record.verdicts.filter((v) => v.outcome === 'met') };
    const result = verifyRecord(edited, json);
    expect(result.status).toBe('mismatch');
    if (result.status === 'mismatch') {
      expect(result.differences.some((d) => d.startsWith('verdict 2:'))).toBe(true);
      expect(result.differences).toContain('passed: record says true, replay gives false');
    }
  });

  it('calls a record unverifiable when its story version is not the one given', () => {
    const record = recordOf([0, 0]);
    expect(verifyRecord(record, fixtureJson('basic/tiny.ink')).status).toBe('unverifiable');
  });

  it('refuses a choice path out of range, naming the step', () => {
    expect(() => playPath({ json, choices: [0, 7] })).toThrow(PathError);
    expect(() => playPath({ json, choices: [0, 7] })).toThrow(/choice 2 is option 7, but step 1 has options 0–2/);
    expect(() => playPath({ json, choices: [0, 0, 0] })).toThrow(/after the story ended/);
  });
});

describe('parseRecord', () => {
  it('accepts a valid record and rejects corrupt ones with a reason', () => {
    const record = recordOf([0, 0]);
    expect(parseRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, record });
    expect(parseRecord({ ...record, schemaVersion: 99 })).toEqual({ ok: false, reason: expect.stringMatching(/schemaVersion 99 is not supported/) as string });
    expect(parseRecord({ ...record, choices: [0, -1] })).toEqual({ ok: false, reason: "'choices' must be a list of option indices" });
    expect(parseRecord({ ...record, verdicts: [{ standard: 'XYZ-01', step: 0 }] })).toEqual({ ok: false, reason: 'verdict 1 is not a valid verdict' });
    expect(parseRecord('hello')).toEqual({ ok: false, reason: 'a record must be a JSON object' });
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
    expect(end?.verdicts[0]?.alternatives).toEqual([{ step: 1, index: 0, text: 'Registrar la denuncia.', actions: ['register_report'] }]);
  });
});
