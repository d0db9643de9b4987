import type { CaseInfo } from '../core/story/case-info.ts';
import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';

/** Shown before every case: what it is about, that it can be paused or left, and the way back. */
export function contentNote(
  info: CaseInfo,
  strings: Strings,
  onStart: () => void,
  onBack: () => void,
): HTMLElement {
  return h(
    'main',
    { class: 'content-note', 'aria-labelledby': 'note-title' },
    h(
      'div',
      { class: 'note-panel' },
      h('h1', { id: 'note-title', tabindex: -1 }, strings.contentNoteTitle),
      h('h2', {}, info.title),
      h('p', {}, strings.contentNoteIntro),
      h('p', { class: 'note' }, `⚠ ${info.contentNote}`),
      h('p', { class: 'hint-keys' }, strings.contentNotePause),
      h('p', { class: 'hint-touch' }, strings.contentNotePauseTouch),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'primary', 'data-start-case': info.caseId, onclick: onStart },
          strings.startCase,
        ),
        h('button', { type: 'button', onclick: onBack }, strings.back),
      ),
    ),
  );
}
