import { describe, expect, it } from 'vitest';
import { explorePaths } from '../../../../src/core/run/path-explorer.ts';
import { StoryRunner } from '../../../../src/core/story/story-runner.ts';
import { StoryError } from '../../../../src/core/story/story-step.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

/** Starts a fixture story and gives the error it stops with (and how long it took). */
function startError(path: string, budget = {}) {
  const runner = new StoryRunner({ json: fixtureJson(`runaway/${path}`), budget });
  const started = Date.now();
  try {
    runner.start();
  } catch (error) {
    return { error: error as StoryError, ms: Date.now() - started };
  }
  throw new Error(`${path} started without an error`);
}

describe('a runaway story is reported where it runs away, not run for ever', () => {
  it('a divert loop with no choice: stopped at the time budget, in its knot', () => {
    const { error, ms } = startError('divert-cycle.ink', { msPerLine: 300 });
    expect(error).toBeInstanceOf(StoryError);
    expect(error.message).toMatch(/ran 0.3 s without producing a line or offering a choice/);
    expect(['hall', 'desk']).toContain(error.where?.split('.')[0]);
    expect(ms).toBeLessThan(3_000);
  });

  it('a text loop: stopped after the line budget, in its knot', () => {
    const { error } = startError('text-loop.ink', { linesPerStep: 50 });
    expect(error.message).toMatch(/more than 50 lines without a choice/);
    expect(error.where?.split('.')[0]).toBe('waiting');
  });

  it('a function that calls itself: stopped at the call depth, not a stack overflow or 1 GB of memory', () => {
    const { error, ms } = startError('recursive-function.ink', { callDepth: 200 });
    expect(error.message).toMatch(/more than 200 nested calls/);
    expect(error.where?.split('.')[0]).toBe('count_up');
    expect(ms).toBeLessThan(3_000);
  });

  it('a tunnel that calls itself: stopped at the call depth', () => {
    const { error } = startError('self-tunnel.ink');
    expect(error.message).toMatch(/more than 500 nested calls/);
    expect(error.where?.split('.')[0]).toBe('ask');
  });

  it('the explorer reports the runaway branch and still walks the others', () => {
    const ex = explorePaths({
      json: fixtureJson('runaway/one-bad-branch.ink'),
      budget: { linesPerStep: 100 },
    });
    expect(ex.problems.map((p) => [p.message.replace(/ \(at .*\)$/, ''), p.choices])).toEqual([
      ['more than 100 lines without a choice: a loop that never offers one?', [1]],
    ]);
    expect(ex.paths).toBe(1);
    expect(ex.endings).toEqual({ protected_home: 1 });
    expect(ex.incomplete).toBeUndefined();
  });
});

describe('the explorer stops at its budgets and says so', () => {
  it('twenty-two once-only options in a loop: the state guard fires', () => {
    const started = Date.now();
    const ex = explorePaths({ json: fixtureJson('runaway/once-only-loop.ink'), maxStates: 500 });
    expect(ex.incomplete).toMatch(/state guard fired: more than 500 distinct states/);
    expect(ex.problems.at(-1)?.message).toMatch(/^exploration stopped: .* covers only part of the story$/);
    expect(ex.states).toBe(500);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('once-only options in a loop: the guard on a place a path comes back to fires', () => {
    const ex = explorePaths({ json: fixtureJson('runaway/once-only-loop.ink'), maxStatesPerPlace: 300 });
    expect(ex.incomplete).toMatch(/more than 300 distinct states at one decision that a path comes back to/);
    expect(ex.states).toBeLessThan(400);
  });

  it('many histories meeting at one later decision are not a loop: explored whole', () => {
    const ex = explorePaths({ json: fixtureJson('runaway/many-histories.ink'), maxStatesPerPlace: 100 });
    expect(ex.incomplete).toBeUndefined();
    expect(ex.paths).toBe(512);
    expect(ex.states).toBeGreaterThan(512);
  });

  it('the time budget, on the clock it is given', () => {
    let now = 0;
    const clock = () => (now += 1_000);
    const ex = explorePaths({ json: fixtureJson('runaway/once-only-loop.ink'), clock, maxMs: 10_000 });
    expect(ex.incomplete).toMatch(/time budget ran out: \d+ s, \d+ states explored/);
    expect(ex.states).toBeLessThan(10);
  });

  it('a path longer than the depth budget: stopped, without a stack overflow; under it, walked whole', () => {
    const json = fixtureJson('runaway/long-path.ink');
    const cut = explorePaths({ json, maxDepth: 10 });
    expect(cut.incomplete).toBe('a path longer than 10 decisions');
    const whole = explorePaths({ json });
    expect(whole.incomplete).toBeUndefined();
    expect(whole.paths).toBe(2 ** 30);
    expect(whole.states).toBeLessThanOrEqual(2 * 30); // rejoining branches merge: linear, not 2^30
    expect(whole.best.choices).toHaveLength(30);
  });

  it('a decision with more options than it explores is reported, not walked for minutes', () => {
    const header = fixtureJson('basic/tiny.ink'); // only to be sure the fixtures compile here
    expect(header.length).toBeGreaterThan(0);
    const ex = explorePaths({
      json: fixtureJson('runaway/one-bad-branch.ink'),
      maxOptions: 1,
      budget: { linesPerStep: 100 },
    });
    expect(ex.problems[0]?.message).toBe('a decision with 2 options (at most 1 are explored): split it');
    expect(ex.paths).toBe(0);
  });
});
