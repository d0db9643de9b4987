import { Story } from 'inkjs';
import { parseCaseInfo, type CaseInfo } from './case-info.ts';
import { castOf, type Cast } from './cast.ts';
import { optionTags, storyLine } from './line-tags.ts';
import { openDecisionOf } from './open-decision.ts';
import { continueWithin, defaultStoryBudget, type StoryBudget } from './story-budget.ts';
import type { StoryLine, StoryOption, StoryStep } from './story-step.ts';
import { StoryError } from './story-step.ts';

export interface StoryRunnerOptions {
  /** The compiled story (JSON string or parsed object). */
  readonly json: string | Record<string, unknown>;
  /** Seed for ink's RANDOM, so a replay takes the same random branches. */
  readonly seed?: number;
  /** A save from `save()`: the runner resumes at the identical step. */
  readonly saved?: StoryRunnerSave;
  /** Limits past which a runaway story is reported (defaults: `defaultStoryBudget`). */
  readonly budget?: Partial<StoryBudget>;
}

/** What the runner needs to come back to the identical step. */
export interface StoryRunnerSave {
  readonly ink: string;
  readonly step: StoryStep;
}

/** Called for each line as soon as ink produces it, before the next line is evaluated. */
export type LineObserver = (line: StoryLine) => void;

export interface ChildLevels {
  readonly trust: number;
  readonly distress: number;
  /** Consecutive choices after which distress has been 9 or more (ink `distress_streak`, when declared). */
  readonly distressStreak?: number;
}

/**
 * Wraps the inkjs Story (the only place that touches it) and turns its output into
 * plain StoryStep snapshots with parsed tags. Call `start()` once, then `choose()`.
 */
export class StoryRunner {
  readonly info: CaseInfo;
  /** The built-in people and those the story declares with `cast:`. */
  readonly cast: Cast;
  private readonly story: Story;
  private step: StoryStep | undefined;
  private readonly budget: StoryBudget;

  constructor(options: StoryRunnerOptions) {
    this.budget = { ...defaultStoryBudget, ...options.budget };
    this.story = new Story(options.json as string);
    this.story.onError = (message: string) => {
      throw new StoryError(message, this.where());
    };
    const parsed = parseCaseInfo(this.story.globalTags ?? []);
    if (!parsed.ok) throw new StoryError(parsed.errors.join('; '));
    this.info = parsed.info;
    this.cast = castOf(parsed.info.cast);
    for (const name of ['trust', 'distress']) {
      if (!this.story.variablesState.GlobalVariableExistsWithName(name)) {
        throw new StoryError(`the story must declare VAR ${name}`);
      }
    }
    if (options.saved) {
      this.restore(options.saved);
    } else {
      this.story.state.storySeed = options.seed ?? 0;
    }
  }

  /** The step on screen; `start()` must have been called (or the runner resumed). */
  get current(): StoryStep {
    if (!this.step) throw new StoryError('the story has not been started');
    return this.step;
  }

  get hasStarted(): boolean {
    return this.step !== undefined;
  }

  /** Runs the story up to its first options. */
  start(onLine?: LineObserver): StoryStep {
    if (this.step) throw new StoryError('the story has already started');
    this.step = this.continueToOptions(0, onLine, true);
    return this.step;
  }

  /** Takes option `index` (the ink choice index) and runs on to the next options. */
  choose(index: number, onLine?: LineObserver): StoryStep {
    const step = this.current;
    if (!Number.isInteger(index) || index < 0 || index >= step.options.length) {
      throw new RangeError(
        `option ${index} does not exist at step ${step.index} (${step.options.length} options)`,
      );
    }
    this.story.ChooseChoiceIndex(index);
    this.step = this.continueToOptions(step.index + 1, onLine, false);
    return this.step;
  }

  /** The story's knots (for the author view's "jump to knot"). */
  knotNames(): string[] {
    return [...this.story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl').sort();
  }

  /** Author preview only: continues the story from a knot, as if the story had diverted there. */
  jumpTo(knot: string, onLine?: LineObserver): StoryStep {
    this.story.ChoosePathString(knot);
    this.step = this.continueToOptions(this.current.index, onLine, false);
    return this.step;
  }

  /** Writes the child's state into the ink variables `trust` and `distress`. */
  setChildLevels(levels: ChildLevels): void {
    this.story.variablesState.$('trust', levels.trust);
    this.story.variablesState.$('distress', levels.distress);
    if (
      levels.distressStreak !== undefined &&
      this.story.variablesState.GlobalVariableExistsWithName('distress_streak')
    ) {
      this.story.variablesState.$('distress_streak', levels.distressStreak);
    }
  }

  /** Goes back (or forward) to a saved step, in place. */
  restore(saved: StoryRunnerSave): void {
    this.story.state.LoadJson(saved.ink);
    this.step = saved.step;
  }

  /**
   * With `counted` (the visit counts the story can observe), the save leaves the others out: it
   * behaves identically, stays small however long the path, and restores in constant time — the
   * path explorer keeps one save per decision on its stack.
   */
  save(counted?: ReadonlySet<string>): StoryRunnerSave {
    return { ink: this.inkState(counted), step: this.current };
  }

  /**
   * The ink state alone, for comparing states (the path explorer merges equal ones).
   * With `counted`, only the visit counts the story can observe are kept, so paths that
   * took different options compare equal as soon as they rejoin.
   */
  inkState(counted?: ReadonlySet<string>): string {
    if (!counted) return this.story.state.toJson();
    // The counts the story cannot observe are left out before ink serialises its state, not after:
    // they grow with every knot visited, and writing then parsing them at every decision made the
    // check grow with the square of a story's length.
    const state = this.inkTables();
    const { _visitCounts: visits, _turnIndices: turns } = state;
    const keep = (table: Map<string, number>) => {
      const kept = new Map<string, number>();
      for (const [path, n] of table) if (counted.has(path)) kept.set(path, n);
      return kept;
    };
    state._visitCounts = keep(visits);
    state._turnIndices = keep(turns);
    try {
      return this.story.state.toJson();
    } finally {
      state._visitCounts = visits;
      state._turnIndices = turns;
    }
  }

  /**
   * The containers (knots, stitches) ink counted a visit to in this state. After restoring a save
   * made with `counted`, that is the observable ones and those visited since.
   */
  visitedContainers(): string[] {
    return [...this.inkTables()._visitCounts.keys()];
  }

  /** inkjs keeps its visit and turn tables private; the runner is the one place that reaches them. */
  private inkTables(): Record<'_visitCounts' | '_turnIndices', Map<string, number>> {
    return this.story.state as unknown as Record<'_visitCounts' | '_turnIndices', Map<string, number>>;
  }

  /** The ink path of the content most recently shown (knot.stitch…). */
  lastPath(): string | undefined {
    return this.story.state.previousPathString ?? this.story.state.currentPathString ?? undefined;
  }

  private where(): string {
    return this.story.state.currentPathString ?? this.story.state.previousPathString ?? '';
  }

  private continueToOptions(index: number, onLine: LineObserver | undefined, first: boolean): StoryStep {
    const lines: StoryLine[] = [];
    let ending: string | undefined;
    let stripGlobals = first ? (this.story.globalTags ?? []) : [];
    let produced = 0;
    while (this.story.canContinue) {
      if (++produced > this.budget.linesPerStep) {
        throw new StoryError(
          `more than ${this.budget.linesPerStep} lines without a choice: a loop that never offers one?`,
          this.where(),
        );
      }
      const text = continueWithin(this.story, this.budget, () => this.where());
      let tags = this.story.currentTags ?? [];
      if (stripGlobals.length > 0) {
        tags = tags.slice(stripGlobals.length);
        stripGlobals = [];
      }
      if (text.trim() === '' && tags.length === 0) continue;
      const line = storyLine(text, tags, this.where(), this.cast);
      ending = line.ending ?? ending;
      lines.push(line);
      onLine?.(line);
    }
    const options: StoryOption[] = this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text.trim(),
      ...optionTags(choice.text.trim(), choice.tags ?? [], choice.sourcePath),
      ...(choice.sourcePath ? { where: choice.sourcePath } : {}),
    }));
    const open = openDecisionOf(lines, options, options[0]?.where ?? this.where());
    const step: StoryStep = { index, lines, options, isEnd: options.length === 0, ...(open ? { open } : {}) };
    return ending === undefined ? step : { ...step, ending };
  }
}
