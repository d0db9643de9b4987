import type { CaseInfo } from '../core/story/case-info.ts';
import type { Strings } from '../i18n/translate.ts';
import type { StoredCases } from '../session/stored-cases.ts';
import { contentNote } from './content-note.ts';
import { holdReadingPause, inReadingPause } from './reading-pause.ts';

export interface CaseNoteInput {
  readonly caseId: string;
  readonly info: CaseInfo;
  readonly strings: Strings;
  /** The seed a fresh start built while the note is read plays with. */
  readonly seed: number;
}

/**
 * A case's content note, and what is done while the trainee reads it: the story is fetched at once,
 * and a fresh run (ink and the protocol machine at the first step: one long task) is built in the
 * first reading pause, never under a click, so that starting only shows it. From the start click
 * until the case is on screen no reading pause ends (the sound and the picture wait for the text).
 */
export function caseNote(
  stored: StoredCases,
  input: CaseNoteInput,
  onStart: () => Promise<void>,
  onBack: () => void,
): HTMLElement {
  const { caseId, info, strings, seed } = input;
  stored.expect(caseId, info.lang);
  const cancel = inReadingPause(() => void stored.prepare(caseId, info.lang, seed));
  const start = () => {
    cancel();
    void holdReadingPause(onStart());
  };
  const back = () => {
    cancel();
    onBack();
  };
  return contentNote(info, strings, start, back);
}
