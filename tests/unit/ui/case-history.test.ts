import { describe, expect, it } from 'vitest';
import type { CaseEntry } from '../../../src/cases/case-catalog.ts';
import type { StandardId } from '../../../src/core/protocol/standard-ids.ts';
import type { Verdict } from '../../../src/core/protocol/verdict.ts';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import type { CaseInfo } from '../../../src/core/story/case-info.ts';
import { caseHistory, missedIn, mostMissed, recommendedCase } from '../../../src/ui/case-history.ts';
import { fakeRecord } from '../../support/fakes.ts';

const base = fakeRecord('r-base');

function verdict(
  standard: StandardId,
  outcome: 'met' | 'violated',
  severity: Verdict['severity'] = 'major',
): Verdict {
  return { ...base.verdicts[0]!, standard, outcome, severity };
}

function attempt(
  id: string,
  caseId: string,
  endedAt: number,
  score: number,
  passed: boolean,
  verdicts: Verdict[],
): SessionRecord {
  return {
    ...base,
    recordId: id,
    caseId,
    endedAt,
    passed,
    verdicts,
    scores: { ...base.scores, overall: score },
  };
}

function entry(caseId: string, key: StandardId[]): CaseEntry {
  return { caseId, info: { es: { key } as unknown as CaseInfo } };
}

describe('caseHistory', () => {
  const records = [
    attempt('a1', 'alpha', 100, 54, false, [
      verdict('ENV-01', 'violated', 'critical'),
      verdict('REC-01', 'met'),
    ]),
    attempt('a2', 'alpha', 300, 70, false, [
      verdict('COM-01', 'violated', 'minor'),
      verdict('ENV-04', 'violated'),
      verdict('ENV-04', 'violated', 'minor'),
    ]),
    attempt('a3', 'alpha', 200, 82, true, []),
    attempt('b1', 'beta', 150, 90, true, []),
  ];

  it('counts attempts and gives the best and the last score of the case', () => {
    expect(caseHistory('alpha', records)).toEqual({
      attempts: 3,
      best: { score: 82, passed: true },
      last: { score: 70, passed: false },
      missedLast: ['ENV-04', 'COM-01'],
      continueAt: undefined,
    });
  });

  it('says where a case left halfway continues, even before a first finished attempt', () => {
    expect(caseHistory('gamma', records, 4)).toEqual({
      attempts: 0,
      best: undefined,
      last: undefined,
      missedLast: [],
      continueAt: 4,
    });
  });

  it('orders what was missed worst first, each standard once', () => {
    expect(missedIn(records[0]!)).toEqual(['ENV-01']);
  });
});

describe('recommendedCase', () => {
  const cases = [
    entry('alpha', ['ENV-01', 'REC-01']),
    entry('beta', ['COM-01', 'ENV-04']),
    entry('gamma', ['DOC-01']),
  ];

  it('recommends nothing before anything was missed', () => {
    expect(recommendedCase(cases, [])).toBeUndefined();
    expect(
      recommendedCase(cases, [attempt('x', 'alpha', 1, 100, true, [verdict('ENV-01', 'met')])]),
    ).toBeUndefined();
  });

  it('recommends the case whose key standards are missed most, over the last attempt of each case', () => {
    const records = [
      // an old miss of ENV-01, fixed in the last attempt of alpha: it no longer counts
      attempt('a1', 'alpha', 100, 40, false, [verdict('ENV-01', 'violated', 'critical')]),
      attempt('a2', 'alpha', 200, 80, true, [verdict('ENV-01', 'met')]),
      attempt('g1', 'gamma', 300, 60, false, [
        verdict('ENV-04', 'violated'),
        verdict('COM-01', 'violated', 'minor'),
        verdict('ENV-01', 'violated', 'minor'),
      ]),
    ];
    expect([...mostMissed(records).entries()]).toEqual([
      ['ENV-04', 2],
      ['COM-01', 1],
      ['ENV-01', 1],
    ]);
    expect(recommendedCase(cases, records)).toEqual({ caseId: 'beta', standards: ['ENV-04', 'COM-01'] });
  });

  it('on equal weight prefers a case not yet passed', () => {
    const records = [attempt('a1', 'alpha', 100, 90, true, [verdict('COM-01', 'violated', 'minor')])];
    const both = [entry('alpha', ['COM-01']), entry('beta', ['COM-01'])];
    expect(recommendedCase(both, records)?.caseId).toBe('beta');
  });
});
