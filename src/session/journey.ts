import type { Language } from '../core/language.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { stringsFor, type Strings } from '../i18n/translate.ts';
import { loadActiveCase, saveActiveCase, saveShownDebrief } from './active-case.ts';
import { claimCase, type Claim } from './case-lock.ts';
import { linkedTrainee, parseCaseLink, type CaseLink } from './case-link.ts';
import type { CaseSession } from './case-session.ts';
import { inBackground } from './after-paint.ts';
import { debriefAtBoot } from './debrief-at-boot.ts';
import type { JourneyDeps, Playing } from './journey-deps.ts';
import type { JourneyScreens } from './journey-screens.ts';
import type { ReopenedRecord } from './reopen-record.ts';
import type { ResumeOutcome } from './resume-case.ts';
import type { SetAsideProblem } from './set-aside.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { StoredCases } from './stored-cases.ts';
import { loadTrainee, saveTrainee, type Trainee } from './trainee.ts';

export type { JourneyScreens };
export type { JourneyCatalog, JourneyDeps, Playing } from './journey-deps.ts';

/**
 * The trainee's journey: start → cases → content note → case → debrief. Holds who plays, the
 * settings, the link followed and the case in progress; remembers in `preferences` what a reload
 * needs (trainee, settings, case in progress, debrief on screen); `screens` shows each step.
 */
export class Journey {
  private current: Settings;
  private who: Trainee | undefined;
  private link: CaseLink = { author: false, problems: [] };
  private inPlay: Playing | undefined;
  /** The case (`caseId:lang`) whose content note found it open in another tab: its start asks first. */
  private noteBusy: string | undefined;
  readonly stored: StoredCases;

  constructor(
    private readonly deps: JourneyDeps,
    private readonly screens: JourneyScreens,
  ) {
    this.current = loadSettings(deps.preferences, deps.prefersReducedMotion);
    this.who = loadTrainee(deps.preferences);
    const { store, clock, sync, catalog } = deps;
    const hasCase = (caseId: string, lang: Language) => catalog.has(caseId, lang);
    const loadStory = (caseId: string, lang: Language) => catalog.loadStory(caseId, lang);
    this.stored = new StoredCases({ store, clock, sync, hasCase, loadStory });
  }

  get settings(): Settings {
    return this.current;
  }

  get strings(): Strings {
    return stringsFor(this.current.lang);
  }

  get trainee(): Trainee | undefined {
    return this.who;
  }

  /** The case on screen, if one is being played. */
  get playing(): Playing | undefined {
    return this.inPlay;
  }

  /** Whether the case is shown with the author view (`?author=1`, where allowed). */
  get authorView(): boolean {
    return this.deps.authorAllowed && this.link.author;
  }

  /** Goes where the link and the stored state lead: a debrief, the case in progress, the linked case, the list or the start. */
  async boot(search: string): Promise<void> {
    const { catalog, preferences } = this.deps;
    const link = (this.link = parseCaseLink(search, (id) => catalog.has(id), this.deps.authorAllowed));
    for (const { field, value } of link.problems) {
      this.screens.notify(this.strings.linkProblem(field, value), 'data-link-error');
    }
    if (link.lang) this.updateSettings({ ...this.current, lang: link.lang });
    else this.screens.applySettings(this.current);
    if (link.caseId) void catalog.loadStory(link.caseId, this.current.lang).catch(() => undefined); // fetched while the stored data is read
    const linked = linkedTrainee(link, this.who, this.strings.authorName);
    this.who = this.deps.rejoin ? await this.deps.rejoin(linked) : linked;
    // How many saves were set aside: the lists offer their download; a content note does not wait for it.
    const counted = this.stored.refresh();
    const { stored, who: trainee } = this;
    const reopened = await debriefAtBoot({ stored, trainee, preferences, linkCaseId: link.caseId });
    if (reopened) return await this.openRecord(reopened); // a reload on (or just before) a debrief
    const resumed = await this.resumeActive();
    if (resumed === 'resumed') return;
    if (link.caseId && catalog.has(link.caseId) && this.who) return this.screens.note(link.caseId);
    await counted;
    if (resumed === 'setAside' && this.who) return await this.screens.cases();
    this.screens.start();
  }

  /** The trainee of the start screen (in their class, if any): remembered, then on to the linked case or the list. */
  admit(trainee: Trainee): void {
    this.who = this.link.mode ? { ...trainee, mode: this.link.mode } : trainee;
    saveTrainee(this.deps.preferences, this.who);
    if (this.link.caseId && this.deps.catalog.has(this.link.caseId)) this.screens.note(this.link.caseId);
    else void this.screens.cases();
  }

  /** Resumes the trainee's saved session of the case, or starts it afresh; `steal` takes it from another tab. */
  async startCase(caseId: string, steal = false): Promise<void> {
    const { who: trainee, deps } = this;
    if (!trainee) return this.screens.start();
    const lang = this.current.lang;
    try {
      const fresh = { sessionId: deps.newId(), seed: deps.clock.now() % 100_000 };
      const atOnce = !steal && this.stored.expects(caseId, lang) && this.noteBusy !== `${caseId}:${lang}`;
      if (atOnce) return await this.startAtOnce(caseId, trainee, fresh);
      if (!(await this.claim(caseId, lang, steal))) return;
      await this.enter(await this.stored.openCase(caseId, lang, trainee, fresh));
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * From its content note, a case starts at once, afresh, while this tab's claim and the look for the
   * trainee's autosave finish (on a first visit the browser may take a while to open its storage).
   * Nothing is saved until both say the fresh start stands; if another tab holds the case the trainee
   * is told, as before; if an autosave turns up, it is resumed instead.
   */
  private async startAtOnce(caseId: string, trainee: Trainee, fresh: { sessionId: string; seed: number }) {
    const lang = this.current.lang;
    const found = this.claimQuietly(caseId, lang).then((claim) =>
      claim === 'held' ? this.stored.lookUp(caseId, lang, trainee) : undefined,
    );
    // The saves held meanwhile are written in a background task: the next options come first.
    const stands = found
      .then(async (outcome) => (await inBackground(), outcome !== undefined && !('session' in outcome)))
      .catch(() => false);
    const { session, json } = await this.stored.startFresh(caseId, lang, trainee, fresh, stands);
    this.who = { ...trainee, mode: session.mode };
    await this.play(session, json);
    const outcome = await found;
    if (!outcome) return this.lost(false, caseId); // another tab has the case
    if ('session' in outcome) return void (await this.enter(outcome)); // an autosave turned up
    this.tellSetAside(outcome.setAside);
    if (this.inPlay?.session === session)
      saveActiveCase(this.deps.preferences, { sessionId: session.id, caseId, lang });
  }

  /** Plays a session (again, say in another language); a finished one goes to its debrief. */
  async play(session: CaseSession, json: string, notice?: string): Promise<void> {
    if (session.record) return this.finish(session, json, session.step.lines);
    this.inPlay = { session, json };
    await this.screens.play(session, json, notice);
  }

  /** The case ended (or was finished already): its debrief, or the list when it left no record. */
  finish(session: CaseSession, json: string, endingLines: readonly StoryLine[]): Promise<void> {
    const { record, info, isPreview } = session;
    return record
      ? this.openRecord({ record, json, endingLines, key: info.key }, isPreview)
      : this.screens.cases();
  }

  /** A finished case's debrief, just played or reopened; remembered first, so a reload lands on it. */
  async openRecord(opened: ReopenedRecord, preview = false): Promise<void> {
    saveShownDebrief(this.deps.preferences, opened.record.recordId);
    this.forgetCase();
    try {
      await this.screens.record(opened, preview);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The trainee leaves the case (pause menu): it is kept, and the list is shown. */
  leaveCase(): void {
    this.forgetCase();
    void this.screens.cases();
  }

  /** No case is in progress in this browser any more ("Salir", a debrief, leaving the case). */
  forgetCase(): void {
    this.inPlay = undefined;
    saveActiveCase(this.deps.preferences, undefined);
  }

  /** The trainee's data left this browser ("Salir"): the next person starts afresh. */
  forgetTrainee(): void {
    this.who = undefined;
  }

  /** A screen is shown: a reload lands on a debrief only, and only the tab that plays a case holds it. */
  shown(isDebrief: boolean): void {
    if (!isDebrief) saveShownDebrief(this.deps.preferences, undefined);
    if (!this.inPlay) this.deps.locks?.release();
  }

  updateSettings(settings: Settings): void {
    this.current = settings;
    saveSettings(this.deps.preferences, settings);
    this.screens.applySettings(settings);
  }

  /** Tells the trainee what went wrong, on the screen they are on. */
  report(error: unknown): void {
    console.error(error);
    this.screens.notify(this.strings.caseError(error instanceof Error ? error.message : String(error)));
  }

  /** Tells the trainee what went wrong and goes to a usable screen: the case list, or the start. */
  fail(error: unknown): void {
    this.report(error);
    if (this.who) void this.screens.cases();
    else this.screens.start();
  }

  /** Resumes the case this browser was playing, if any; one that cannot be resumed is set aside. */
  private async resumeActive(): Promise<ResumeOutcome['status']> {
    const { preferences } = this.deps;
    const active = loadActiveCase(preferences);
    if (!active) return 'none';
    try {
      if (!(await this.claim(active.caseId, active.lang, false))) return 'resumed';
      const outcome = await this.stored.resumeSession(active.sessionId);
      if (await this.enter(outcome)) return 'resumed';
      saveActiveCase(preferences, undefined);
      return outcome.status;
    } catch (error) {
      saveActiveCase(preferences, undefined);
      throw error;
    }
  }

  /** Tells the trainee about every save set aside, and plays the case opened, if there is one. */
  private async enter(outcome: ResumeOutcome): Promise<boolean> {
    this.tellSetAside(outcome.setAside);
    if (!('session' in outcome)) return false;
    const { session, json } = outcome;
    const { caseId, lang } = session.info;
    this.who = { ...this.who, ...session.trainee, mode: session.mode };
    saveActiveCase(this.deps.preferences, { sessionId: session.id, caseId, lang });
    await this.play(session, json, outcome.status === 'resumed' ? this.strings.resuming : undefined);
    return true;
  }

  /**
   * A case's content note is on screen: this tab claims the case now (starting it then costs no
   * round trip) and, holding it, looks for the trainee's autosave while the note is read. Another
   * tab holding the case is only told at the start, as before.
   */
  async noteShown(caseId: string): Promise<void> {
    const trainee = this.who;
    const lang = this.current.lang;
    if (!trainee) return;
    const claim = await this.claimQuietly(caseId, lang);
    this.noteBusy = claim === 'busy' ? `${caseId}:${lang}` : undefined;
    if (claim === 'held') this.stored.readAhead(caseId, lang, trainee);
  }

  private tellSetAside(problems: readonly SetAsideProblem[]): void {
    const t = this.strings;
    problems.forEach((problem) => this.screens.notify(t.savedCaseSetAside(t.setAsideWhy[problem])));
  }

  /** Claims the case without telling the trainee it is busy (the start does); a later take-over is told. */
  private claimQuietly(caseId: string, lang: Language): Promise<Claim> {
    const locks = this.deps.locks;
    return locks
      ? locks.claim(`${caseId}:${lang}`, false, () => this.lost(true, caseId))
      : Promise.resolve('held');
  }

  private claim(caseId: string, lang: Language, steal: boolean): Promise<boolean> {
    const lost = (taken: boolean) => this.lost(taken, caseId);
    return claimCase(this.deps.locks, `${caseId}:${lang}`, steal, lost);
  }

  private lost(taken: boolean, caseId: string): void {
    this.inPlay = undefined;
    this.screens.elsewhere(taken, caseId);
  }
}
