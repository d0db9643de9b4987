import { loadActiveCase, loadShownDebrief } from './active-case.ts';
import { bootView } from './boot-view.ts';
import type { Preferences } from './preferences.ts';
import type { ReopenedRecord } from './reopen-record.ts';
import type { StoredCases } from './stored-cases.ts';

export interface DebriefAtBootInput {
  readonly stored: StoredCases;
  readonly preferences: Preferences;
  /** The case the page's link asks for (known to exist), if any. */
  readonly linkCaseId: string | undefined;
  readonly trainee: { readonly name: string; readonly code: string } | undefined;
}

/**
 * The debrief a page load lands on, if any (see bootView): a reload on a debrief, or a reload
 * just after the last choice saved its record (the case-in-progress pointer then names a
 * finished session). Reads only the remembered records, sets nothing aside, and never
 * rejects for records that cannot be read.
 */
export async function debriefAtBoot(input: DebriefAtBootInput): Promise<ReopenedRecord | undefined> {
  const { stored, preferences, trainee } = input;
  const [active, debriefRecordId] = [loadActiveCase(preferences), loadShownDebrief(preferences)];
  if (!active && debriefRecordId === undefined) return undefined;
  const ids = [active?.sessionId, debriefRecordId].filter((id): id is string => id !== undefined);
  // Read only, and records that cannot be read hide no debrief worth blocking on: the case in progress is tried next.
  const records = await stored.findRecords(ids).catch(() => []);
  const activeSessionId = active?.sessionId;
  const view = bootView({ activeSessionId, debriefRecordId, linkCaseId: input.linkCaseId, trainee, records });
  return view.kind === 'debrief' ? stored.reopen(view.record) : undefined;
}
