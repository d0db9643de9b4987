import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exploration } from '../../../src/core/run/path-explorer.ts';
import { cachedExploration } from '../../../tools/lib/exploration-cache.ts';

const fake = (paths: number) => ({ paths, states: 1, ms: 5 }) as unknown as Exploration;

describe('exploration cache', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pc-explorations-'));
    process.env.PC_EXPLORATION_CACHE_DIR = dir;
  });
  afterEach(() => {
    delete process.env.PC_EXPLORATION_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('explores a story once, and again when the story changes', () => {
    const story = `{"root":"${randomUUID()}"}`;
    let explored = 0;
    const explore = (n: number) => () => {
      explored += 1;
      return fake(n);
    };
    expect(cachedExploration(story, new Set(['a']), explore(7)).paths).toBe(7);
    expect(cachedExploration(story, new Set(['a']), explore(8)).paths).toBe(7);
    expect(explored).toBe(1);
    expect(cachedExploration(`${story} `, new Set(['a']), explore(9)).paths).toBe(9);
    expect(cachedExploration(story, new Set(['b']), explore(10)).paths).toBe(10);
    expect(explored).toBe(3);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});
