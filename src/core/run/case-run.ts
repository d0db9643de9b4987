import type { ActionId } from '../protocol/actions.ts';
import {
  restoreProtocol,
  saveProtocol,
  sendProtocol,
  startProtocol,
  type ProtocolSave,
  type ProtocolSnapshot,
} from '../protocol/protocol-actor.ts';
import type { ProtocolContext } from '../protocol/protocol-context.ts';
import type { ProtocolEvent } from '../protocol/protocol-machine.ts';
import { endObligationActions } from '../protocol/situation-rules.ts';
import { caseResult, type CaseResult, type PassRule } from '../protocol/scoring.ts';
import { StatusFold } from '../protocol/status-fold.ts';
import type { CaseInfo } from '../story/case-info.ts';
import { optionAt, type StoryLine, type StoryStep } from '../story/story-step.ts';
import type { StoryBudget } from '../story/story-budget.ts';
import { StoryRunner, type StoryRunnerSave } from '../story/story-runner.ts';

/** Actions whose having been taken a later rule reads (REF-02 at the end). */
const judgedLater: ReadonlySet<string> = new Set(['notify_family_prosecutor', 'notify_criminal_prosecutor']);

export type { ProtocolSnapshot } from '../protocol/protocol-actor.ts';

/** Everything needed to resume a case at the identical step. Plain JSON. */
export interface CaseRunSave {
  readonly story: StoryRunnerSave;
  /** The protocol machine's persisted snapshot (value + context). */
  readonly protocol: ProtocolSave;
  readonly choices: readonly number[];
}

export interface CaseRunOptions {
  readonly json: string | Record<string, unknown>;
  readonly seed?: number;
  readonly passRule?: Partial<PassRule>;
  readonly saved?: CaseRunSave;
  /** Limits past which a runaway story is reported (see StoryBudget). */
  readonly budget?: Partial<StoryBudget>;
}

/**
 * One case being played on the pure core: the story runner says what happens, the
 * protocol machine judges it. Every choice goes through the machine before the story
 * continues, and the child's levels are written into ink after each choice and event.
 */
export class CaseRun {
  readonly info: CaseInfo;
  private readonly runner: StoryRunner;
  private snapshot: ProtocolSnapshot;
  /** The standards' statuses for stateKey, folded as verdicts come instead of from the start. */
  private readonly statusFold = new StatusFold();
  private choices: number[] = [];

  constructor(options: CaseRunOptions) {
    this.runner = new StoryRunner({ json: options.json, seed: options.seed, budget: options.budget });
    this.info = this.runner.info;
    this.snapshot = startProtocol({
      caseType: this.info.type,
      requires: this.info.requires,
      key: this.info.key,
      lang: this.info.lang,
      trust: this.info.trust,
      distress: this.info.distress,
      passThreshold: options.passRule?.passThreshold,
      criticalFails: options.passRule?.criticalFails,
    });
    if (options.saved) this.restore(options.saved);
  }

  get step(): StoryStep {
    return this.runner.current;
  }

  get context(): ProtocolContext {
    return this.snapshot.context;
  }

  get choicePath(): readonly number[] {
    return this.choices;
  }

  get hasStarted(): boolean {
    return this.runner.hasStarted;
  }

  start(): StoryStep {
    this.runner.setChildLevels(this.context);
    const step = this.runner.start(this.observeLine);
    return this.afterStep(step);
  }

  /** Takes option `index` of the current step; throws RangeError naming the step if it does not exist. */
  choose(index: number): StoryStep {
    const option = optionAt(this.runner.current, index);
    if (!option) return this.runner.choose(index);
    this.send({ type: 'choice.made', actions: option.actions, offered: this.offered() });
    this.runner.setChildLevels(this.context);
    const step = this.runner.choose(index, this.observeLine);
    this.choices = [...this.choices, index];
    return this.afterStep(step);
  }

  /**
   * Judges each option of the current step and keeps nothing (the machine is pure): the judging code
   * is then compiled before the trainee's first choice, which otherwise paid for it (33 ms at 4×
   * CPU throttling, against 4 ms for a later choice). The run does not change.
   */
  rehearse(): void {
    const offered = this.offered();
    for (const option of this.runner.current.options)
      sendProtocol(this.snapshot, { type: 'choice.made', actions: option.actions, offered });
  }

  knotNames(): string[] {
    return this.runner.knotNames();
  }

  /** Author preview only: jumps to a knot. The run can no longer be replayed from its choices. */
  jumpTo(knot: string): StoryStep {
    this.runner.setChildLevels(this.context);
    return this.afterStep(this.runner.jumpTo(knot, this.observeLine));
  }

  result(): CaseResult {
    return caseResult(this.context.verdicts, this.context);
  }

  /** With `counted`, unobservable visit counts are left out (see StoryRunner.save). */
  save(counted?: ReadonlySet<string>): CaseRunSave {
    return {
      story: this.runner.save(counted),
      protocol: saveProtocol(this.snapshot),
      choices: this.choices,
    };
  }

  restore(saved: CaseRunSave): void {
    this.runner.restore(saved.story);
    this.snapshot = restoreProtocol(saved.protocol);
    this.choices = [...saved.choices];
  }

  /** The containers (knots, stitches) of the story visited so far. */
  visitedContainers(): string[] {
    return this.runner.visitedContainers();
  }

  /** The ink path of the last content shown, to locate a problem in the source. */
  lastInkPath(): string | undefined {
    return this.runner.lastPath();
  }

  /**
   * The ink state plus the machine context: equal keys behave identically from here on
   * and end with the same scores. Visit counts the story cannot observe (`counted` says
   * which it can) and actions no later rule looks at are left out, so paths that took
   * different options merge as soon as they rejoin.
   */
  stateKey(counted?: ReadonlySet<string>): string {
    const { verdicts, levels, taken, offered, ...rest } = this.context;
    void verdicts;
    void levels;
    const later = (a: ActionId) => this.context.requires.includes(a) || judgedLater.has(a);
    const remembered = taken.filter(later).sort();
    const seen = offered.filter((a) => later(a) || endObligationActions.has(a)).sort();
    const machine = JSON.stringify({ ...rest, taken: remembered, offered: seen });
    const statuses = this.statusFold
      .statuses(this.context.verdicts)
      .map((s) => `${s.standard}:${s.outcome}:${s.severity}`)
      .join(',');
    return `${this.runner.inkState(counted)}|${machine}|${statuses}`;
  }

  private readonly observeLine = (line: StoryLine): void => {
    if (line.events.length === 0) return;
    for (const situation of line.events) this.send({ type: 'situation.occurred', situation });
    this.runner.setChildLevels(this.context);
  };

  private afterStep(step: StoryStep): StoryStep {
    if (step.isEnd && !this.context.ended) this.send({ type: 'case.ended' });
    return step;
  }

  /** Every action the current step's options offer, once each. */
  private offered(): ActionId[] {
    return [...new Set(this.runner.current.options.flatMap((o) => o.actions))] as ActionId[];
  }

  private send(event: ProtocolEvent): void {
    this.snapshot = sendProtocol(this.snapshot, event);
  }
}
