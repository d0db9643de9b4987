import { caseWithId, loadStory } from '../cases/case-catalog.ts';
import type { Language } from '../core/language.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { Strings } from '../i18n/translate.ts';
import type { CaseSession } from '../session/case-session.ts';
import { Journey, type JourneyScreens } from '../session/journey.ts';
import type { ReopenedRecord } from '../session/reopen-record.ts';
import type { Settings } from '../session/settings.ts';
import { sessionSyncOf, type AppDeps } from './app-deps.ts';
import { applySettings } from './apply-settings.ts';
import { caseNote } from './case-note.ts';
import { CaseScreen } from './case-screen.ts';
import { caseElsewhere, inClass } from './classroom-views.ts';
import { resultWaits } from './result-waits.ts';
import { h, mount } from './dom.ts';
import { openPauseMenu, type SetAsideOffer } from './pause-menu.ts';
import { setAsideOffer } from './set-aside-offer.ts';
import { startScreen } from './start-screen.ts';
import { scrollToTop } from './turn-in-view.ts';

export type { AppDeps };

/** The cases built into this version (and the extra stories of a dev server). */
const builtIn = {
  has: (caseId: string, lang?: Language) => {
    const entry = caseWithId(caseId);
    return lang ? Boolean(entry?.info[lang]) : entry !== undefined;
  },
  loadStory,
};

/**
 * The trainee's journey on screen (the journey itself, in src/session/journey.ts, decides where
 * to go): each screen, the notices, the pause menu at any time and the keys.
 */
export class App implements JourneyScreens {
  private readonly journey: Journey;
  private screen: CaseScreen | undefined;
  private dialog: HTMLDialogElement | undefined;
  private readonly notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly deps: AppDeps) {
    const rejoin =
      deps.classroom && ((trainee: Parameters<typeof inClass>[1]) => inClass(deps.classroom, trainee));
    this.journey = new Journey({ ...deps, catalog: builtIn, sync: sessionSyncOf(deps), rejoin }, this);
    deps.root.prepend(this.notices); // in the page from the start, so what is said before the first screen is heard
    deps.classroom?.onExit(() => this.exitSession());
    document.addEventListener('keydown', (e) => this.onKey(e));
    for (const gesture of ['pointerdown', 'keydown']) {
      document.addEventListener(gesture, () => deps.audio.unlock(), { once: true });
    }
  }

  get strings(): Strings {
    return this.journey.strings;
  }

  /** Opens the screen the link and the stored state lead to; never rejects, always ends on a usable screen. */
  async boot(search: string): Promise<void> {
    try {
      await this.journey.boot(search);
    } catch (error) {
      this.journey.fail(error);
    }
  }

  notify(text: string, mark?: string): void {
    this.notices.append(h('p', mark ? { [mark]: '', role: 'alert' } : {}, text));
  }

  /** `placesItself`: the screen scrolls and focuses itself once its content is in, in this task. */
  private show(view: HTMLElement, placesItself = false): void {
    this.screen?.destroy();
    this.screen = undefined;
    mount(this.deps.root, this.notices, view);
    this.journey.shown(view.hasAttribute('data-record-id'));
    this.deps.classroom?.render(this.strings);
    // Scrolling and focusing lay the page out: a case's first lines and options would lay it out again.
    if (placesItself) return;
    // Every screen opens at its top, titled by its heading, with that heading focused.
    scrollToTop();
    const heading = view.querySelector('h1');
    const named = heading?.textContent?.trim();
    document.title =
      named && named !== this.strings.appTitle ? this.strings.pageTitle(named) : this.strings.appTitle;
    heading?.focus({ preventScroll: true });
  }

  start(): void {
    const { journey, deps } = this;
    const trainee = journey.trainee;
    this.show(
      startScreen({
        strings: this.strings,
        settings: journey.settings,
        trainee,
        classCode: deps.classroom && (trainee?.classCode ?? ''),
        setAside: this.setAsideOffer(),
        onSettings: (settings: Settings) => {
          const relabel = settings.lang !== journey.settings.lang;
          journey.updateSettings(settings);
          if (relabel) this.start();
        },
        onSubmit: (trainee) => {
          const go = () => journey.admit(trainee);
          return deps.classroom ? deps.classroom.admit(trainee, this.strings, go) : go();
        },
      }),
    );
  }

  /** The case list; if even that cannot be shown, the start screen. */
  async cases(): Promise<void> {
    const { journey, deps } = this;
    try {
      const { records, setAside } = await journey.stored.recordsOf(journey.trainee);
      if (setAside > 0) this.notify(this.strings.recordsSetAside(setAside));
      const assigned = await deps.classroom?.assignedCases();
      const { strings } = this;
      const home = {
        store: deps.store,
        strings,
        lang: journey.settings.lang,
        trainee: journey.trainee,
        records,
        assigned,
      };
      const onError = (error: unknown) => journey.report(error);
      const onOpenDebrief = (r: SessionRecord) =>
        void journey.stored
          .reopen(r)
          .then((o) => journey.openRecord(o))
          .catch(onError);
      const { homeScreen } = await import('./home-screen.ts');
      const onPick = (id: string) => this.note(id);
      const onSettings = () => this.openPause(false);
      this.show(await homeScreen({ ...home, onPick, onSettings, onError, onOpenDebrief }));
    } catch (error) {
      journey.report(error);
      this.start();
    }
  }

  note(caseId: string): void {
    const { journey } = this;
    const info = caseWithId(caseId)?.info[journey.settings.lang];
    if (!info) return void this.cases();
    const seed = this.deps.clock.now() % 100_000;
    const note = { caseId, info, strings: this.strings, seed };
    this.show(
      caseNote(
        journey.stored,
        note,
        () => journey.startCase(caseId),
        () => void this.cases(),
      ),
    );
    void journey.noteShown(caseId);
  }

  elsewhere(taken: boolean, caseId: string): void {
    const back = () => void this.journey.startCase(caseId, true);
    this.show(caseElsewhere(this.strings, taken, back, () => void this.cases()));
  }

  /** "Salir" (class server): the trainee's data leaves this browser once the server has it; the next person starts afresh. */
  private exitSession(): void {
    this.journey.forgetCase();
    const done = () => (this.journey.forgetTrainee(), this.notices.replaceChildren(), this.start());
    this.show(this.deps.classroom!.exitView(this.strings, done, () => void this.cases()));
  }

  private setAsideOffer(): SetAsideOffer | undefined {
    const failed = () => this.notify(this.strings.setAsideDownloadFailed);
    return setAsideOffer(this.journey.stored, this.deps.clock, failed);
  }

  async play(session: CaseSession, json: string, notice?: string): Promise<void> {
    const { journey, deps } = this;
    const screen = new CaseScreen({
      session,
      strings: this.strings,
      settings: () => journey.settings,
      audio: deps.audio,
      createStage: deps.createStage,
      author: journey.authorView ? (await import('./author-panel.ts')).AuthorPanel : undefined,
      notice,
      onPause: () => this.openPause(true),
      onEnd: (s, lines) => void journey.finish(s, json, lines),
      onError: (error) => journey.report(error),
    });
    // With text shown at once, the case screen scrolls and focuses in this task, its first options in.
    this.show(screen.element, journey.settings.textSpeed === 'instant');
    this.screen = screen;
    await screen.start();
  }

  /** A finished case's debrief, just played or reopened. */
  async record(opened: ReopenedRecord, preview: boolean): Promise<void> {
    const input = { strings: this.strings, lang: this.journey.settings.lang, preview };
    const onOtherCase = () => void this.cases();
    const onRetry = () => this.note(opened.record.caseId);
    const code = await import('./debrief-screen.ts').catch((error: unknown) => {
      console.warn('debrief code unavailable', error);
      return undefined;
    });
    if (!code) return this.show(resultWaits(this.strings, opened.record.recordId, window));
    this.show(await code.debriefScreen(opened, { ...input, onOtherCase, onRetry }));
  }

  private openPause(inCase: boolean): void {
    if (this.dialog) return;
    const { journey } = this;
    const langBefore = journey.settings.lang;
    const { playing } = journey;
    const rerender = () => {
      if (playing && journey.playing === playing && journey.settings.lang !== langBefore) {
        journey.play(playing.session, playing.json).catch((error: unknown) => journey.fail(error));
      }
    };
    const menu = { strings: this.strings, settings: journey.settings, setAside: this.setAsideOffer() };
    const onResume = inCase ? rerender : () => void this.cases();
    const onLeave = inCase ? () => journey.leaveCase() : undefined;
    const onChange = (s: Settings) => journey.updateSettings(s);
    this.dialog = openPauseMenu({ ...menu, onChange, onResume, onLeave }, () => (this.dialog = undefined));
  }

  applySettings(settings: Settings): void {
    applySettings(document.documentElement, settings);
    this.deps.audio.setVolumes(settings.volumes);
    this.deps.audio.setMuted(settings.muted);
    this.screen?.applySettings();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.dialog || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (this.screen && event.key === 'Escape') {
      event.preventDefault();
      return this.openPause(true);
    }
    if (this.screen?.handleKey(event)) event.preventDefault();
  }
}
