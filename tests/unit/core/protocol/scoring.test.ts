import { describe, expect, it } from 'vitest';
import { caseResult } from '../../../../src/core/protocol/scoring.ts';
import { input, runScript } from '../../../support/protocol.ts';

const rule = { passThreshold: 75, criticalFails: true };
const resultOf = (
  script: Parameters<typeof runScript>[1],
  caseType: Parameters<typeof input>[0] = 'domestic_violence',
) => caseResult(runScript(input(caseType), script).context.verdicts, rule);

describe('scoring', () => {
  it('weighs met standards by base severity and violated ones by their worst severity', () => {
    // ENV-01 met (3), DIS-03 violated minor (1), REF-01 met (6): 9 / 10
    const r = resultOf([['move_to_private_room'], ['ask_option_question'], ['register_report']]);
    expect(r.scores.overall).toBe(90);
    expect(r.scores.competencies).toEqual({ ENV: 100, DIS: 0, REF: 100 });
    expect(r.passed).toBe(true);
  });

  it('counts a standard once: violated if ever violated, even if also met', () => {
    const r = resultOf([['move_to_private_room'], ['talk_in_public_area']]);
    expect(r.statuses).toEqual([{ standard: 'ENV-01', outcome: 'violated', severity: 'major' }]);
    expect(r.scores.overall).toBe(0);
  });

  it('a critical violation fails the case whatever the total', () => {
    const r = resultOf([
      ['move_to_private_room'],
      ['introduce_self_simply'],
      ['assess_risk'],
      ['register_report'],
      ['refer_to_cem'],
      ['explain_next_steps'],
      ['brief_carer'],
      ['ask_child_to_repeat'],
    ]);
    expect(r.scores.overall).toBeGreaterThanOrEqual(75);
    expect(r.hasCriticalViolation).toBe(true);
    expect(r.passed).toBe(false);
  });

  it('fails below the pass threshold, and the thresholds are configurable', () => {
    const verdicts = runScript(input('domestic_violence'), [['move_to_private_room'], ['blame_carer']])
      .context.verdicts;
    expect(caseResult(verdicts, rule).scores.overall).toBe(50);
    expect(caseResult(verdicts, rule).passed).toBe(false);
    expect(caseResult(verdicts, { passThreshold: 50, criticalFails: true }).passed).toBe(true);
  });

  it('leaves out a competency in which nothing counted', () => {
    expect(Object.keys(resultOf([['refer_to_cem']]).scores.competencies)).toEqual(['REF']);
  });
});
