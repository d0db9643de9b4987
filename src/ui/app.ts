import type { AudioPlayer } from '../audio/audio-player.ts';
import { caseCatalog, caseWithId, loadStory } from '../cases/case-catalog.ts';
import type { Clock } from '../core/clock.ts';
import type { Language } from '../core/protocol/localized.ts';
import { debrief } from '../core/record/debrief.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { stringsFor, type Strings } from '../i18n/translate.ts';
import type { Stage } from '../scenes/stage.ts';
import { CaseSession, StaleSaveError } from '../session/case-session.ts';
import type { CaseAutosave, RecordStore } from '../session/record-store.ts';
import { loadActiveCase, parseCaseLink, saveActiveCase, type CaseLink } from './app-state.ts';
import { CaseScreen } from './case-screen.ts';
import { caseSelect } from './case-select.ts';
import { contentNote } from './content-note.ts';
import { debriefView } from './debrief-view.ts';
import { h, mount } from './dom.ts';
import { pauseMenu } from './pause-menu.ts';
import { applySettings, loadSettings, saveSettings, type Settings } from './settings.ts';
import { startScreen } from './start-screen.ts';
import { loadTrainee, saveTrainee, type Trainee } from './trainee.ts';

export interface AppDeps {
  readonly root: HTMLElement;
  readonly storage: Storage | undefined;
  readonly store: RecordStore;
  readonly audio: AudioPlayer;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly createStage: (parent: HTMLElement) => Promise<Stage>;
  readonly authorAllowed: boolean;
  readonly prefersReducedMotion: boolean;
}

/** The trainee's journey: start → cases → content note → case → debrief, with pause at any time. */
export class App {
  private settings: Settings;
  private trainee: Trainee | undefined;
  private link: CaseLink = { author: false };
  private screen: CaseScreen | undefined;
  private playing: { session: CaseSession; json: string } | undefined;
  private dialog: HTMLDialogElement | undefined;
  private readonly notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly deps: AppDeps) {
    this.settings = loadSettings(deps.storage, deps.prefersReducedMotion);
    this.trainee = loadTrainee(deps.storage);
    document.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('pointerdown', () => deps.audio.unlock(), { once: true });
    document.addEventListener('keydown', () => deps.audio.unlock(), { once: true });
  }

  get strings(): Strings {
    return stringsFor(this.settings.lang);
  }

  async boot(search: string): Promise<void> {
    this.link = parseCaseLink(search);
    if (this.link.lang) this.updateSettings({ ...this.settings, lang: this.link.lang });
    this.applyAll();
    if (this.link.trainee) this.trainee = { name: this.link.trainee, code: this.trainee?.code ?? '', mode: this.trainee?.mode ?? 'practice' };
    if (this.link.mode && this.trainee) this.trainee = { ...this.trainee, mode: this.link.mode };
    const active = loadActiveCase(this.deps.storage);
    const save = active ? await this.deps.store.loadProgress(active.sessionId) : undefined;
    if (active && save) return this.resume(save);
    if (this.link.caseId && caseWithId(this.link.caseId) && this.trainee) return this.showNote(this.link.caseId);
    this.showStart();
  }

  notify(text: string): void {
    this.notices.append(h('p', {}, text));
  }

  private show(view: HTMLElement): void {
    this.screen?.destroy();
    this.screen = undefined;
    mount(this.deps.root, this.notices, view);
    (view.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private showStart(): void {
    this.show(startScreen({
      strings: this.strings,
      lang: this.settings.lang,
      trainee: this.trainee,
      onLanguage: (lang: Language) => {
        this.updateSettings({ ...this.settings, lang });
        this.showStart();
      },
      onSubmit: (trainee) => {
        this.trainee = this.link.mode ? { ...trainee, mode: this.link.mode } : trainee;
        saveTrainee(this.deps.storage, this.trainee);
        if (this.link.caseId && caseWithId(this.link.caseId)) this.showNote(this.link.caseId);
        else void this.showCases();
      },
    }));
  }

  private async showCases(): Promise<void> {
    const records = (await this.deps.store.listRecords()).filter((r) => r.trainee.code === this.trainee?.code && r.trainee.name === this.trainee?.name);
    this.show(caseSelect({ strings: this.strings, lang: this.settings.lang, cases: caseCatalog, records, onPick: (id) => this.showNote(id), onSettings: () => this.openPause(false) }));
  }

  private showNote(caseId: string): void {
    const info = caseWithId(caseId)?.info[this.settings.lang];
    if (!info) return void this.showCases();
    this.show(contentNote(info, this.strings, () => void this.startCase(caseId), () => void this.showCases()));
  }

  private async startCase(caseId: string): Promise<void> {
    const trainee = this.trainee;
    if (!trainee) return this.showStart();
    const lang = this.settings.lang;
    const existing = await this.deps.store.findProgress(caseId, lang, trainee.code);
    if (existing && existing.trainee.name === trainee.name) return this.resume(existing);
    try {
      const json = await loadStory(caseId, lang);
      const session = await CaseSession.start({ ...this.sessionOptions(json, this.deps.newId()), seed: this.deps.clock.now() % 100_000 });
      saveActiveCase(this.deps.storage, { sessionId: session.id, caseId, lang });
      await this.playCase(session, json);
    } catch (error) {
      this.fail(error);
    }
  }

  private async resume(save: CaseAutosave): Promise<void> {
    try {
      const lang = save.language === 'en' ? 'en' : 'es';
      const json = await loadStory(save.caseId, lang);
      this.trainee = { ...save.trainee, mode: save.mode };
      const session = await CaseSession.resume({ ...this.sessionOptions(json, save.sessionId), mode: save.mode, trainee: save.trainee }, save);
      saveActiveCase(this.deps.storage, { sessionId: save.sessionId, caseId: save.caseId, lang });
      await this.playCase(session, json, this.strings.resuming);
    } catch (error) {
      if (error instanceof StaleSaveError) {
        await this.deps.store.clearProgress(save.sessionId);
        saveActiveCase(this.deps.storage, undefined);
        this.notify(this.strings.staleSave);
        return this.startCase(save.caseId);
      }
      this.fail(error);
    }
  }

  private sessionOptions(json: string, sessionId: string) {
    const trainee = this.trainee ?? { name: '', code: '', mode: 'practice' as const };
    return { json, store: this.deps.store, clock: this.deps.clock, sessionId, mode: trainee.mode, trainee: { name: trainee.name, code: trainee.code } };
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
      author: this.deps.authorAllowed && this.link.author,
      notice,
      onPause: () => this.openPause(true),
      onEnd: (s, lines) => this.showDebrief(s, json, lines),
      onError: (error) => this.fail(error),
    });
    this.show(screen.element);
    this.screen = screen;
    await screen.start();
  }

  private showDebrief(session: CaseSession, json: string, endingLines: readonly StoryLine[]): void {
    saveActiveCase(this.deps.storage, undefined);
    this.playing = undefined;
    const record = session.record;
    if (!record) return void this.showCases();
    const steps = session.isPreview ? [] : debrief(json, record.choices, record.seed);
    const caseId = record.caseId;
    this.show(debriefView({ record, steps, endingLines, strings: stringsFor(record.language), onRetry: () => this.showNote(caseId), onOtherCase: () => void this.showCases() }));
  }

  private openPause(inCase: boolean): void {
    if (this.dialog) return;
    const langBefore = this.settings.lang;
    const close = () => {
      this.dialog?.close();
      this.dialog?.remove();
      this.dialog = undefined;
    };
    const dialog = pauseMenu({
      strings: this.strings,
      settings: this.settings,
      onChange: (s) => this.updateSettings(s),
      onResume: () => {
        close();
        if (!inCase) void this.showCases();
        else if (this.playing && this.settings.lang !== langBefore) void this.playCase(this.playing.session, this.playing.json);
      },
      onLeave: inCase ? () => {
        close();
        this.playing = undefined;
        saveActiveCase(this.deps.storage, undefined);
        void this.showCases();
      } : undefined,
    });
    this.dialog = dialog;
    document.body.append(dialog);
    dialog.showModal();
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

  private fail(error: unknown): void {
    console.error(error);
    this.notify(this.strings.caseError(error instanceof Error ? error.message : String(error)));
  }
}
