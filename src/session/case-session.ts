import type { Clock } from '../core/clock.ts';
import { makeRecord } from '../core/record/make-record.ts';
import type { CaseMode, SessionRecord } from '../core/record/session-record.ts';
import { storyHash } from '../core/record/story-hash.ts';
import { transcriptOf, type TranscriptEntry } from '../core/record/transcript.ts';
import { CaseRun } from '../core/run/case-run.ts';
import type { PassRule } from '../core/protocol/scoring.ts';
import type { StoryStep } from '../core/story/story-step.ts';
import type { CaseAutosave, RecordStore } from './record-store.ts';

export interface CaseSessionOptions {
  readonly json: string;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly sessionId: string;
  readonly mode: CaseMode;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly seed?: number;
  readonly passRule?: Partial<PassRule>;
}

/** A saved session that cannot be resumed on this story (it changed since). */
export class StaleSaveError extends Error {
  override readonly name = 'StaleSaveError';
}

/**
 * Runs one case for one trainee: every choice is judged, then autosaved through the
 * RecordStore before the next options are shown; the end produces a SessionRecord.
 */
export class CaseSession {
  private finished: SessionRecord | undefined;
  private jumped = false;

  private constructor(
    private readonly options: CaseSessionOptions,
    private readonly run: CaseRun,
    private readonly hash: string,
    private readonly seed: number,
    private readonly startedAt: number,
  ) {}

  /** Starts the case from its beginning and saves the first step. */
  static async start(options: CaseSessionOptions): Promise<CaseSession> {
    const seed = options.seed ?? 0;
    const run = new CaseRun({ json: options.json, seed, passRule: options.passRule });
    run.start();
    const session = new CaseSession(options, run, storyHash(options.json), seed, options.clock.now());
    await session.persist();
    return session;
  }

  /** Comes back to the identical step of a save; refuses a save made on another story version. */
  static async resume(options: CaseSessionOptions, save: CaseAutosave): Promise<CaseSession> {
    const hash = storyHash(options.json);
    if (save.storyHash !== hash) {
      throw new StaleSaveError(`the case ${save.caseId} changed since this session was saved`);
    }
    const run = new CaseRun({ json: options.json, seed: save.seed, passRule: options.passRule, saved: save.run });
    const session = new CaseSession(options, run, hash, save.seed, save.startedAt);
    if (run.step.isEnd) await session.finish();
    return session;
  }

  get id(): string {
    return this.options.sessionId;
  }

  get step(): StoryStep {
    return this.run.step;
  }

  get info() {
    return this.run.info;
  }

  get context() {
    return this.run.context;
  }

  /** The seed of this session (ink randomness, and the order options are shown in). */
  get seedValue(): number {
    return this.seed;
  }

  get mode(): CaseMode {
    return this.options.mode;
  }

  get choices(): readonly number[] {
    return this.run.choicePath;
  }

  /** The record, once the case has reached its end. */
  get record(): SessionRecord | undefined {
    return this.finished;
  }

  /** Takes option `index`; resolves once the new step is saved (or the record stored). */
  async choose(index: number): Promise<StoryStep> {
    if (this.finished) throw new Error('the case has ended');
    const step = this.run.choose(index);
    if (step.isEnd) await this.finish();
    else await this.persist();
    return step;
  }

  /** Everything shown so far (for the history after a resume). */
  transcript(): TranscriptEntry[] {
    return transcriptOf(this.options.json, this.run.choicePath, this.seed);
  }

  knotNames(): string[] {
    return this.run.knotNames();
  }

  /** True once the author view jumped: the choices no longer replay the case. */
  get isPreview(): boolean {
    return this.jumped;
  }

  /** Author preview only: jumps to a knot; such a session is no longer replayable, so it is not saved. */
  jumpTo(knot: string): StoryStep {
    this.jumped = true;
    return this.run.jumpTo(knot);
  }

  private async persist(): Promise<void> {
    if (this.jumped) return;
    const { options } = this;
    await options.store.saveProgress({
      sessionId: options.sessionId,
      caseId: this.run.info.caseId,
      language: this.run.info.lang,
      mode: options.mode,
      trainee: options.trainee,
      storyHash: this.hash,
      seed: this.seed,
      startedAt: this.startedAt,
      savedAt: options.clock.now(),
      run: this.run.save(),
    });
  }

  private async finish(): Promise<void> {
    const { options } = this;
    this.finished = makeRecord({
      run: this.run,
      recordId: options.sessionId,
      trainee: options.trainee,
      mode: options.mode,
      storyHash: this.hash,
      seed: this.seed,
      startedAt: this.startedAt,
      endedAt: options.clock.now(),
    });
    if (this.jumped) return;
    await options.store.saveRecord(this.finished);
    await options.store.clearProgress(options.sessionId);
  }
}
