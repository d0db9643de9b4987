import type { Language } from '../core/language.ts';
import type { StandardId } from '../core/protocol/standard-ids.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import { storyHash } from '../core/record/story-hash.ts';
import { playTranscribed } from '../core/record/transcript.ts';
import type { StoryLine } from '../core/story/story-step.ts';

export interface ReopenDeps {
  /** Whether this version of the app has the case in that language. */
  readonly hasCase: (caseId: string, language: Language) => boolean;
  /** The compiled story of a case. */
  readonly loadStory: (caseId: string, language: Language) => Promise<string>;
}

/** What the debrief of a finished case needs besides its record. */
export interface ReopenedRecord {
  readonly record: SessionRecord;
  /** The story the record was played on; absent when this version no longer has it (then no step-by-step). */
  readonly json?: string;
  /** What the ending said. */
  readonly endingLines: readonly StoryLine[];
  /** The case's key standards (its `key:` tag). */
  readonly key: readonly StandardId[];
}

/**
 * Rebuilds what a record's debrief shows besides the record itself, by replaying its choices
 * on its story: the ending's lines and the key standards. The record's own verdicts and scores
 * are shown as stored. When the story is gone or changed (another hash), or its choices no
 * longer fit, the debrief opens without them: a finished case's result is never lost.
 */
export async function reopenRecord(deps: ReopenDeps, record: SessionRecord): Promise<ReopenedRecord> {
  const bare: ReopenedRecord = { record, endingLines: [], key: [] };
  if (!deps.hasCase(record.caseId, record.language)) return bare;
  const json = await deps.loadStory(record.caseId, record.language).catch(() => undefined);
  if (json === undefined || storyHash(json) !== record.storyHash) return bare;
  try {
    const { run } = playTranscribed({ json, choices: record.choices, seed: record.seed });
    if (!run.step.isEnd) return bare;
    return { record, json, endingLines: run.step.lines, key: run.info.key };
  } catch {
    return bare;
  }
}
