import { describe, expect, it } from 'vitest';
import type { AttemptFacts } from '../../server/dashboard/attempt-facts.ts';
import type { CaseSummary } from '../../server/dashboard/case-catalog.ts';
import { heatMap } from '../../server/dashboard/class-errors.ts';
import { itemAnalysis } from '../../server/dashboard/item-analysis.ts';
import {
  filterAttempts,
  overviewRows,
  passedUnder,
  type ClassRule,
} from '../../server/dashboard/overview.ts';
import { learningCurve, missedStandards, recommendCase } from '../../server/dashboard/trainee-progress.ts';
import { standardStatuses } from '../../src/core/protocol/scoring.ts';
import { StoryRunner } from '../../src/core/story/story-runner.ts';
import { playAttempt } from '../../tools/lib/bench-server-attempts.ts';
import { factsOf, walk } from './dashboard-paths.ts';
import { storyJson } from './support/class-fixture.ts';

const T = 'theft_16';
const L = 'lost_child_5';
const day = 86_400_000;
const t0 = Date.UTC(2025, 2, 3, 15);

let n = 0;
/** A record played with the engine on seed 0 along a path found by `walk`, as the dashboard reads it. */
function played(
  caseId: string,
  how: 'clean' | 'slip' | 'slip-first',
  traineeId: string,
  at: number,
): AttemptFacts {
  const json = storyJson(caseId);
  const { record } = playAttempt({
    json,
    recordId: `r${++n}`,
    trainee: { name: traineeId, code: '1' },
    mode: 'practice',
    random: () => 0,
    startedAt: at - 60_000,
    choices: walk(json, how),
  });
  return factsOf(record, traineeId, at);
}

const key = new Map([T, L].map((c) => [c, new StoryRunner({ json: storyJson(c) }).info.key]));
const rule: ClassRule = { passThreshold: 75, keyOf: (c) => key.get(c) ?? [] };
const violated = (a: AttemptFacts) =>
  standardStatuses(a.verdicts!)
    .filter((s) => s.outcome === 'violated')
    .map((s) => `${s.standard}:${s.severity}`);

describe('dashboard aggregations on engine-played records', () => {
  const ana = [played(T, 'clean', 'ana', t0), played(L, 'clean', 'ana', t0 + 1000)];
  const beto = [played(T, 'slip-first', 'beto', t0), played(T, 'clean', 'beto', t0 + day)];
  const carla = [
    played(T, 'slip', 'carla', t0),
    played(T, 'slip', 'carla', t0 + day),
    played(L, 'slip', 'carla', t0 + 2 * day),
  ];
  const all = [...ana, ...beto, ...carla];

  it('the paths are what the tests assume: clean passes with 100, slips violate known standards', () => {
    expect(ana.map((a) => [a.overall, passedUnder(a, rule), violated(a)])).toEqual([
      [100, true, []],
      [100, true, []],
    ]);
    expect(violated(beto[0]!)).toEqual(['REC-03:major']);
    expect(violated(carla[0]!)).toEqual([
      'REC-03:major',
      'ENV-02:major',
      'COM-01:major',
      'REF-06:critical',
      'COM-05:major',
    ]);
    expect(violated(carla[2]!)).toEqual([
      'COM-01:minor',
      'REC-01:major',
      'ENV-02:major',
      'COM-04:major',
      'COM-03:major',
    ]);
    expect(standardStatuses(ana[0]!.verdicts!).find((s) => s.standard === 'REC-03')?.outcome).toBe('met');
  });

  it('heat map: distinct trainees who violated each standard per case, of those judged, worst severity', () => {
    const rows = heatMap(all);
    expect(rows[0]).toEqual({
      standard: 'REC-03',
      total: 2,
      cells: { [T]: { violated: 2, judged: 3, worst: 'major' } },
    });
    const byId = new Map(rows.map((r) => [r.standard, r]));
    expect(byId.get('REF-06')?.cells[T]).toMatchObject({ violated: 1, worst: 'critical' });
    expect(byId.get('COM-01')?.total).toBe(1);
    expect(byId.get('COM-01')?.cells[T]).toMatchObject({ violated: 1, worst: 'major' });
    expect(byId.get('COM-01')?.cells[L]).toMatchObject({ violated: 1, judged: 2, worst: 'minor' });
    expect(rows.every((r) => r.total > 0)).toBe(true);
    expect(heatMap(ana)).toEqual([]);
  });

  it('overview: attempts, best and last score, passed under the class rule, last activity; filters', () => {
    const trainees = ['ana', 'beto', 'carla'].map((id) => ({ id, name: id, code: '1' }));
    const [a, b, c] = overviewRows(trainees, all, rule);
    expect(a!.cells[T]).toMatchObject({ attempts: 1, best: 100, last: 100, passed: true });
    expect(b!.cells[T]).toMatchObject({
      attempts: 2,
      best: 100,
      last: 100,
      passed: true,
      lastActivity: t0 + day,
    });
    expect(b!.cells[T]!.best).toBeGreaterThan(beto[0]!.overall!);
    expect(c!.cells[T]).toMatchObject({ attempts: 2, best: 0, last: 0, passed: false });
    expect(c!.cells[L]).toMatchObject({ attempts: 1, passed: false });
    expect(c!.lastActivity).toBe(t0 + 2 * day);
    const firstDay = overviewRows(
      trainees,
      filterAttempts(all, { from: t0, to: t0 + 1000, caseId: T }),
      rule,
    );
    expect(firstDay.map((r) => r.cells[T]?.attempts)).toEqual([1, 1, 1]);
    expect(firstDay[1]!.cells[T]).toMatchObject({ best: beto[0]!.overall, passed: false });
    expect(filterAttempts(all, { mode: 'evaluation' })).toEqual([]);
    expect(filterAttempts(all, { language: 'es' })).toHaveLength(all.length);
  });

  it('the class threshold decides a pass; a critical or key violation fails whatever the threshold', () => {
    const noKey: ClassRule = { passThreshold: 90, keyOf: () => [] };
    expect(beto[0]!.overall).toBe(95);
    expect(passedUnder(beto[0]!, noKey)).toBe(true);
    expect(passedUnder(beto[0]!, { ...noKey, passThreshold: 96 })).toBe(false);
    expect(passedUnder(beto[0]!, rule)).toBe(false);
    expect(passedUnder(carla[0]!, { passThreshold: 0, keyOf: () => [] })).toBe(false);
    expect(passedUnder({ ...beto[0]!, verdicts: null }, rule)).toBeNull();
  });

  it('item analysis: share per option at each decision, compliant options marked', () => {
    const inputs = [...ana, ...beto, ...carla]
      .filter((a) => a.caseId === T)
      .map((a) => ({ json: storyJson(T), seed: a.seed, choices: a.choices }));
    const decisions = itemAnalysis(inputs);
    const first = decisions[0]!;
    expect(first.step).toBe(0);
    expect(first.reached).toBe(5);
    const byIndex = (i: number) =>
      first.options.find((o) => o.text === new StoryRunner({ json: storyJson(T) }).start().options[i]!.text)!;
    expect([byIndex(0).chosen, byIndex(0).share, byIndex(0).compliant]).toEqual([2, 40, true]);
    expect([byIndex(2).chosen, byIndex(2).share, byIndex(2).compliant]).toEqual([3, 60, false]);
    expect(first.options.reduce((s, o) => s + o.chosen, 0)).toBe(5);
    expect(decisions.every((d) => d.options.some((o) => o.compliant))).toBe(true);
    expect(first.prompt.length).toBeGreaterThan(0);
  });

  it('one trainee: learning curve in time order, standards missed repeatedly, the case that trains them', () => {
    expect(learningCurve([beto[1]!, beto[0]!], rule).map((p) => [p.overall, p.passed])).toEqual([
      [95, false],
      [100, true],
    ]);
    const missed = missedStandards(carla);
    expect(
      missed
        .filter((m) => m.repeated)
        .map((m) => m.standard)
        .sort(),
    ).toEqual(['COM-01', 'COM-05', 'ENV-02', 'REC-03', 'REF-06'].sort());
    expect(missed[0]).toMatchObject({
      standard: 'COM-01',
      attempts: 3,
      worst: 'major',
      cases: [L, T].sort(),
    });
    const cases: CaseSummary[] = [
      { caseId: 'a', title: { es: 'A', en: 'A' }, key: [], trains: ['REF-06'] },
      { caseId: 'b', title: { es: 'B', en: 'B' }, key: [], trains: ['COM-03', 'COM-04'] },
      { caseId: 'c', title: { es: 'C', en: 'C' }, key: [], trains: ['DOC-01'] },
    ];
    expect(recommendCase(carla, cases, rule)).toEqual({ caseId: 'a', standards: ['REF-06'], weight: 12 });
    expect(recommendCase(carla, cases, rule, ['b', 'c'])).toEqual({
      caseId: 'b',
      standards: ['COM-03', 'COM-04'],
      weight: 6,
    });
    expect(recommendCase(ana, cases, rule, ['c'])).toEqual({ caseId: 'c', standards: [], weight: 0 });
  });
});
