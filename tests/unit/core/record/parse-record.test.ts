import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../src/core/record/make-record.ts';
import { parseRecord } from '../../../../src/core/record/parse-record.ts';
import { playPath } from '../../../../src/core/record/play-path.ts';
import type { SessionRecord } from '../../../../src/core/record/session-record.ts';
import { storyHash } from '../../../../src/core/record/story-hash.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const json = fixtureJson('situations/suspect.ink');
const record: SessionRecord = makeRecord({
  run: playPath({ json, choices: [0, 1] }),
  recordId: 'r1',
  trainee: { name: 'Ana', code: 'C-01' },
  mode: 'evaluation',
  storyHash: storyHash(json),
  seed: 0,
  startedAt: 1000,
  endedAt: 2000,
});
const plain = () =>
  JSON.parse(JSON.stringify(record)) as Record<string, unknown> & { verdicts: Record<string, unknown>[] };
const reasonOf = (data: unknown) => {
  const parsed = parseRecord(data);
  return parsed.ok ? 'accepted' : parsed.reason;
};

describe('parseRecord (schema v2)', () => {
  it('accepts a record as saved, unchanged and without a migration', () => {
    expect(record.schemaVersion).toBe(2);
    expect(record.verdicts.length).toBeGreaterThan(0);
    expect(record.verdicts.every((v) => !('reason' in v) && typeof v.params === 'object')).toBe(true);
    expect(parseRecord(plain())).toEqual({ ok: true, record });
  });

  it('takes a caseId as an id, never a path', () => {
    expect(reasonOf({ ...plain(), caseId: '../../etc' })).toBe(
      `'caseId' must be a case id (lower-case letters, digits, underscores), not a path (found "../../etc")`,
    );
    for (const caseId of ['a/b', 'Tiny', '', '_x', '1case', 'x.y', 'lost child']) {
      expect(reasonOf({ ...plain(), caseId })).toMatch(/^'caseId' must be a case id/);
    }
    expect(reasonOf({ ...plain(), caseId: 'lost_child_5' })).toBe('accepted');
  });

  it('names the field of each problem', () => {
    const verdicts = plain().verdicts;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...plain(), schemaVersion: 99 }, `'schemaVersion' 99 is not supported (this version reads 1 and 2)`],
      [{ ...plain(), schemaVersion: undefined }, `'schemaVersion' missing (this version reads 1 and 2)`],
      [{ ...plain(), choices: [0, -1] }, `'choices[1]' must be an option index (0 or more) (found -1)`],
      [{ ...plain(), choices: [0, 1.5] }, `'choices[1]' must be an option index (0 or more) (found 1.5)`],
      [{ ...plain(), choices: 'all' }, `'choices' must be a list of option indices (found "all")`],
      [{ ...plain(), language: 'fr' }, `'language' must be es or en (found "fr")`],
      [{ ...plain(), mode: 'exam' }, `'mode' must be practice or evaluation (found "exam")`],
      [
        { ...plain(), storyHash: 'abc' },
        `'storyHash' must be a SHA-256 in hex (64 digits 0-9a-f) (found "abc")`,
      ],
      [{ ...plain(), recordId: '' }, `'recordId' must be a non-empty string (found "")`],
      [{ ...plain(), trainee: { name: 'Ana' } }, `'trainee.code' is missing`],
      [{ ...plain(), endedAt: 999 }, `'endedAt' must not be before startedAt`],
      [{ ...plain(), passed: 'yes' }, `'passed' must be true or false (found "yes")`],
      [
        { ...plain(), scores: { overall: 101, competencies: {} } },
        `'scores.overall' must be a whole number from 0 to 100 (found 101)`,
      ],
      [
        { ...plain(), scores: { overall: 50, competencies: { XYZ: 3 } } },
        `'scores.competencies.XYZ' must be a known competency (found "XYZ")`,
      ],
      [
        { ...plain(), levels: [{ trust: 11, distress: 0 }] },
        `'levels[0].trust' must be a whole number from 0 to 10 (found 11)`,
      ],
      [{ ...plain(), extra: 1 }, `'extra' is not a field of the record format`],
      [
        { ...plain(), verdicts: [{ ...verdicts[0], standard: 'XYZ-01' }] },
        `'verdicts[0].standard' must be a known standard id (found "XYZ-01")`,
      ],
      [
        { ...plain(), verdicts: [{ ...verdicts[0], reason: 'prose' }] },
        `'verdicts[0].reason' is not a field of the record format`,
      ],
      [{ ...plain(), verdicts: [{ ...verdicts[0], params: undefined }] }, `'verdicts[0].params' is missing`],
      [
        { ...plain(), verdicts: [{ ...verdicts[0], params: { escalation: 'bad_day' } }] },
        `'verdicts[0].params.escalation' must be a known escalation (found "bad_day")`,
      ],
      [
        { ...plain(), verdicts: [{ ...verdicts[0], params: { anyOf: ['fly'] } }] },
        `'verdicts[0].params.anyOf[0]' must be a known action id (found "fly")`,
      ],
      [
        { ...plain(), verdicts: [{ ...verdicts[0], outcome: 'maybe' }] },
        `'verdicts[0].outcome' must be one of met, violated, not_reached (found "maybe")`,
      ],
    ];
    for (const [data, reason] of cases) expect(reasonOf(data)).toBe(reason);
  });

  it('rejects what is not a JSON object', () => {
    for (const data of ['hello', null, 3, [record]])
      expect(parseRecord(data)).toEqual({ ok: false, reason: 'a record must be a JSON object' });
  });

  it('accepts a not_reached verdict with its params', () => {
    const verdicts = [
      {
        standard: 'REF-01',
        outcome: 'not_reached',
        severity: 'critical',
        step: 2,
        cause: 'missing_requirement',
        action: 'register_report',
        params: { endedAt: 1 },
      },
    ];
    const parsed = parseRecord({ ...plain(), verdicts });
    expect(parsed.ok && parsed.record.verdicts).toEqual(verdicts);
  });
});
