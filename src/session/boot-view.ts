import type { SessionRecord } from '../core/record/session-record.ts';

type Trainee = { readonly name: string; readonly code: string };

/** What this browser remembers of where the trainee was when the page went away. */
export interface BootInput {
  /** The session this browser was playing (the active-case pointer), if any. */
  readonly activeSessionId?: string | undefined;
  /** The record whose debrief was on screen (or about to be), if any. */
  readonly debriefRecordId?: string | undefined;
  /** The case a link asks for (already checked to exist), if any. */
  readonly linkCaseId?: string | undefined;
  /** Who is using the app now; a record of someone else is never reopened. */
  readonly trainee: Trainee | undefined;
  /** The stored records (checked) of this browser. */
  readonly records: readonly SessionRecord[];
}

/**
 * The screen a page load opens:
 * - `debrief`: the debrief of a record (a reload on the debrief, or a reload after the last
 *   choice saved the record but before its debrief was shown);
 * - `resume`: the case in progress, replayed from its autosave;
 * - `other`: neither; the link and the trainee decide (content note, case list, start).
 */
export type BootView =
  | { readonly kind: 'debrief'; readonly record: SessionRecord }
  | { readonly kind: 'resume'; readonly sessionId: string }
  | { readonly kind: 'other' };

const sameTrainee = (record: SessionRecord, trainee: Trainee | undefined) =>
  trainee !== undefined && record.trainee.name === trainee.name && record.trainee.code === trainee.code;

/**
 * Decides the boot screen from what was remembered. A record saved under the active
 * session's id means that case ended: its debrief wins over resuming (nothing is left to
 * resume) and over a link to the same case. A remembered debrief is reopened unless a
 * link asks for another case, or the record is gone or belongs to someone else.
 */
export function bootView(input: BootInput): BootView {
  const mine = (id: string | undefined) =>
    id === undefined
      ? undefined
      : input.records.find((r) => r.recordId === id && sameTrainee(r, input.trainee));
  const { activeSessionId, linkCaseId } = input;
  if (activeSessionId !== undefined) {
    const ended = mine(activeSessionId);
    if (ended) return { kind: 'debrief', record: ended };
    return { kind: 'resume', sessionId: activeSessionId };
  }
  const shown = mine(input.debriefRecordId);
  if (shown && (linkCaseId === undefined || linkCaseId === shown.caseId))
    return { kind: 'debrief', record: shown };
  return { kind: 'other' };
}

/** A trainee's finished attempts, newest first (by when each ended). */
export function finishedAttempts(records: readonly SessionRecord[]): SessionRecord[] {
  return [...records].sort((a, b) => b.endedAt - a.endedAt);
}
