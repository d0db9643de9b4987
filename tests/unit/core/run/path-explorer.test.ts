import { describe, expect, it } from 'vitest';
import { explorePaths } from '../../../../src/core/run/path-explorer.ts';
import { join } from 'node:path';
import { countedPaths } from '../../../../src/core/story/counted-paths.ts';
import { compileInk } from '../../../../tools/lib/compile-ink.ts';
import { fixtureDir, fixtureJson } from '../../../support/fixtures.ts';

describe('explorePaths', () => {
  it('counts every path, its ending and its score', () => {
    const ex = explorePaths({ json: fixtureJson('basic/tiny.ink') });
    expect(ex.paths).toBe(6);
    expect(ex.endings).toEqual({ protected_home: 2, at_risk_home: 2, harmed_retold: 2 });
    expect(ex.best).toEqual({ choices: [0, 0], overall: 100, passed: true });
    expect(ex.worst).toEqual({ choices: [1, 2], overall: 14, passed: false });
    expect(Object.values(ex.distribution).reduce((a, b) => a + b, 0)).toBe(6);
    expect(ex.passedWithCritical).toBe(0);
    expect(ex.metSomewhere).toEqual(['DIS-03', 'ENV-01', 'REF-01']);
    expect(ex.violatedSomewhere).toEqual(['CLO-01', 'DIS-01', 'DIS-02', 'ENV-01', 'REF-01']);
    expect(ex.problems).toEqual([]);
  });

  it('lists the knots visited when the story counts every visit', () => {
    const json = compileInk(join(fixtureDir, 'bad/unreachable.ink'), process.cwd(), true).json!;
    const ex = explorePaths({
      json,
      countedPaths: countedPaths(compileInk(join(fixtureDir, 'bad/unreachable.ink')).json!),
    });
    expect(ex.visited).toContain('fin');
    expect(ex.visited.some((v) => v.startsWith('olvidado'))).toBe(false);
  });

  it('merges identical states but still counts paths exactly', () => {
    const ex = explorePaths({ json: fixtureJson('runner/child-state.ink') });
    expect(ex.paths).toBe(2);
    expect(ex.states).toBe(1);
  });

  it('reports a path that stops without an ending, with its choices', () => {
    const ex = explorePaths({ json: fixtureJson('bad/no-ending.ink') });
    expect(ex.endings).toEqual({ protected_end: 1, '': 1 });
    expect(ex.problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/without an 'ending:'/) as string,
        choices: [1],
      }),
    ]);
  });

  it('collects runtime tag errors as problems instead of stopping', () => {
    const ex = explorePaths({ json: fixtureJson('bad/unknown-situation.ink') });
    expect(ex.paths).toBe(0);
    expect(ex.problems[0]?.message).toMatch(/unknown situation 'aggressor_comes'/);
  });
});
