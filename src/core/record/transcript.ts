import type { StoryLine } from '../story/story-step.ts';
import { playPath } from './play-path.ts';
import { CaseRun } from '../run/case-run.ts';

/** One step of a played path: what was shown, and the option then taken (if any). */
export interface TranscriptEntry {
  readonly lines: readonly StoryLine[];
  readonly chosen?: string;
}

/**
 * Everything shown along a choice path, replayed from the start: a resumed case rebuilds
 * its history and its picture from this, so the autosave need not store the text.
 */
export function transcriptOf(json: string, choices: readonly number[], seed = 0): TranscriptEntry[] {
  playPath({ json, choices, seed });
  const run = new CaseRun({ json, seed });
  const entries: TranscriptEntry[] = [];
  let step = run.start();
  for (const choice of choices) {
    entries.push({ lines: step.lines, chosen: step.options[choice]?.text });
    step = run.choose(choice);
  }
  entries.push({ lines: step.lines });
  return entries;
}
