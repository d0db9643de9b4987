import { caseWithId, loadStory } from '../cases/case-catalog.ts';
import type { Language } from '../core/language.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { stringsFor, type Strings } from '../i18n/translate.ts';
import type { CaseSession } from '../session/case-session.ts';
import type { ReopenedRecord } from '../session/reopen-record.ts';
import type { ResumeOutcome } from '../session/resume-case.ts';
import { StoredCases } from '../session/stored-cases.ts';
import { sessionSyncOf, type AppDeps } from './app-deps.ts';
import { linkedTrainee, loadActiveCase, parseCaseLink, saveActiveCase, saveShownDebrief, type CaseLink } from './app-state.ts';
import { CaseScreen } from './case-screen.ts';
import { caseElsewhere, claimCase, inClass } from './classroom-views.ts';
import { caseNote } from './case-note.ts';
import { debriefAtBoot } from './debrief-at-boot.ts';
import { h, mount } from './dom.ts';
import { openPauseMenu, type SetAsideOffer } from './pause-menu.ts';
import { setAsideOffer } from './set-aside-offer.ts';
import { applySettings, loadSettings, saveSettings, type Settings } from './settings.ts';
import { startScreen } from './start-screen.ts';
import { loadTrainee, saveTrainee, type Trainee } from './trainee.ts';
import { scrollToTop } from './turn-in-view.ts';

export type { AppDeps };

/**
 * The trainee's journey: start → cases → content note → case → debrief, pause at any time.
 * What the browser stored is checked when read: what fails is set aside (kept for export).
 */
export class App {
  private settings: Settings;
  private trainee: Trainee | undefined;
  private link: CaseLink = { author: false, problems: [] };
  private screen: CaseScreen | undefined;
  private playing: { session: CaseSession; json: string } | undefined;
  private dialog: HTMLDialogElement | undefined;
  private readonly stored: StoredCases;
  private readonly notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly deps: AppDeps) {
    this.settings = loadSettings(deps.storage, deps.prefersReducedMotion);
    this.trainee = loadTrainee(deps.storage);
    deps.root.prepend(this.notices); // in the page from the start, so what is said before the first screen is heard
    const hasCase = (caseId: string, lang: Language) => Boolean(caseWithId(caseId)?.info[lang]);
    this.stored = new StoredCases({ ...deps, hasCase, loadStory, sync: sessionSyncOf(deps) });
    deps.classroom?.onExit(() => this.exitSession());
    document.addEventListener('keydown', (e) => this.onKey(e));
    for (const gesture of ['pointerdown', 'keydown']) document.addEventListener(gesture, () => deps.audio.unlock(), { once: true });
  }

  get strings(): Strings {
    return stringsFor(this.settings.lang);
  }

  /** Opens the screen the link and the stored state lead to; never rejects, always ends on a usable screen. */
  async boot(search: string): Promise<void> {
    try {
      const link = (this.link = parseCaseLink(search, (id) => caseWithId(id) !== undefined, this.deps.authorAllowed));
      for (const { field, value } of link.problems) this.notify(this.strings.linkProblem(field, value), 'data-link-error');
      if (link.lang) this.updateSettings({ ...this.settings, lang: link.lang });
      this.applyAll();
      if (link.caseId) void loadStory(link.caseId, this.settings.lang).catch(() => undefined); // fetched while the stored data is read
      this.trainee = await inClass(this.deps.classroom, linkedTrainee(link, this.trainee, this.strings.authorName));
      await this.stored.refresh();
      const { stored, trainee, deps } = this;
      const reopened = await debriefAtBoot({ stored, trainee, storage: deps.storage, linkCaseId: link.caseId });
      if (reopened) return await this.showRecord(reopened); // a reload on (or just before) a debrief
      const resumed = await this.resumeActive();
      if (resumed === 'resumed') return;
      if (link.caseId && caseWithId(link.caseId) && this.trainee) return this.showNote(link.caseId);
      if (resumed === 'setAside' && this.trainee) return await this.showCases();
      this.showStart();
    } catch (error) {
      this.fail(error);
    }
  }

  notify(text: string, mark?: string): void {
    this.notices.append(h('p', mark ? { [mark]: '', role: 'alert' } : {}, text));
  }

  private show(view: HTMLElement): void {
    this.screen?.destroy();
    this.screen = undefined;
    mount(this.deps.root, this.notices, view);
    if (!view.hasAttribute('data-record-id')) saveShownDebrief(this.deps.storage, undefined); // a reload lands on a debrief only
    if (!this.playing) this.deps.locks?.release(); // only the tab that plays a case holds it
    this.deps.classroom?.render(this.strings);
    // Every screen opens at its top, titled by its heading, with that heading focused.
    scrollToTop();
    const heading = view.querySelector('h1');
    const named = heading?.textContent?.trim();
    document.title = named && named !== this.strings.appTitle ? this.strings.pageTitle(named) : this.strings.appTitle;
    heading?.focus({ preventScroll: true });
  }

  private showStart(): void {
    this.show(
      startScreen({
        strings: this.strings,
        settings: this.settings,
        trainee: this.trainee,
        classCode: this.deps.classroom && (this.trainee?.classCode ?? ''),
        setAside: this.setAsideOffer(),
        onSettings: (settings: Settings) => {
          const relabel = settings.lang !== this.settings.lang;
          this.updateSettings(settings);
          if (relabel) this.showStart();
        },
        onSubmit: (trainee) => {
          const go = () => {
            this.trainee = this.link.mode ? { ...trainee, mode: this.link.mode } : trainee;
            saveTrainee(this.deps.storage, this.trainee);
            if (this.link.caseId && caseWithId(this.link.caseId)) this.showNote(this.link.caseId);
            else void this.showCases();
          };
          return this.deps.classroom ? this.deps.classroom.admit(trainee, this.strings, go) : go();
        },
      }),
    );
  }

  /** The case list; if even that cannot be shown, the start screen. */
  private async showCases(): Promise<void> {
    try {
      const { records, setAside } = await this.stored.recordsOf(this.trainee);
      if (setAside > 0) this.notify(this.strings.recordsSetAside(setAside));
      const home = { store: this.deps.store, strings: this.strings, lang: this.settings.lang, trainee: this.trainee, records, assigned: await this.deps.classroom?.assignedCases() };
      const onError = (error: unknown) => this.report(error);
      const onOpenDebrief = (r: SessionRecord) => void this.stored.reopen(r).then((o) => this.showRecord(o)).catch(onError);
      this.show(await (await import('./home-screen.ts')).homeScreen({ ...home, onPick: (id) => this.showNote(id), onSettings: () => this.openPause(false), onError, onOpenDebrief }));
    } catch (error) {
      this.report(error);
      this.showStart();
    }
  }

  private showNote(caseId: string): void {
    const info = caseWithId(caseId)?.info[this.settings.lang];
    if (!info) return void this.showCases();
    this.show(caseNote(this.stored, { caseId, info, strings: this.strings, seed: this.deps.clock.now() % 100_000 }, () => this.startCase(caseId), () => void this.showCases()));
  }

  /** Resumes the trainee's saved session of the case, or starts it afresh. */
  private async startCase(caseId: string, steal = false): Promise<void> {
    const { trainee, deps } = this;
    if (!trainee) return this.showStart();
    try {
      if (!(await this.claim(caseId, this.settings.lang, steal))) return;
      const fresh = { sessionId: deps.newId(), seed: deps.clock.now() % 100_000 };
      await this.enter(await this.stored.openCase(caseId, this.settings.lang, trainee, fresh));
    } catch (error) {
      this.fail(error);
    }
  }

  /** Resumes the case this browser was playing, if any; one that cannot be resumed is set aside. */
  private async resumeActive(): Promise<ResumeOutcome['status']> {
    const { storage } = this.deps;
    const active = loadActiveCase(storage);
    if (!active) return 'none';
    try {
      if (!(await this.claim(active.caseId, active.lang, false))) return 'resumed';
      const outcome = await this.stored.resumeSession(active.sessionId);
      if (await this.enter(outcome)) return 'resumed';
      saveActiveCase(storage, undefined);
      return outcome.status;
    } catch (error) {
      saveActiveCase(storage, undefined);
      throw error;
    }
  }

  /** Tells the trainee about every save set aside, and plays the case opened, if there is one. */
  private async enter(outcome: ResumeOutcome): Promise<boolean> {
    const t = this.strings;
    outcome.setAside.forEach((problem) => this.notify(t.savedCaseSetAside(t.setAsideWhy[problem])));
    if (!('session' in outcome)) return false;
    const { session, json } = outcome;
    const { caseId, lang } = session.info;
    this.trainee = { ...this.trainee, ...session.trainee, mode: session.mode };
    saveActiveCase(this.deps.storage, { sessionId: session.id, caseId, lang });
    await this.playCase(session, json, outcome.status === 'resumed' ? this.strings.resuming : undefined);
    return true;
  }

  private claim(caseId: string, lang: Language, steal: boolean): Promise<boolean> {
    const back = () => void this.startCase(caseId, true);
    const say = (taken: boolean) => this.show(caseElsewhere(this.strings, taken, back, () => void this.showCases()));
    return claimCase(this.deps.locks, `${caseId}:${lang}`, steal, (taken) => ((this.playing = undefined), say(taken)));
  }

  /** "Salir" (class server): the trainee's data leaves this browser once the server has it; the next person starts afresh. */
  private exitSession(): void {
    this.playing = undefined;
    saveActiveCase(this.deps.storage, undefined);
    const done = () => ((this.trainee = undefined), this.notices.replaceChildren(), this.showStart());
    this.show(this.deps.classroom!.exitView(this.strings, done, () => void this.showCases()));
  }

  private setAsideOffer(): SetAsideOffer | undefined {
    return setAsideOffer(this.stored, this.deps.clock, () => this.notify(this.strings.setAsideDownloadFailed));
  }

  private async playCase(session: CaseSession, json: string, notice?: string): Promise<void> {
    if (session.record) return this.showDebrief(session, json, session.step.lines);
    this.playing = { session, json };
    const screen = new CaseScreen({
      session,
      strings: this.strings,
      settings: () => this.settings,
      audio: this.deps.audio,
      createStage: this.deps.createStage,
      author: this.deps.authorAllowed && this.link.author ? (await import('./author-panel.ts')).AuthorPanel : undefined,
      notice,
      onPause: () => this.openPause(true),
      onEnd: (s, lines) => void this.showDebrief(s, json, lines),
      onError: (error) => this.report(error),
    });
    this.show(screen.element);
    this.screen = screen;
    await screen.start();
  }

  private async showDebrief(session: CaseSession, json: string, endingLines: readonly StoryLine[]): Promise<void> {
    const { record, info, isPreview } = session;
    return record ? this.showRecord({ record, json, endingLines, key: info.key }, isPreview) : this.showCases();
  }

  /** A finished case's debrief, just played or reopened; remembered first, so a reload lands on it. */
  private async showRecord(opened: ReopenedRecord, preview = false): Promise<void> {
    saveShownDebrief(this.deps.storage, opened.record.recordId);
    saveActiveCase(this.deps.storage, undefined);
    this.playing = undefined;
    try {
      const input = { strings: this.strings, lang: this.settings.lang, preview, onOtherCase: () => void this.showCases() };
      this.show(await (await import('./debrief-screen.ts')).debriefScreen(opened, { ...input, onRetry: () => this.showNote(opened.record.caseId) }));
    } catch (error) {
      this.fail(error);
    }
  }

  private openPause(inCase: boolean): void {
    if (this.dialog) return;
    const langBefore = this.settings.lang;
    const { playing } = this;
    const rerender = () => {
      if (playing && this.playing === playing && this.settings.lang !== langBefore) {
        this.playCase(playing.session, playing.json).catch((error: unknown) => this.fail(error));
      }
    };
    const leave = () => ((this.playing = undefined), saveActiveCase(this.deps.storage, undefined), void this.showCases());
    const menu = { strings: this.strings, settings: this.settings, setAside: this.setAsideOffer() };
    const onResume = inCase ? rerender : () => void this.showCases();
    const onLeave = inCase ? leave : undefined;
    const onChange = (s: Settings) => this.updateSettings(s);
    this.dialog = openPauseMenu({ ...menu, onChange, onResume, onLeave }, () => (this.dialog = undefined));
  }

  private updateSettings(settings: Settings): void {
    this.settings = settings;
    saveSettings(this.deps.storage, settings);
    this.applyAll();
  }

  private applyAll(): void {
    applySettings(document.documentElement, this.settings);
    this.deps.audio.setVolumes(this.settings.volumes);
    this.deps.audio.setMuted(this.settings.muted);
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

  /** Tells the trainee what went wrong, on the screen they are on. */
  private report(error: unknown): void {
    console.error(error);
    this.notify(this.strings.caseError(error instanceof Error ? error.message : String(error)));
  }

  /** Tells the trainee what went wrong and goes to a usable screen: the case list, or the start. */
  private fail(error: unknown): void {
    this.report(error);
    if (this.trainee) void this.showCases();
    else this.showStart();
  }
}
