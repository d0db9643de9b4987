import type { Clock } from '../core/clock.ts';
import { makeRecord } from '../core/record/make-record.ts';
import { PathError } from '../core/record/play-path.ts';
import type { CaseMode, SessionRecord, TypedQuestion } from '../core/record/session-record.ts';
import { storyHash } from '../core/record/story-hash.ts';
import { playTranscribed, type TranscriptEntry } from '../core/record/transcript.ts';
import { CaseRun } from '../core/run/case-run.ts';
import type { PassRule } from '../core/protocol/scoring.ts';
import type { Verdict } from '../core/protocol/verdict.ts';
import { optionAt, type StoryOption, type StoryStep } from '../core/story/story-step.ts';
import { afterPaint } from './after-paint.ts';
import { problemFor } from './autosave-schema.ts';
import { autosaveVersion, type CaseAutosave, type RecordStore } from './record-store.ts';
import type { SessionSync } from './session-sync.ts';
import { typedOf } from './typed-save.ts';
import { choiceTimesOf, UnresumableSaveError } from './unresumable-save.ts';

export { UnresumableSaveError };

const afterPaintVisible = (work: () => void) => afterPaint(work, 'user-visible');

export interface CaseSessionOptions {
  readonly json: string;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly sessionId: string;
  readonly mode: CaseMode;
  readonly trainee: { readonly name: string; readonly code: string };
  readonly seed?: number;
  readonly passRule?: Partial<PassRule>;
  /** Where each saved step and the record are handed on (the class outbox); absent without a class server. */
  readonly sync?: SessionSync;
  /** The run of this story, built beforehand with this seed and pass rule, not yet chosen in (see `prepareRun`). */
  readonly run?: CaseRun;
  /** When the save after a choice runs (by default in a task of its own, once the next options are painted). */
  readonly later?: (work: () => void) => void;
}

/** What one choice produced: the next step, and the verdicts given for it. */
export interface ChoiceOutcome {
  readonly step: StoryStep;
  readonly verdicts: readonly Verdict[];
}

/**
 * Runs one case for one trainee: every choice is judged, then autosaved through the
 * RecordStore (once the next options are painted); the end produces a SessionRecord.
 */
export class CaseSession {
  private finished: SessionRecord | undefined;
  private jumped = false;
  /** Every save asked for so far (see `settled`). */
  private pending: Promise<void> = Promise.resolve();
  /** The save asked for and not yet begun: choices made before it begins share it (see `persistSoon`). */
  private queued: Promise<void> | undefined;

  private constructor(
    private readonly options: CaseSessionOptions,
    private readonly run: CaseRun,
    private readonly hash: string,
    private readonly seed: number,
    private readonly startedAt: number,
    private readonly shown: TranscriptEntry[],
    /** When each choice was made (epoch ms), index = choice. */
    private readonly times: number[],
    /** The questions typed at open decisions, in order. */
    private readonly typed: TypedQuestion[] = [],
  ) {}

  /** Starts the case from its beginning and saves the first step. */
  static async start(options: CaseSessionOptions): Promise<CaseSession> {
    const session = CaseSession.fresh(options);
    await session.persist();
    return session;
  }

  /**
   * Starts the case; its first save runs after the first paint, in a background task (`settled()` says
   * when it is done). Leaving before then loses nothing: a save without choices resumes as a fresh one.
   */
  static begin(options: CaseSessionOptions): CaseSession {
    const session = CaseSession.fresh(options);
    // the store tells the trainee about its own problems (FallbackRecordStore)
    session.pending = session.persistSoon(options.later ?? afterPaint).catch(() => undefined);
    return session;
  }

  private static fresh(options: CaseSessionOptions): CaseSession {
    const seed = options.seed ?? 0;
    const run = options.run ?? new CaseRun({ json: options.json, seed, passRule: options.passRule });
    const first = run.hasStarted ? run.step : run.start();
    const hash = storyHash(options.json);
    return new CaseSession(options, run, hash, seed, options.clock.now(), [{ lines: first.lines }], []);
  }

  /**
   * Comes back to the identical step of a save by replaying its choices once on this story (the history
   * is collected in the same pass). The engine state in the save is never read, so damage there cannot
   * break a resume, and a save of an older version of the app migrates: it is saved again in this
   * version's format. A save of another story version, or whose choices do not fit, throws UnresumableSaveError.
   */
  static async resume(options: CaseSessionOptions, save: CaseAutosave): Promise<CaseSession> {
    const hash = storyHash(options.json);
    if (save.storyHash !== hash) {
      throw new UnresumableSaveError(
        problemFor(save, 'story_changed'),
        `the case ${save.caseId} changed since this session was saved`,
      );
    }
    let played: ReturnType<typeof playTranscribed>;
    try {
      played = playTranscribed({
        json: options.json,
        choices: save.run.choices,
        seed: save.seed,
        passRule: options.passRule,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const what = error instanceof PathError ? 'the saved choices do not fit the case' : 'replaying failed';
      throw new UnresumableSaveError(problemFor(save), `${what}: ${detail}`);
    }
    const { run, transcript } = played;
    const times = choiceTimesOf(save);
    const typed = typedOf(save, transcript);
    const session = new CaseSession(options, run, hash, save.seed, save.startedAt, transcript, times, typed);
    if (run.step.isEnd) await session.finish();
    else await session.persist();
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

  /** The seed (ink randomness, and the order options are shown in). */
  get seedValue(): number {
    return this.seed;
  }

  get trainee(): { readonly name: string; readonly code: string } {
    return this.options.trainee;
  }

  get mode(): CaseMode {
    return this.options.mode;
  }

  get choices(): readonly number[] {
    return this.run.choicePath;
  }

  /** The questions typed so far at open decisions. */
  get typedQuestions(): readonly TypedQuestion[] {
    return this.typed;
  }

  /** The record, once the case has reached its end. */
  get record(): SessionRecord | undefined {
    return this.finished;
  }

  /** The option `choose(index)` would take at the current step, or undefined. */
  optionAt(index: number): StoryOption | undefined {
    return optionAt(this.run.step, index);
  }

  /** Takes option `index`; resolves once saved (or the record stored), with the step and the choice's verdicts. */
  async choose(index: number): Promise<ChoiceOutcome> {
    const { saved, ...outcome } = this.take(index);
    await saved;
    return outcome;
  }

  /**
   * Takes option `index` (asked by the typed question `typed`, if any) at once; `saved` resolves once it
   * is stored. The save (ink writing its state is most of it) runs once the next options are painted,
   * and saves the state then: choices made before it share it. The end's record is saved at once.
   */
  take(index: number, typed?: TypedQuestion): ChoiceOutcome & { readonly saved: Promise<void> } {
    if (this.finished) throw new Error('the case has ended');
    const option = this.optionAt(index);
    if (typed) this.typed.push({ ...typed, step: this.run.step.index });
    const before = this.run.context.verdicts.length;
    const step = this.run.choose(index);
    const verdicts = this.run.context.verdicts.slice(before);
    this.times.push(this.options.clock.now());
    const last = this.shown.pop();
    if (last)
      this.shown.push(
        option ? { ...last, chosen: option.text, ...(typed ? { typed: typed.text } : {}) } : last,
      );
    this.shown.push({ lines: step.lines });
    const saved = step.isEnd ? this.finish() : this.persistSoon();
    this.pending = Promise.all([this.pending, saved.catch(() => undefined)]).then(() => undefined);
    return { step, verdicts, saved };
  }

  /** Resolves once every save asked for so far is done (whether or not it worked). */
  settled(): Promise<void> {
    return this.pending;
  }

  /** Everything shown so far, one entry per step, the current one last (no replay: kept as it happens). */
  transcript(): TranscriptEntry[] {
    return [...this.shown];
  }

  knotNames = (): string[] => this.run.knotNames();
  /** Judges the current options, keeping nothing: the first real choice runs on compiled code (see CaseRun). */
  rehearse = (): void => void (this.finished || this.run.rehearse());

  /** True once the author view jumped: the choices no longer replay the case. */
  get isPreview(): boolean {
    return this.jumped;
  }

  /** Author preview only: jumps to a knot; such a session is no longer replayable, so it is not saved. */
  jumpTo(knot: string): StoryStep {
    this.jumped = true;
    const step = this.run.jumpTo(knot);
    this.shown.push({ lines: step.lines });
    return step;
  }

  private persistSoon(later = this.options.later ?? afterPaintVisible): Promise<void> {
    this.queued ??= new Promise<void>((resolve, reject) =>
      later(() => {
        this.queued = undefined;
        if (this.finished) return resolve(); // the end came first: its record is what is kept
        this.persist().then(resolve, reject);
      }),
    );
    return this.queued;
  }

  private async persist(): Promise<void> {
    if (this.jumped) return;
    const { options } = this;
    await options.store.saveProgress({
      saveVersion: autosaveVersion,
      sessionId: options.sessionId,
      caseId: this.run.info.caseId,
      language: this.run.info.lang,
      mode: options.mode,
      trainee: options.trainee,
      storyHash: this.hash,
      seed: this.seed,
      startedAt: this.startedAt,
      savedAt: options.clock.now(),
      choiceTimes: [...this.times],
      ...(this.typed.length > 0 ? { typedQuestions: [...this.typed] } : {}),
      run: this.run.save(),
    });
    await this.upload();
  }

  /** Hands the prefix played so far to the sync (nothing before the first choice). */
  private async upload(): Promise<void> {
    const { sync, sessionId, mode } = this.options;
    const choices = [...this.run.choicePath];
    if (!sync || this.jumped || choices.length === 0) return;
    const { caseId, lang: language } = this.run.info;
    const { hash: storyHash, seed, startedAt, times } = this;
    const upload = { caseId, language, mode, storyHash, seed, startedAt, choices, choiceTimes: [...times] };
    await sync.progress(sessionId, upload);
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
      typedQuestions: this.typed,
    });
    if (this.jumped) return;
    await options.store.saveRecord(this.finished);
    await this.upload();
    await options.sync?.record(this.finished);
    await options.store.clearProgress(options.sessionId);
  }
}
