import type { StandardId } from '../protocol/standard-ids.ts';
import type { CaseRunOptions } from './case-run.ts';
import type { DecisionMetrics } from './decision-metrics.ts';
import type { PathOutcome } from './path-summary.ts';

/** What the path explorer reports about a story, and the budgets it walks within. */

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
  /** Set when the walk stopped at a budget (states or time): why. Its figures then cover part of the story. */
  readonly incomplete?: string;
  readonly ms: number;
}

/** Options of a path explorer run; `clock` measures the time taken (ms). */
export interface ExploreOptions extends Omit<CaseRunOptions, 'saved'> {
  readonly clock?: () => number;
  /** Stop, and say so, past this many distinct states (default 50,000; the built-in cases need under 7,000). */
  readonly maxStates?: number;
  /** Stop, and say so, after this many milliseconds of `clock` (default: no limit). */
  readonly maxMs?: number;
  /** A decision with more options than this is reported and not explored (default 50). */
  readonly maxOptions?: number;
  /** Stop when one path is longer than this many decisions (default 2,500; the built-in cases need under 40). */
  readonly maxDepth?: number;
  /**
   * Stop past this many distinct states entered at a place (knot.stitch) that is already on
   * the path being walked (default 2,000): once-only options in a loop. Many histories
   * meeting at one later place are not counted: a long story legitimately has thousands.
   */
  readonly maxStatesPerPlace?: number;
  /**
   * Containers whose visits the story can observe (see countedPaths). Give it when the
   * story was compiled counting every visit (for reachability), so the extra counts do
   * not keep states apart.
   */
  readonly countedPaths?: ReadonlySet<string>;
}
