import type { CaseRun } from '../run/case-run.ts';
import type { StoryLine } from '../story/story-step.ts';
import { playPath, type PlayPathOptions } from './play-path.ts';

/** One step of a played path: what was shown, and the option then taken (if any). */
export interface TranscriptEntry {
  readonly lines: readonly StoryLine[];
  readonly chosen?: string;
  /** The question the trainee typed to make that choice, at an open decision. */
  readonly typed?: string;
}

/**
 * Plays a choice path once (checked like `playPath`) and collects, in the same pass,
 * everything shown along it: a resumed case rebuilds its history and its picture from
 * this, so the autosave need not store the text.
 */
export function playTranscribed(options: Omit<PlayPathOptions, 'onStep'>): {
  run: CaseRun;
  transcript: TranscriptEntry[];
} {
  const transcript: TranscriptEntry[] = [];
  const run = playPath({
    ...options,
    onStep: (step, chosen) =>
      transcript.push(chosen ? { lines: step.lines, chosen: chosen.text } : { lines: step.lines }),
  });
  return { run, transcript };
}

/** Everything shown along a choice path, replayed once from the start. */
export function transcriptOf(json: string, choices: readonly number[], seed = 0): TranscriptEntry[] {
  return playTranscribed({ json, choices, seed }).transcript;
}
