import { describe, expect, it } from 'vitest';
import { rescore } from '../../server/scoring/rescore.ts';
import { attempt, storyJson } from './support/class-fixture.ts';

describe('re-scoring a record by replaying it', () => {
  const json = storyJson('theft_16');

  it('verifies a record the engine made and keeps its own result', () => {
    const { record } = attempt({ seed: 11 });
    const { status, server } = rescore(record, json);
    expect(status).toBe('verified');
    expect(server).toMatchObject({
      overall: record.scores.overall,
      passed: record.passed,
      ending: record.ending,
      differences: [],
    });
  });

  it('marks a record altered when its scores, verdicts or ending differ, and gives the replay’s scores', () => {
    const { record } = attempt({ seed: 12 });
    const cases = [
      { ...record, scores: { ...record.scores, overall: (record.scores.overall + 7) % 101 } },
      { ...record, passed: !record.passed },
      { ...record, verdicts: record.verdicts.slice(1) },
      { ...record, ending: 'somewhere_else' },
      { ...record, levels: record.levels.map((l) => ({ ...l, trust: (l.trust + 1) % 11 })) },
    ];
    for (const claimed of cases) {
      const { status, server } = rescore(claimed, json);
      expect(status).toBe('altered');
      expect(server.overall).toBe(record.scores.overall);
      expect(server.differences.length).toBeGreaterThan(0);
    }
  });

  it('marks a path that leaves the story altered, with no score', () => {
    const { record } = attempt({ seed: 13 });
    const { status, server } = rescore({ ...record, choices: [...record.choices, 0] }, json);
    expect(status).toBe('altered');
    expect(server.overall).toBeNull();
    expect(server.differences[0]).toMatch(/after the story ended/);
  });

  it('marks a record unverifiable when the server lacks its story version', () => {
    const { record } = attempt({ seed: 14 });
    expect(rescore(record, undefined)).toMatchObject({
      status: 'unverifiable',
      server: { overall: null, passed: null },
    });
    expect(rescore(record, storyJson('lost_child_5')).status).toBe('unverifiable');
  });
});
