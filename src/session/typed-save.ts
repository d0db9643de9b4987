import type { TranscriptEntry } from '../core/record/transcript.ts';
import type { TypedQuestion } from '../core/record/session-record.ts';
import type { CaseAutosave } from './record-store.ts';

/** The typed questions of a save that fit its choices (each at a step it made), marked in the history. */
export function typedOf(save: CaseAutosave, transcript: TranscriptEntry[]): TypedQuestion[] {
  const typed = (save.typedQuestions ?? []).filter((t) => t.step < save.run.choices.length);
  for (const t of typed) {
    const entry = transcript[t.step];
    if (entry) transcript[t.step] = { ...entry, typed: t.text };
  }
  return [...typed];
}
