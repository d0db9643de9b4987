import type { CaseSession } from './case-session.ts';
import type { ReopenedRecord } from './reopen-record.ts';
import type { Settings } from './settings.ts';

/** What the journey shows (the port the interface implements): each screen, and what it says on the way. */
export interface JourneyScreens {
  /** Says something to the trainee (heard and seen on any screen); `mark` names it for tests. */
  notify(text: string, mark?: string): void;
  /** The settings are new: the page, the sound and the case on screen follow them. */
  applySettings(settings: Settings): void;
  start(): void;
  /** The case list (if even that cannot be shown, the start screen). */
  cases(): Promise<void>;
  /** The content note before a case. */
  note(caseId: string): void;
  play(session: CaseSession, json: string, notice: string | undefined): Promise<void>;
  /** A finished case's debrief; rejects when it cannot be shown. */
  record(opened: ReopenedRecord, preview: boolean): Promise<void>;
  /** The case is open in another tab (taken: false) or was taken over by one (taken: true). */
  elsewhere(taken: boolean, caseId: string): void;
}
