import { describe, expect, it } from 'vitest';
import { standardStatuses } from '../../../../src/core/protocol/scoring.ts';
import { StatusFold } from '../../../../src/core/protocol/status-fold.ts';
import type { Verdict } from '../../../../src/core/protocol/verdict.ts';

const standards = ['ENV-01', 'DIS-03', 'REF-01', 'COM-01'] as const;
const outcomes = ['met', 'violated', 'not_reached'] as const;
const severities = ['minor', 'major', 'critical'] as const;

/** A deterministic verdict: the fold must agree with standardStatuses whatever the mix. */
const verdict = (n: number): Verdict =>
  ({
    standard: standards[n % 4],
    outcome: outcomes[(n * 7) % 3],
    severity: severities[(n * 5) % 3],
    step: n,
    cause: 'action',
    params: {},
  }) as Verdict;

describe('StatusFold', () => {
  it('agrees with standardStatuses as verdicts are appended, one array per event', () => {
    const fold = new StatusFold();
    let verdicts: readonly Verdict[] = [];
    for (let n = 0; n < 60; n++) {
      verdicts = [...verdicts, verdict(n), ...(n % 3 === 0 ? [verdict(n + 100)] : [])];
      expect(fold.statuses(verdicts)).toEqual(standardStatuses(verdicts));
    }
  });

  it('answers an earlier array again after a restore, and a branch from it', () => {
    const fold = new StatusFold();
    const early = [verdict(1), verdict(2)];
    const late = [...early, verdict(3), verdict(4), verdict(5)];
    fold.statuses(early);
    fold.statuses(late);
    expect(fold.statuses(early)).toEqual(standardStatuses(early));
    const branch = [...early, verdict(8)];
    expect(fold.statuses(branch)).toEqual(standardStatuses(branch));
    expect(fold.statuses(late)).toEqual(standardStatuses(late));
  });

  it('folds an unrelated array whole (equal verdicts that are other objects, a shorter list)', () => {
    const fold = new StatusFold();
    const first = [verdict(1), verdict(4), verdict(6)];
    fold.statuses(first);
    const copied = first.map((v) => ({ ...v })).concat([verdict(9)]);
    expect(fold.statuses(copied)).toEqual(standardStatuses(copied));
    const other = [verdict(2)];
    expect(fold.statuses(other)).toEqual(standardStatuses(other));
    expect(fold.statuses([])).toEqual([]);
  });
});
