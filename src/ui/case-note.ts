import type { CaseInfo } from '../core/story/case-info.ts';
import type { Strings } from '../i18n/translate.ts';
import type { StoredCases } from '../session/stored-cases.ts';
import { contentNote } from './content-note.ts';
import { afterPaint } from '../session/after-paint.ts';
import { holdReadingPause } from './reading-pause.ts';

export interface CaseNoteInput {
  readonly caseId: string;
  readonly info: CaseInfo;
  readonly strings: Strings;
  /** The seed a fresh start built while the note is read plays with. */
  readonly seed: number;
}

/**
 * A case's content note, and what is done while the trainee reads it: the story is fetched at once,
 * and a fresh run (ink and the protocol machine at the first step: one task, the one the start
 * needs anyway) is built as soon as the note is painted, so that starting only shows it. From the
 * start click until the case is on screen no reading pause ends (the sound and the picture wait).
 */
export function caseNote(
  stored: StoredCases,
  input: CaseNoteInput,
  onStart: () => Promise<void>,
  onBack: () => void,
): HTMLElement {
  const { caseId, info, strings, seed } = input;
  stored.expect(caseId, info.lang);
  let left = false;
  afterPaint(() => void (left || stored.prepare(caseId, info.lang, seed)));
  const start = () => {
    left = true;
    void holdReadingPause(onStart());
  };
  const back = () => {
    left = true;
    onBack();
  };
  return contentNote(info, strings, start, back);
}
