import { bootView } from '../session/boot-view.ts';
import type { ReopenedRecord } from '../session/reopen-record.ts';
import type { StoredCases } from '../session/stored-cases.ts';
import { loadActiveCase, loadShownDebrief } from './app-state.ts';

export interface DebriefAtBootInput {
  readonly stored: StoredCases;
  readonly storage: Storage | undefined;
  /** The case the page's link asks for (known to exist), if any. */
  readonly linkCaseId: string | undefined;
  readonly trainee: { readonly name: string; readonly code: string } | undefined;
  /** Told how many unreadable records were set aside while looking. */
  readonly onSetAside: (count: number) => void;
}

/**
 * The debrief a page load lands on, if any (see bootView): a reload on a debrief, or a reload
 * just after the last choice saved its record (the case-in-progress pointer then names a
 * finished session). Reads the records only when something was remembered; never rejects
 * for records that cannot be read.
 */
export async function debriefAtBoot(input: DebriefAtBootInput): Promise<ReopenedRecord | undefined> {
  const { stored, storage, trainee } = input;
  const [active, debriefRecordId] = [loadActiveCase(storage), loadShownDebrief(storage)];
  if (!active && debriefRecordId === undefined) return undefined;
  // Records that cannot be read hide no debrief worth blocking on: the case in progress is tried next.
  const read = await stored.recordsOf(trainee).catch(() => undefined);
  if (!read) return undefined;
  const { records, setAside } = read;
  if (setAside > 0) input.onSetAside(setAside);
  const activeSessionId = active?.sessionId;
  const view = bootView({ activeSessionId, debriefRecordId, linkCaseId: input.linkCaseId, trainee, records });
  return view.kind === 'debrief' ? stored.reopen(view.record) : undefined;
}
