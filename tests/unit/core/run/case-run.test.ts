import { describe, expect, it } from 'vitest';
import { CaseRun, type CaseRunSave } from '../../../../src/core/run/case-run.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const verdicts = (run: CaseRun) =>
  run.context.verdicts.map((v) => `${v.standard} ${v.outcome} ${v.severity} @${v.step}`);

describe('CaseRun', () => {
  it('sends each option’s actions to the machine and each line’s events as situations', () => {
    const run = new CaseRun({ json: fixtureJson('situations/suspect.ink') });
    run.start();
    run.choose(0);
    expect(run.context.flags.suspectPresent).toBe(true);
    run.choose(2);
    // register_report is required but this story never offers it: not reached, so it does not count
    expect(verdicts(run)).toEqual([
      'ENV-01 met major @0',
      'ENV-03 violated critical @1',
      'REF-01 not_reached critical @2',
    ]);
    expect(run.result().passed).toBe(false);
  });

  it('writes the child levels into ink before the story continues', () => {
    const blamed = new CaseRun({ json: fixtureJson('runner/child-state.ink') });
    blamed.start();
    expect(blamed.choose(0).ending).toBe('at_risk_silent');
    expect(blamed.context.distress).toBe(7); // 5 + 2 (REC-04 major); REF-01 is not reached (never offered): no distress
    const welcomed = new CaseRun({ json: fixtureJson('runner/child-state.ink') });
    welcomed.start();
    expect(welcomed.choose(1).ending).toBe('protected_talks');
  });

  it('counts consecutive choices at distress 9 or more into ink distress_streak: sustained harm, not one slip', () => {
    const run = new CaseRun({ json: fixtureJson('runner/streak.ink') });
    run.start();
    run.choose(0);
    expect(run.context).toMatchObject({ distress: 10, distressStreak: 1 });
    expect(run.step.isEnd).toBe(false);
    run.choose(1);
    expect(run.context.distressStreak).toBe(2);
    expect(run.step.ending).toBe('harmed_shut_down');
    const once = new CaseRun({ json: fixtureJson('runner/streak.ink') });
    once.start();
    once.choose(0);
    expect(once.choose(2).ending).toBe('protected_done');
  });

  it('applies a child_distressed event to the levels the next line sees', () => {
    const run = new CaseRun({ json: fixtureJson('runner/tags.ink') });
    run.start();
    expect(run.context.distress).toBe(6);
    expect(run.context.obligations.map((o) => o.situation)).toEqual(['child_distressed']);
  });

  it('gives identical steps and verdicts when saved and restored at every step', () => {
    const json = fixtureJson('situations/suspect.ink');
    for (const path of [
      [0, 0],
      [0, 1],
      [0, 2],
    ]) {
      const straight = new CaseRun({ json });
      straight.start();
      path.forEach((c) => straight.choose(c));
      let resumed = new CaseRun({ json });
      resumed.start();
      for (const c of path) {
        const saved = JSON.parse(JSON.stringify(resumed.save())) as CaseRunSave;
        resumed = new CaseRun({ json, saved });
        resumed.choose(c);
      }
      expect(resumed.step).toEqual(straight.step);
      expect(resumed.context).toEqual(straight.context);
      expect(resumed.result()).toEqual(straight.result());
    }
  });

  it('rehearses the current step’s options without changing the run: same state, same verdicts after', () => {
    const json = fixtureJson('situations/suspect.ink');
    const plain = new CaseRun({ json, seed: 4 });
    const rehearsed = new CaseRun({ json, seed: 4 });
    plain.start();
    rehearsed.start();
    const before = JSON.stringify(rehearsed.save());
    rehearsed.rehearse();
    expect(JSON.stringify(rehearsed.save())).toBe(before);
    for (const index of [0, 2]) {
      expect(rehearsed.choose(index)).toEqual(plain.choose(index));
      rehearsed.rehearse();
    }
    expect(verdicts(rehearsed)).toEqual(verdicts(plain));
    expect(verdicts(rehearsed)).toHaveLength(3);
  });
});
