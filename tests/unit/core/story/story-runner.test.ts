import { describe, expect, it } from 'vitest';
import { StoryError } from '../../../../src/core/story/story-step.ts';
import { StoryRunner } from '../../../../src/core/story/story-runner.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

type Mode = 'straight' | 'json round trip';

/** Runs each test twice: straight, and with the state saved and loaded into a new runner at every step. */
function runnerFor(mode: Mode, json: string, seed = 0) {
  let runner = new StoryRunner({ json, seed });
  return {
    get runner() {
      return runner;
    },
    start: () => runner.start(),
    choose(i: number) {
      if (mode === 'json round trip') {
        const saved = JSON.parse(JSON.stringify(runner.save())) as ReturnType<StoryRunner['save']>;
        runner = new StoryRunner({ json, saved });
      }
      return runner.choose(i);
    },
  };
}

describe.each<Mode>(['straight', 'json round trip'])('StoryRunner (%s)', (mode) => {
  it('separates the global tags from the first line and parses the case info', () => {
    const r = runnerFor(mode, fixtureJson('runner/tags.ink'));
    const step = r.start();
    expect(r.runner.info).toMatchObject({
      caseId: 'fixture',
      persona: 'milagros',
      age: 8,
      type: 'domestic_violence',
      requires: ['register_report'],
      trust: 3,
      distress: 5,
      lang: 'es',
    });
    expect(step.lines[0]).toEqual({
      text: 'Buenas noches.',
      speaker: 'lucy',
      scene: 'front_desk',
      ambient: 'night_shift',
      phase: 'reception',
      sfx: [],
      events: [],
    });
  });

  it('parses line tags and option actions', () => {
    const step = runnerFor(mode, fixtureJson('runner/tags.ink')).start();
    expect(step.lines.map((l) => l.text)).toEqual([
      'Buenas noches.',
      'Suena el teléfono.',
      'Jhon mira a su mamá.',
    ]);
    expect(step.lines[1]?.sfx).toEqual(['phone', 'door']);
    expect(step.lines[2]).toMatchObject({
      speaker: 'narrator',
      mood: 'anxious',
      events: ['child_distressed'],
    });
    expect(step.options.map(({ index, text, actions }) => ({ index, text, actions }))).toEqual([
      { index: 0, text: 'Saludar a Jhon.', actions: ['introduce_self_simply', 'build_rapport'] },
      { index: 1, text: 'Hablar solo con la mamá.', actions: ['use_jargon'] },
    ]);
    expect(step.options.every((o) => typeof o.where === 'string' && o.where.length > 0)).toBe(true);
  });

  it('offers no options after an ending and reports the ending id', () => {
    const r = runnerFor(mode, fixtureJson('runner/tags.ink'));
    r.start();
    const end = r.choose(0);
    expect(end).toMatchObject({ index: 1, isEnd: true, ending: 'protected_home', options: [] });
    expect(end.lines.map((l) => l.text)).toEqual(['Hola.', 'Listo.']);
  });

  it('lets the story branch on the trust and distress written into it', () => {
    const calm = runnerFor(mode, fixtureJson('runner/child-state.ink'));
    calm.start();
    calm.runner.setChildLevels({ trust: 4, distress: 5 });
    expect(calm.choose(1).ending).toBe('protected_talks');
    const upset = runnerFor(mode, fixtureJson('runner/child-state.ink'));
    upset.start();
    upset.runner.setChildLevels({ trust: 1, distress: 7 });
    expect(upset.choose(0).ending).toBe('at_risk_silent');
  });

  it('refuses an option that does not exist, naming the step', () => {
    const r = runnerFor(mode, fixtureJson('runner/tags.ink'));
    r.start();
    expect(() => r.choose(5)).toThrow(/option 5 does not exist at step 0 \(2 options\)/);
  });
});

describe('StoryRunner seeds', () => {
  const number = (seed: number) =>
    new StoryRunner({ json: fixtureJson('runner/random.ink'), seed }).start().lines[0]?.text;

  it('replays ink randomness from the same seed', () => {
    expect(number(7)).toBe(number(7));
    expect(new Set([1, 2, 3, 4, 5, 6].map(number)).size).toBeGreaterThan(1);
  });
});

describe('StoryRunner errors', () => {
  it('rejects a story whose global tags are incomplete', () => {
    expect(() => new StoryRunner({ json: fixtureJson('bad/missing-requires.ink') })).toThrow(StoryError);
    expect(() => new StoryRunner({ json: fixtureJson('bad/missing-requires.ink') })).toThrow(
      /missing global tag 'requires:'/,
    );
  });

  it('rejects an unknown situation when the line is shown', () => {
    const runner = new StoryRunner({ json: fixtureJson('bad/unknown-situation.ink') });
    expect(() => runner.start()).toThrow(/unknown situation 'aggressor_comes'/);
  });

  it('rejects an option without a do: tag when it is offered', () => {
    const runner = new StoryRunner({ json: fixtureJson('bad/no-do.ink') });
    expect(() => runner.start()).toThrow(/has no do: tag/);
  });
});
