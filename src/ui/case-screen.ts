import type { AudioPlayer } from '../audio/audio-player.ts';
import type { StoryLine, StoryStep } from '../core/story/story-step.ts';
import type { AmbientId } from '../core/story/vocabulary.ts';
import type { Stage, StageView } from '../scenes/stage.ts';
import type { CaseSession, ChoiceOutcome } from '../session/case-session.ts';
import type { Strings } from '../i18n/translate.ts';
import type { AuthorPanel } from './author-panel.ts';
import { ChildMeters } from './child-meters.ts';
import { CoachPanel } from './coach-panel.ts';
import { loadStandardTexts } from './standard-texts.ts';
import { DialogueOverlay } from './dialogue-overlay.ts';
import { h } from './dom.ts';
import { HistoryLog } from './history-log.ts';
import type { Settings } from '../session/settings.ts';
import { nextAmbient } from './scene-sound.ts';
import { optionOrder } from './option-order.ts';
import { initialStageView, nextStageView } from './stage-view.ts';
import { keepTurnInView, scrollToTop } from './turn-in-view.ts';
import { castOf, type Cast } from '../core/story/cast.ts';
import { inReadingPause } from './reading-pause.ts';
import { afterPaint, nextFrame } from '../session/after-paint.ts';
import { defaultSetting, placeLook, placeUrl } from '../scenes/case-settings.ts';
import { typedStrings } from '../i18n/typed-strings.ts';
import { typedQuestionComment } from './typed-coach.ts';
import { TypedQuestionBox, type TypedAsk } from './typed-question-box.ts';

export interface CaseScreenOptions {
  readonly session: CaseSession;
  readonly strings: Strings;
  readonly settings: () => Settings;
  readonly audio: AudioPlayer;
  readonly createStage: (parent: HTMLElement) => Promise<Stage>;
  /** The author view's panel, given (loaded) only for an author link: a trainee's page never loads its code. */
  readonly author?: typeof AuthorPanel;
  /** Lines already shown before a resume, for the history. */
  readonly notice?: string;
  readonly onPause: () => void;
  readonly onEnd: (session: CaseSession, endingLines: readonly StoryLine[]) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * A case being played: the station picture (Phaser, loaded after the first options so
 * the dialogue never waits for it), the dialogue, the history, and in practice mode the
 * coach and the child's meters.
 */
export class CaseScreen {
  readonly element: HTMLElement;
  private readonly dialogue: DialogueOverlay;
  private readonly cast: Cast;
  private readonly history: HistoryLog;
  private readonly coach: CoachPanel | undefined;
  private readonly meters: ChildMeters | undefined;
  private readonly authorPanel: AuthorPanel | undefined;
  private readonly typedBox: TypedQuestionBox;
  private readonly stageHost: HTMLElement;
  private readonly header: HTMLElement;
  private stage: Stage | undefined;
  private view: StageView;
  private ambient: AmbientId | null = null;
  private firstShown = false;
  /** A choice (clicked or typed) is being taken: a second one waits for the next step. */
  private choosing = false;
  private destroyed = false;
  private cancelStage: () => void = () => undefined;

  constructor(private readonly options: CaseScreenOptions) {
    const { session, strings } = options;
    const practice = session.mode === 'practice';
    this.cast = castOf(session.info.cast);
    this.history = new HistoryLog(strings, this.cast);
    const lang = options.settings().lang;
    this.typedBox = new TypedQuestionBox(lang, session.info.lang, (ask) => void this.choose(ask.index, ask));
    this.dialogue = new DialogueOverlay(
      strings,
      {
        onChoose: (i) => void this.choose(i),
        describeOption: options.author?.describeOption,
      },
      this.cast,
      this.typedBox.element,
    );
    this.coach = practice ? new CoachPanel(strings) : undefined;
    const child = this.cast.person(session.info.persona)?.name[session.info.lang] ?? session.info.persona;
    this.meters = practice ? new ChildMeters(strings, child) : undefined;
    const AuthorView = options.author;
    this.authorPanel = AuthorView
      ? new AuthorView(strings, options.settings().lang, session.knotNames(), (k) => this.jump(k))
      : undefined;
    this.stageHost = h('div', { class: 'stage', 'aria-hidden': 'true' });
    this.view = initialStageView(
      session.info.persona,
      session.context.distress,
      session.info.caseId,
      session.info.cast,
    );
    // The header (case, meters, pause) stays on screen; the coach's comment comes before the next
    // lines and options, and the dialogue sits beside or under the picture, never over the figures.
    this.header = h(
      'header',
      { class: 'case-header' },
      h('h1', { id: 'case-title', tabindex: -1 }, session.info.title),
      this.meters?.element,
      h(
        'button',
        {
          type: 'button',
          class: 'pause-button',
          'data-pause': '',
          'aria-keyshortcuts': 'Escape',
          onclick: () => options.onPause(),
        },
        strings.pause,
      ),
    );
    this.element = h(
      'main',
      { class: `case-screen ${practice ? 'practice' : 'evaluation'}`, 'aria-labelledby': 'case-title' },
      this.header,
      options.notice ? h('p', { class: 'notice', role: 'status' }, options.notice) : null,
      h(
        'div',
        { class: 'case-body' },
        h('div', { class: 'stage-frame' }, this.stageHost),
        h('div', { class: 'turn' }, this.coach?.element, this.dialogue.element, this.authorPanel?.element),
        this.history.element,
      ),
    );
  }

  /** Shows the current step (fresh start or resume) and loads the picture behind it. */
  async start(): Promise<void> {
    const { session } = this.options;
    if (session.choices.length > 0) {
      const earlier = session.transcript().slice(0, -1);
      for (const entry of earlier) {
        this.absorb(entry.lines, session.context);
        if (entry.chosen) this.history.addChoice(this.choiceText(entry.chosen, entry.typed));
      }
    }
    await this.render(session.step);
    // While the trainee reads the first options the judging gets compiled: in a task like a timer's, as
    // a background one could still wait when a quick first click comes (that click then compiled it).
    const shown = session.choices.length;
    afterPaint(() => void (session.choices.length === shown && session.rehearse()), 'user-visible');
    afterPaint(() => this.typedBox.warmUp()); // the field is laid out before the first open decision
    // The picture (Phaser: one long task to evaluate) starts in the trainee's first reading pause, so it
    // never makes a click wait; until then the place is shown as a plain image.
    this.cancelStage = inReadingPause(() => {
      void import('./debrief-screen.ts').catch(() => undefined); // the debrief's code, there when the case ends
      if (this.coach) void loadStandardTexts().catch(() => undefined); // the coach's texts, before the first comment
      void this.options.createStage(this.stageHost).then(
        (stage) => {
          if (this.destroyed) return stage.destroy();
          this.stage = stage;
          stage.setReducedMotion(this.options.settings().reducedMotion);
          stage.show(this.view);
        },
        (error: unknown) => console.warn('station picture unavailable', error),
      );
    });
  }

  handleKey(event: KeyboardEvent): boolean {
    return this.dialogue.handleKey(event);
  }

  applySettings(): void {
    this.stage?.setReducedMotion(this.options.settings().reducedMotion);
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelStage();
    this.stage?.destroy();
    this.options.audio.setAmbient(null);
  }

  /** What the history says was chosen: the option's text, or the question the trainee typed. */
  private choiceText(option: string, typed?: string): string {
    return typed === undefined ? option : typedStrings(this.options.settings().lang).historyTyped(typed);
  }

  private async choose(index: number, ask?: TypedAsk): Promise<void> {
    const { session } = this.options;
    const found = session.optionAt(index);
    if (!found || this.choosing) return;
    this.choosing = true;
    const option = { text: this.choiceText(found.text, ask?.typed.text) };
    this.dialogue.disable();
    this.stage?.hold(); // no frame of the picture until the next options are on screen
    this.options.audio.playUi('select');
    try {
      // The next options come first: the autosave runs once they are painted (see CaseSession.take).
      const { step, verdicts, saved } = session.take(index, ask?.typed);
      if (step.isEnd) {
        this.showVerdicts(verdicts, ask);
        await saved; // the debrief opens on a stored record, so a reload lands on it
        this.absorb(step.lines, session.context, option.text);
        this.options.onEnd(session, step.lines);
        return;
      }
      saved.catch((error: unknown) => this.options.onError(error));
      // The click's task ends with the story and the judging; the page changes at the start of the next
      // frame, which lays out and paints them. In one task, a decision was one long task at 4× CPU
      // (52–75 ms); a task boundary instead let a frame paint the options greyed out first (+27 ms).
      await nextFrame();
      if (this.destroyed) return;
      this.showVerdicts(verdicts, ask);
      await this.render(step, option.text);
    } catch (error) {
      this.options.onError(error);
    }
  }

  /** The comment on a choice (the coach in practice, the author panel), with the typed question's reading. */
  private showVerdicts(verdicts: ChoiceOutcome['verdicts'], ask: TypedAsk | undefined): void {
    const lead = ask ? typedQuestionComment(ask, this.options.settings().lang) : undefined;
    this.coach?.show(verdicts, this.options.session.info.lang, lead);
    this.authorPanel?.addVerdicts(verdicts);
  }

  private jump(knot: string): void {
    const step = this.options.session.jumpTo(knot);
    this.authorPanel?.reset();
    void this.render(step);
  }

  /** What follows a step's lines besides the dialogue: the history, the picture, the sounds, the meters. */
  private absorb(lines: readonly StoryLine[], context: CaseSession['context'], chosen?: string): void {
    const { session, audio } = this.options;
    this.view = nextStageView(this.view, lines, context, this.cast);
    // The picture first: its first frame reads the page's layout, still clean from the last paint.
    this.stage?.show(this.view);
    // Until the picture is running, its place is shown as a plain image: the stage is never empty.
    if (!this.stage)
      this.stageHost.style.backgroundImage = `url("${placeUrl(this.view.scene, placeLook(this.view.setting ?? defaultSetting))}")`;
    if (chosen !== undefined) this.history.addChoice(chosen);
    this.history.addLines(lines, session.info.lang);
    this.ambient = nextAmbient(this.ambient, lines);
    audio.setAmbient(this.ambient);
    lines.flatMap((l) => l.sfx).forEach((s) => audio.playEffect(s));
    this.meters?.update(context.trust, context.distress);
  }

  /** Shows a step's lines and options at once; the rest (see `absorb`, and the choice that led here in the history) after the paint. */
  private async render(step: StoryStep, chosen?: string): Promise<void> {
    const settings = this.options.settings();
    const { session } = this.options;
    const context = session.context;
    const rest = () => {
      if (this.destroyed) return;
      this.absorb(step.lines, context, chosen);
    };
    const first = !this.firstShown;
    const revealed = settings.textSpeed !== 'instant'; // lines shown one by one: the picture changes as they start
    if (first)
      rest(); // the first step: the place and its sound come with it
    else if (revealed) afterPaint(rest);
    const shown = this.options.author
      ? step.options
      : optionOrder(step.options, session.seedValue, step.index);
    document.title = this.options.strings.pageTitle(
      this.options.strings.decisionTitle(session.info.title, step.index + 1),
    );
    this.choosing = false;
    this.typedBox.show(step);
    await this.dialogue.show(step.lines, shown, session.info.lang, settings.textSpeed, step.index);
    if (!first && !revealed) afterPaint(rest); // asked for once the options are in the page: they are painted first
    if (!this.firstShown) {
      this.firstShown = true;
      performance.mark('sim:first-choice');
    }
    // The first option has the focus, at an open decision too: keys 1–9 keep choosing; the field is a Tab away.
    this.dialogue.focusFirstOption();
    if (this.destroyed) return;
    // After a choice, the comment, the reaction and the next options together; a screen just opened (and
    // the first step) from the top.
    if (first || session.choices.length === 0) scrollToTop();
    const top = this.coach?.element.dataset.shown ? this.coach.element : this.dialogue.element;
    keepTurnInView({ header: this.header, top, bottom: this.dialogue.lastOption() });
  }
}
