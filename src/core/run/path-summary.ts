import type { StandardId } from '../protocol/standard-ids.ts';

/** One complete path, summarised. */
export interface PathOutcome {
  /** Option indices, one per decision. */
  readonly choices: readonly number[];
  readonly overall: number;
  readonly passed: boolean;
}

/**
 * Option indices from a decision down to an ending, as shared links: each decision adds one link
 * in front of its option's chain instead of copying it (copies made the memory of a long story's
 * check grow with the square of its length).
 */
export type ChoiceChain = { readonly index: number; readonly rest: ChoiceChain } | null;

/** A path below a state: its choices as a chain. */
export interface ChainedOutcome {
  readonly chain: ChoiceChain;
  readonly overall: number;
  readonly passed: boolean;
}

/** The path with its choices as an array, for the exploration's report. */
export function outcomeOf(o: ChainedOutcome): PathOutcome {
  const choices: number[] = [];
  for (let link = o.chain; link; link = link.rest) choices.push(link.index);
  return { choices, overall: o.overall, passed: o.passed };
}

/** What the explorer knows of every path below one state. */
export interface Summary {
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
  best: ChainedOutcome;
  worst: ChainedOutcome;
}

export function add<K>(into: Map<K, number>, from: Map<K, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

const better = (a: ChainedOutcome, b: ChainedOutcome) =>
  a.overall > b.overall || (a.overall === b.overall && a.passed && !b.passed);

function prefixed(index: number, o: ChainedOutcome): ChainedOutcome {
  return { ...o, chain: { index, rest: o.chain } };
}

/** Adds the paths of option `index` (`sub`) to a decision's summary so far (`total`, absent before its first). */
export function mergeSummary(total: Summary | undefined, index: number, sub: Summary): Summary {
  const best = prefixed(index, sub.best);
  const worst = prefixed(index, sub.worst);
  if (!total) {
    return {
      ...sub,
      endings: new Map(sub.endings),
      distribution: new Map(sub.distribution),
      notReached: new Map(sub.notReached),
      reach: new Map(sub.reach),
      met: new Set(sub.met),
      violated: new Set(sub.violated),
      best,
      worst,
    };
  }
  total.paths += sub.paths;
  add(total.endings, sub.endings);
  add(total.distribution, sub.distribution);
  sub.met.forEach((s) => total.met.add(s));
  sub.violated.forEach((s) => total.violated.add(s));
  total.passedWithCritical += sub.passedWithCritical;
  total.keyViolatedPassed += sub.keyViolatedPassed;
  total.duplicateVerdictPaths += sub.duplicateVerdictPaths;
  total.notReachedPaths += sub.notReachedPaths;
  add(total.notReached, sub.notReached);
  add(total.reach, sub.reach);
  total.passedPaths += sub.passedPaths;
  if (better(best, total.best)) total.best = best;
  if (better(total.worst, worst)) total.worst = worst;
  return total;
}
