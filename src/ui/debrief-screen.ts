import type { Language } from '../core/language.ts';
import { finishedStrings } from '../i18n/finished-strings.ts';
import type { Strings } from '../i18n/translate.ts';
import type { ReopenedRecord } from '../session/reopen-record.ts';
import { debriefView } from './debrief-view.ts';
import { debriefWhenIdle } from './debrief-when-idle.ts';
import { h } from './dom.ts';

export interface DebriefScreenInput {
  readonly strings: Strings;
  readonly lang: Language;
  readonly onRetry: () => void;
  readonly onOtherCase: () => void;
  /** An author's preview (a jump broke the path): no step-by-step, and no note about it. */
  readonly preview?: boolean;
}

/**
 * The debrief of a finished case, just played or reopened later (from the home, or by a
 * reload): the step-by-step is worked out when the browser is idle, from the story the record
 * was played on; without that story (changed or gone) the result and verdicts show with a note.
 * The root carries `data-record-id`, so the app knows which record is on screen.
 */
export async function debriefScreen(opened: ReopenedRecord, input: DebriefScreenInput): Promise<HTMLElement> {
  const { record, json } = opened;
  const steps =
    json === undefined || input.preview ? [] : await debriefWhenIdle(json, record.choices, record.seed);
  const view = debriefView({ ...input, record, steps, endingLines: opened.endingLines, key: opened.key });
  view.setAttribute('data-record-id', record.recordId);
  if (json === undefined && !input.preview) {
    const note = h('p', { class: 'notice', 'data-no-steps': true }, finishedStrings(input.lang).noStepByStep);
    view.querySelector('.result')?.after(note);
  }
  return view;
}
