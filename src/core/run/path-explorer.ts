import type { StandardId } from '../protocol/standard-ids.ts';
import { StoryError } from '../story/story-step.ts';
import { standardsOfAction } from '../protocol/rulebook.ts';
import { CaseRun, type CaseRunOptions } from './case-run.ts';
import { decisionMetrics, type DecisionMetrics } from './decision-metrics.ts';

/** One complete path, summarised. */
export interface PathOutcome {
  /** Option indices, one per decision. */
  readonly choices: readonly number[];
  readonly overall: number;
  readonly passed: boolean;
}

export interface StoryProblem {
  readonly message: string;
  readonly choices: readonly number[];
  /** The ink path (knot.stitch…) where it happened, when known. */
  readonly where?: string;
}

export interface Exploration {
  /** Number of distinct complete paths. */
  readonly paths: number;
  /** Paths per ending id; a path that stops without `ending:` counts under "". */
  readonly endings: Readonly<Record<string, number>>;
  /** Distinct states visited (after merging identical ones). */
  readonly states: number;
  readonly best: PathOutcome;
  readonly worst: PathOutcome;
  /** Paths per overall score. */
  readonly distribution: Readonly<Record<number, number>>;
  /** Standards met / violated on at least one path. */
  readonly metSomewhere: readonly StandardId[];
  readonly violatedSomewhere: readonly StandardId[];
  /** Paths with a critical violation that were nevertheless passed (must be 0). */
  readonly passedWithCritical: number;
  /** Paths passed with a violated key standard (must be 0). */
  readonly keyViolatedPassed: number;
  /** Paths on which one choice gave two verdicts of one standard (must be 0). */
  readonly duplicateVerdictPaths: number;
  /** Per standard, the paths on which it was `not_reached` (the case ended before it was offered). */
  readonly notReached: Readonly<Record<string, number>>;
  /** Paths with at least one `not_reached` verdict. */
  readonly notReachedPaths: number;
  /** Every distinct decision, with its options' lengths, actions and compliance. */
  readonly decisions: readonly DecisionMetrics[];
  /** Per key standard: the share of paths that reach a decision offering an option judged under it. */
  readonly keyReach: Readonly<Record<string, number>>;
  readonly passedPaths: number;
  /** Ink paths (knots, stitches) visited on some path, from ink's visit counts. */
  readonly visited: readonly string[];
  readonly problems: readonly StoryProblem[];
  readonly ms: number;
}

interface Summary {
  paths: number;
  endings: Map<string, number>;
  distribution: Map<number, number>;
  met: Set<StandardId>;
  violated: Set<StandardId>;
  passedWithCritical: number;
  keyViolatedPassed: number;
  duplicateVerdictPaths: number;
  notReached: Map<string, number>;
  notReachedPaths: number;
  /** Per standard, the paths of this subtree that reach a decision offering it. */
  reach: Map<StandardId, number>;
  passedPaths: number;
  best: PathOutcome;
  worst: PathOutcome;
}

function add<K>(into: Map<K, number>, from: Map<K, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

const better = (a: PathOutcome, b: PathOutcome) =>
  a.overall > b.overall || (a.overall === b.overall && a.passed && !b.passed);

function prefixed(index: number, o: PathOutcome): PathOutcome {
  return { ...o, choices: [index, ...o.choices] };
}

/** Options of a path explorer run; `clock` measures the time taken (ms). */
export interface ExploreOptions extends Omit<CaseRunOptions, 'saved'> {
  readonly clock?: () => number;
  /** Stop with an error past this many distinct states (default 2,000,000). */
  readonly maxStates?: number;
  /**
   * Containers whose visits the story can observe (see countedPaths). Give it when the
   * story was compiled counting every visit (for reachability), so the extra counts do
   * not keep states apart.
   */
  readonly countedPaths?: ReadonlySet<string>;
}

/**
 * Walks every reachable path of a compiled story through the protocol machine.
 * Identical states (same ink state, same machine context, same standard statuses)
 * are explored once, so a long story whose branches rejoin stays tractable; path
 * counts, endings and score distribution are still exact per path.
 */
export function explorePaths(options: ExploreOptions): Exploration {
  const clock = options.clock ?? (() => 0);
  const started = clock();
  const maxStates = options.maxStates ?? 2_000_000;
  const run = new CaseRun(options);
  const memo = new Map<string, Summary>();
  const problems: StoryProblem[] = [];
  const visited = new Set<string>();
  const decisions = new Map<string, DecisionMetrics>();

  const leaf = (): Summary => {
    const result = run.result();
    const ending = run.step.ending ?? '';
    if (ending === '' && problems.length < 50) {
      problems.push({ message: "the story stops without an 'ending:' line", choices: [...run.choicePath], where: run.lastInkPath() });
    }
    for (const path of run.visitedContainers()) visited.add(path);
    const verdicts = run.context.verdicts;
    const perStep = verdicts.map((v) => `${v.step} ${v.standard}`);
    const notReached = new Set(verdicts.filter((v) => v.outcome === 'not_reached').map((v) => v.standard));
    const key = new Set(run.context.key);
    const outcome = { choices: [], overall: result.scores.overall, passed: result.passed };
    return {
      paths: 1,
      endings: new Map([[ending, 1]]),
      distribution: new Map([[result.scores.overall, 1]]),
      met: new Set(result.statuses.filter((s) => s.outcome === 'met').map((s) => s.standard)),
      violated: new Set(run.context.verdicts.filter((v) => v.outcome === 'violated').map((v) => v.standard)),
      passedWithCritical: result.passed && result.hasCriticalViolation ? 1 : 0,
      keyViolatedPassed: result.passed && result.statuses.some((st) => st.outcome === 'violated' && key.has(st.standard)) ? 1 : 0,
      duplicateVerdictPaths: new Set(perStep).size < perStep.length ? 1 : 0,
      notReached: new Map([...notReached].map((st) => [st, 1])),
      notReachedPaths: notReached.size > 0 ? 1 : 0,
      reach: new Map(),
      passedPaths: result.passed ? 1 : 0,
      best: outcome,
      worst: outcome,
    };
  };

  const visit = (): Summary | undefined => {
    if (run.step.isEnd) return leaf();
    const key = run.stateKey(options.countedPaths);
    const known = memo.get(key);
    if (known) return known;
    if (memo.size >= maxStates) throw new StoryError(`more than ${maxStates} distinct states: the story is too large to explore`);
    const here = run.save();
    const judged = run.context.verdicts.length;
    const compliant = new Set<number>();
    let total: Summary | undefined;
    for (const option of here.story.step.options) {
      run.restore(here);
      let sub: Summary | undefined;
      try {
        run.choose(option.index);
        const added = run.context.verdicts.slice(judged).filter((v) => v.step === here.story.step.index);
        if (!added.some((v) => v.outcome === 'violated')) compliant.add(option.index);
        sub = visit();
      } catch (error) {
        if (!(error instanceof StoryError)) throw error;
        problems.push({ message: error.message, choices: [...run.choicePath], where: error.where });
      }
      if (!sub) continue;
      const best = prefixed(option.index, sub.best);
      const worst = prefixed(option.index, sub.worst);
      if (!total) {
        total = { ...sub, endings: new Map(sub.endings), distribution: new Map(sub.distribution), notReached: new Map(sub.notReached), reach: new Map(sub.reach), met: new Set(sub.met), violated: new Set(sub.violated), best, worst };
        continue;
      }
      total.paths += sub.paths;
      add(total.endings, sub.endings);
      add(total.distribution, sub.distribution);
      sub.met.forEach((s) => total?.met.add(s));
      sub.violated.forEach((s) => total?.violated.add(s));
      total.passedWithCritical += sub.passedWithCritical;
      total.keyViolatedPassed += sub.keyViolatedPassed;
      total.duplicateVerdictPaths += sub.duplicateVerdictPaths;
      total.notReachedPaths += sub.notReachedPaths;
      add(total.notReached, sub.notReached);
      add(total.reach, sub.reach);
      total.passedPaths += sub.passedPaths;
      if (better(best, total.best)) total.best = best;
      if (better(total.worst, worst)) total.worst = worst;
    }
    run.restore(here);
    const offers = here.story.step.options;
    const decisionKey = offers.map((o) => o.text).join('\u0001');
    if (!decisions.has(decisionKey)) decisions.set(decisionKey, decisionMetrics(offers, compliant));
    if (total) {
      const offeredHere = new Set(offers.flatMap((o) => o.actions.flatMap(standardsOfAction)));
      for (const s of offeredHere) total.reach.set(s, total.paths);
      memo.set(key, total);
    }
    return total;
  };

  let root: Summary | undefined;
  try {
    run.start();
    root = visit();
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    problems.push({ message: error.message, choices: [...run.choicePath], where: error.where });
  }
  const empty: PathOutcome = { choices: [], overall: 0, passed: false };
  return {
    paths: root?.paths ?? 0,
    endings: Object.fromEntries(root?.endings ?? []),
    states: memo.size,
    best: root?.best ?? empty,
    worst: root?.worst ?? empty,
    distribution: Object.fromEntries(root?.distribution ?? []),
    metSomewhere: [...(root?.met ?? [])].sort(),
    violatedSomewhere: [...(root?.violated ?? [])].sort(),
    passedWithCritical: root?.passedWithCritical ?? 0,
    keyViolatedPassed: root?.keyViolatedPassed ?? 0,
    duplicateVerdictPaths: root?.duplicateVerdictPaths ?? 0,
    notReached: Object.fromEntries(root?.notReached ?? []),
    notReachedPaths: root?.notReachedPaths ?? 0,
    decisions: [...decisions.values()],
    keyReach: Object.fromEntries(run.context.key.map((s) => [s, root && root.paths > 0 ? (root.reach.get(s) ?? 0) / root.paths : 0])),
    passedPaths: root?.passedPaths ?? 0,
    visited: [...visited].sort(),
    problems,
    ms: clock() - started,
  };
}
