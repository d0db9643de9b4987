import type { Language } from '../core/language.ts';
import type { CaseMode, SessionRecord } from '../core/record/session-record.ts';
import { CaseRun } from '../core/run/case-run.ts';
import { CaseSession } from './case-session.ts';
import { confirmedStore, confirmedSync } from './confirmed-writes.ts';
import { resumeCase, resumeSession, type ResumeDeps, type ResumeOutcome } from './resume-case.ts';
import { reopenRecord, type ReopenedRecord } from './reopen-record.ts';
import { checkedRecord, readRecords } from './stored-data.ts';

/**
 * The app's way to what this browser stored: every autosave and record is checked when
 * read, what fails is set aside (kept for export, never deleted), and the count of what
 * was set aside is kept for the interface to offer its download.
 */
export class StoredCases {
  private count = 0;
  /** The case whose content note is shown (`caseId:language`), and a fresh run built for it. */
  private expected: string | undefined;
  private prepared:
    { caseId: string; language: Language; seed: number; json: string; run: CaseRun } | undefined;
  /** What `resumeCase` found for the expected case, asked while its note is read (see `readAhead`). */
  private ahead: { key: string; outcome: Promise<ResumeOutcome> } | undefined;

  constructor(private readonly deps: ResumeDeps) {}

  /** How many items were set aside in this browser (as of the last read). */
  get setAsideCount(): number {
    return this.count;
  }

  /** Resumes the session saved under `sessionId` (the case this browser was playing). */
  resumeSession(sessionId: string): Promise<ResumeOutcome> {
    return this.counted(resumeSession(this.deps, sessionId));
  }

  /** Resumes this trainee's newest usable autosave of a case in a language, if there is one. */
  resumeCase(
    caseId: string,
    language: Language,
    trainee: { name: string; code: string },
  ): Promise<ResumeOutcome> {
    return this.counted(resumeCase(this.deps, caseId, language, trainee));
  }

  /** This trainee's case: resumed from their newest usable autosave, or else started afresh as `fresh` (and saved once shown). */
  async openCase(
    caseId: string,
    language: Language,
    trainee: { name: string; code: string; mode: CaseMode },
    fresh: { sessionId: string; seed: number },
  ): Promise<ResumeOutcome> {
    const found = await this.lookUp(caseId, language, trainee);
    if (found.status === 'resumed') return found;
    const { session, json } = await this.startFresh(caseId, language, trainee, fresh);
    return { status: 'started', session, json, setAside: found.setAside };
  }

  /** Whether `caseId` in `language` is the case whose content note is shown (see `expect`). */
  expects(caseId: string, language: Language): boolean {
    return this.expected === `${caseId}:${language}`;
  }

  /** The trainee's newest usable autosave of the case (what was read ahead, if it was for them). */
  lookUp(
    caseId: string,
    language: Language,
    trainee: { name: string; code: string },
  ): Promise<ResumeOutcome> {
    const ahead = this.ahead?.key === aheadKey(caseId, language, trainee) ? this.ahead.outcome : undefined;
    this.ahead = undefined;
    return ahead ?? this.resumeCase(caseId, language, trainee);
  }

  /**
   * The case started afresh as `fresh`, on the run prepared for it if there is one. With `confirmed`,
   * its saves (and what it hands to the class) wait for that answer and are dropped on a no.
   */
  async startFresh(
    caseId: string,
    language: Language,
    trainee: { name: string; code: string; mode: CaseMode },
    fresh: { sessionId: string; seed: number },
    confirmed?: Promise<boolean>,
  ): Promise<{ session: CaseSession; json: string }> {
    const ready =
      this.prepared?.caseId === caseId && this.prepared.language === language ? this.prepared : undefined;
    this.expected = this.prepared = undefined;
    const json = ready?.json ?? (await this.deps.loadStory(caseId, language));
    const { clock, passRule } = this.deps;
    const store = confirmed ? confirmedStore(this.deps.store, confirmed) : this.deps.store;
    const sync = confirmed && this.deps.sync ? confirmedSync(this.deps.sync, confirmed) : this.deps.sync;
    const { name, code, mode } = trainee;
    const seed = ready?.seed ?? fresh.seed;
    const options = { json, store, clock, passRule, sync, mode, trainee: { name, code }, ...fresh, seed };
    return { session: CaseSession.begin({ ...options, run: ready?.run }), json };
  }

  /** The case about to be opened (its content note is shown): its story is fetched now. */
  expect(caseId: string, language: Language): void {
    this.expected = `${caseId}:${language}`;
    this.ahead = undefined;
    void this.deps.loadStory(caseId, language).catch(() => undefined);
  }

  /**
   * Looks for the trainee's autosave of the expected case now, for `openCase` to take. Only while
   * this tab holds the case's lock: no other tab can save that case until it is opened here.
   */
  readAhead(caseId: string, language: Language, trainee: { name: string; code: string }): void {
    if (this.expected !== `${caseId}:${language}`) return;
    const outcome = this.resumeCase(caseId, language, trainee);
    outcome.catch(() => undefined); // openCase meets the error, if it asks
    this.ahead = { key: aheadKey(caseId, language, trainee), outcome };
  }

  /**
   * Builds a fresh run of the expected case (ink and the protocol machine at its first step) for
   * `openCase` to use if the trainee has nothing to resume; nothing once that case was opened.
   */
  async prepare(caseId: string, language: Language, seed: number): Promise<void> {
    if (this.expected !== `${caseId}:${language}`) return;
    const json = await this.deps.loadStory(caseId, language).catch(() => undefined);
    if (json === undefined || this.expected !== `${caseId}:${language}`) return;
    const run = new CaseRun({ json, seed, passRule: this.deps.passRule });
    run.start();
    this.prepared = { caseId, language, seed, json, run };
  }

  /** The records of one trainee; how many unreadable records (of anyone) were set aside on the way. */
  async recordsOf(trainee: { name: string; code: string } | undefined): Promise<{
    records: SessionRecord[];
    setAside: number;
  }> {
    const { records, setAside } = await readRecords(this.deps.store, this.deps.clock.now());
    if (setAside > 0) await this.refresh();
    const mine = records.filter((r) => r.trainee.code === trainee?.code && r.trainee.name === trainee?.name);
    return { records: mine, setAside };
  }

  /** The stored records with these ids that read as records; read only (nothing is set aside here). */
  async findRecords(ids: readonly string[]): Promise<SessionRecord[]> {
    const found: SessionRecord[] = [];
    for (const { key, data } of await this.deps.store.listRecords()) {
      if (!ids.includes(String(key))) continue;
      const parsed = checkedRecord(data);
      if (parsed.ok) found.push(parsed.record);
    }
    return found;
  }

  /** What a finished case's debrief needs besides its record (the ending, the key standards, its story). */
  reopen(record: SessionRecord): Promise<ReopenedRecord> {
    return reopenRecord(this.deps, record);
  }

  exportSetAside(): Promise<string> {
    return this.deps.store.exportSetAside();
  }

  /** Counts what is set aside again; a store that cannot say counts as none. */
  async refresh(): Promise<void> {
    this.count = (await this.deps.store.listSetAside().catch(() => [])).length;
  }

  private async counted(pending: Promise<ResumeOutcome>): Promise<ResumeOutcome> {
    const outcome = await pending;
    if (outcome.setAside.length > 0) await this.refresh();
    return outcome;
  }
}

function aheadKey(caseId: string, language: Language, trainee: { name: string; code: string }): string {
  return JSON.stringify([caseId, language, trainee.code, trainee.name]);
}
