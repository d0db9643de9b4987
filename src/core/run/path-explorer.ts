import { StoryError } from '../story/story-step.ts';
import { standardsOfAction } from '../protocol/rulebook.ts';
import { CaseRun } from './case-run.ts';
import { decisionMetrics, type DecisionMetrics } from './decision-metrics.ts';
import type { Exploration, ExploreOptions, StoryProblem } from './exploration.ts';
import { mergeSummary, outcomeOf, type PathOutcome, type Summary } from './path-summary.ts';

export type { Exploration, ExploreOptions, PathOutcome, StoryProblem };

/** Thrown inside the explorer when a budget runs out; it ends the walk with a problem. */
class BudgetSpent extends Error {}

/** One decision being explored: its saved state and the options still to try. */
interface Frame {
  readonly key: string;
  /** The knot.stitch of the decision. */
  readonly place: string;
  readonly here: ReturnType<CaseRun['save']>;
  readonly judged: number;
  readonly compliant: Set<number>;
  next: number;
  total: Summary | undefined;
}

/**
 * Walks every reachable path of a compiled story through the protocol machine.
 * Identical states (same ink state, same machine context, same standard statuses)
 * are explored once, so a long story whose branches rejoin stays tractable; path
 * counts, endings and score distribution are still exact per path. The walk keeps its
 * own stack (a path may be thousands of decisions long) and stops at its budgets
 * (states, time, options per decision), saying so in `problems` and `incomplete`.
 */
export function explorePaths(options: ExploreOptions): Exploration {
  const clock = options.clock ?? (() => 0);
  const started = clock();
  const maxStates = options.maxStates ?? 50_000;
  const maxMs = options.maxMs ?? Infinity;
  const maxOptions = options.maxOptions ?? 50;
  const maxPerPlace = options.maxStatesPerPlace ?? 2_000;
  const maxDepth = options.maxDepth ?? 2_500;
  /** Per place: states entered there while it was already on the path (a loop). */
  const revisits = new Map<string, number>();
  /** Per place: decisions on the current path. */
  const onPath = new Map<string, number>();
  const run = new CaseRun(options);
  const memo = new Map<string, Summary>();
  const problems: StoryProblem[] = [];
  const visited = new Set<string>();
  const decisions = new Map<string, DecisionMetrics>();
  let incomplete: string | undefined;
  /** Collects the containers the run has visited: before each restore, at leaves, merges and failures. */
  const harvest = () => {
    for (const path of run.visitedContainers()) visited.add(path);
  };

  const leaf = (): Summary => {
    const result = run.result();
    const ending = run.step.ending ?? '';
    if (ending === '' && problems.length < 50) {
      problems.push({
        message: "the story stops without an 'ending:' line",
        choices: [...run.choicePath],
        where: run.lastInkPath(),
      });
    }
    harvest();
    const verdicts = run.context.verdicts;
    const perStep = verdicts.map((v) => `${v.step} ${v.standard}`);
    const notReached = new Set(verdicts.filter((v) => v.outcome === 'not_reached').map((v) => v.standard));
    const key = new Set(run.context.key);
    const outcome = { chain: null, overall: result.scores.overall, passed: result.passed };
    return {
      paths: 1,
      endings: new Map([[ending, 1]]),
      distribution: new Map([[result.scores.overall, 1]]),
      met: new Set(result.statuses.filter((s) => s.outcome === 'met').map((s) => s.standard)),
      violated: new Set(run.context.verdicts.filter((v) => v.outcome === 'violated').map((v) => v.standard)),
      passedWithCritical: result.passed && result.hasCriticalViolation ? 1 : 0,
      keyViolatedPassed:
        result.passed && result.statuses.some((st) => st.outcome === 'violated' && key.has(st.standard))
          ? 1
          : 0,
      duplicateVerdictPaths: new Set(perStep).size < perStep.length ? 1 : 0,
      notReached: new Map([...notReached].map((st) => [st, 1])),
      notReachedPaths: notReached.size > 0 ? 1 : 0,
      reach: new Map(),
      passedPaths: result.passed ? 1 : 0,
      best: outcome,
      worst: outcome,
    };
  };

  /** The state the run is in: a summary already known (or a leaf, or nothing), or a new decision to explore. */
  const enter = (): { summary: Summary | undefined } | { frame: Frame } => {
    if (run.step.isEnd) return { summary: leaf() };
    const key = run.stateKey(options.countedPaths);
    if (memo.has(key)) {
      harvest();
      return { summary: memo.get(key) };
    }
    if (memo.size >= maxStates)
      throw new BudgetSpent(
        `the state guard fired: more than ${maxStates} distinct states (once-only options in a loop, or a story too large to explore)`,
      );
    const ms = clock() - started;
    if (ms > maxMs)
      throw new BudgetSpent(
        `the time budget ran out: ${Math.round(ms / 1000)} s, ${memo.size} states explored`,
      );
    const offered = run.step.options.length;
    const where = run.step.options[0]?.where ?? run.lastInkPath();
    if (offered > maxOptions) {
      incomplete = `a decision with ${offered} options was not explored`;
      problems.push({
        message: `a decision with ${offered} options (at most ${maxOptions} are explored): split it`,
        choices: [...run.choicePath],
        where,
      });
      return { summary: undefined };
    }
    const place = where?.replace(/\.[^.]*$/, '') ?? '';
    if ((onPath.get(place) ?? 0) > 0) {
      const again = (revisits.get(place) ?? 0) + 1;
      revisits.set(place, again);
      if (again > maxPerPlace)
        throw new BudgetSpent(
          `the state guard fired: more than ${maxPerPlace} distinct states at one decision that a path comes back to (once-only options in a loop?)`,
        );
    }
    return {
      frame: {
        key,
        place,
        here: run.save(options.countedPaths),
        judged: run.context.verdicts.length,
        compliant: new Set(),
        next: 0,
        total: undefined,
      },
    };
  };

  /** A decision whose options have all been tried: its metrics, and its summary remembered. */
  const finish = (frame: Frame): Summary | undefined => {
    const offers = frame.here.story.step.options;
    const decisionKey = offers.map((o) => o.text).join('\u0001');
    if (!decisions.has(decisionKey)) decisions.set(decisionKey, decisionMetrics(offers, frame.compliant));
    if (frame.total) {
      const offeredHere = new Set(offers.flatMap((o) => o.actions.flatMap(standardsOfAction)));
      for (const s of offeredHere) frame.total.reach.set(s, frame.total.paths);
      memo.set(frame.key, frame.total);
    }
    return frame.total;
  };

  const failed = (error: unknown, choices: readonly number[] = run.choicePath): undefined => {
    if (!(error instanceof StoryError)) throw error;
    problems.push({ message: error.message, choices: [...choices], where: error.where });
    harvest();
    return undefined;
  };

  /** Depth-first over the decisions, with an explicit stack. */
  const walk = (): Summary | undefined => {
    const first = enter();
    if ('summary' in first) return first.summary;
    const stack: Frame[] = [];
    const push = (frame: Frame) => {
      stack.push(frame);
      onPath.set(frame.place, (onPath.get(frame.place) ?? 0) + 1);
    };
    push(first.frame);
    let returned: { summary: Summary | undefined } | undefined;
    for (;;) {
      const frame = stack[stack.length - 1]!;
      const offers = frame.here.story.step.options;
      if (returned) {
        if (returned.summary)
          frame.total = mergeSummary(frame.total, offers[frame.next - 1]!.index, returned.summary);
        returned = undefined;
      }
      if (frame.next >= offers.length) {
        const summary = finish(frame);
        stack.pop();
        onPath.set(frame.place, onPath.get(frame.place)! - 1);
        if (stack.length === 0) return summary;
        returned = { summary };
        continue;
      }
      const option = offers[frame.next++]!;
      if (frame.next > 1) {
        harvest();
        run.restore(frame.here);
      }
      try {
        run.choose(option.index);
        const added = run.context.verdicts
          .slice(frame.judged)
          .filter((v) => v.step === frame.here.story.step.index);
        if (!added.some((v) => v.outcome === 'violated')) frame.compliant.add(option.index);
        const next = enter();
        if ('frame' in next && stack.length >= maxDepth)
          throw new BudgetSpent(`a path longer than ${maxDepth} decisions`);
        if ('frame' in next) push(next.frame);
        else returned = next;
      } catch (error) {
        if (error instanceof BudgetSpent) throw error;
        returned = { summary: failed(error, [...frame.here.choices, option.index]) };
      }
    }
  };

  let root: Summary | undefined;
  try {
    run.start();
    root = walk();
  } catch (error) {
    if (error instanceof BudgetSpent) {
      harvest();
      incomplete = error.message;
      problems.push({
        message: `exploration stopped: ${error.message}; what it reports covers only part of the story`,
        choices: [...run.choicePath],
        where: run.lastInkPath(),
      });
    } else failed(error);
  }
  const empty: PathOutcome = { choices: [], overall: 0, passed: false };
  return {
    paths: root?.paths ?? 0,
    endings: Object.fromEntries(root?.endings ?? []),
    states: memo.size,
    best: root ? outcomeOf(root.best) : empty,
    worst: root ? outcomeOf(root.worst) : empty,
    distribution: Object.fromEntries(root?.distribution ?? []),
    metSomewhere: [...(root?.met ?? [])].sort(),
    violatedSomewhere: [...(root?.violated ?? [])].sort(),
    passedWithCritical: root?.passedWithCritical ?? 0,
    keyViolatedPassed: root?.keyViolatedPassed ?? 0,
    duplicateVerdictPaths: root?.duplicateVerdictPaths ?? 0,
    notReached: Object.fromEntries(root?.notReached ?? []),
    notReachedPaths: root?.notReachedPaths ?? 0,
    decisions: [...decisions.values()],
    keyReach: Object.fromEntries(
      run.context.key.map((s) => [s, root && root.paths > 0 ? (root.reach.get(s) ?? 0) / root.paths : 0]),
    ),
    passedPaths: root?.passedPaths ?? 0,
    visited: [...visited].sort(),
    problems,
    ...(incomplete ? { incomplete } : {}),
    ms: clock() - started,
  };
}
