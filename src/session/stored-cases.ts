import type { Language } from '../core/language.ts';
import type { CaseMode, SessionRecord } from '../core/record/session-record.ts';
import { CaseSession } from './case-session.ts';
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

  /** This trainee's case: resumed from their newest usable autosave, or else started afresh as `fresh` (and saved). */
  async openCase(
    caseId: string,
    language: Language,
    trainee: { name: string; code: string; mode: CaseMode },
    fresh: { sessionId: string; seed: number },
  ): Promise<ResumeOutcome> {
    const { name, code, mode } = trainee;
    const found = await this.resumeCase(caseId, language, { name, code });
    if (found.status === 'resumed') return found;
    const json = await this.deps.loadStory(caseId, language);
    const { store, clock, passRule, sync } = this.deps;
    const options = { json, store, clock, passRule, sync, mode, trainee: { name, code }, ...fresh };
    return { status: 'started', session: await CaseSession.start(options), json, setAside: found.setAside };
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
