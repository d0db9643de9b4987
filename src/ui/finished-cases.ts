import { caseWithId } from '../cases/case-catalog.ts';
import type { Language } from '../core/language.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import { attemptDate, finishedStrings } from '../i18n/finished-strings.ts';
import { finishedAttempts } from '../session/boot-view.ts';
import { h } from './dom.ts';
import './finished-cases.css';

const titleOf = (record: SessionRecord, lang: Language) => {
  const info = caseWithId(record.caseId)?.info;
  return info?.[lang]?.title ?? info?.[record.language]?.title ?? record.caseId;
};

const when = (record: SessionRecord, lang: Language) =>
  h('time', { datetime: new Date(record.endedAt).toISOString() }, attemptDate(record.endedAt, lang));

/**
 * The trainee's finished cases on the home: the last one, prominent, with its result and a
 * button to its debrief; and every finished attempt (newest first), each a button that reopens
 * its debrief, named by its date, case, result and mode. Nothing when nothing was finished.
 */
export function finishedCases(
  records: readonly SessionRecord[],
  lang: Language,
  onOpen: (record: SessionRecord) => void,
): { last: HTMLElement; list: HTMLElement } | undefined {
  const attempts = finishedAttempts(records);
  const newest = attempts[0];
  if (!newest) return undefined;
  const f = finishedStrings(lang);
  const open = (record: SessionRecord) => () => onOpen(record);
  const last = h(
    'section',
    {
      class: 'last-finished',
      'data-last-finished': newest.recordId,
      'aria-labelledby': 'last-finished-title',
    },
    h('h2', { id: 'last-finished-title' }, f.lastFinishedTitle),
    h('p', { class: 'last-case' }, h('strong', {}, titleOf(newest, lang))),
    h(
      'p',
      { class: `last-result ${newest.passed ? 'passed' : 'failed'}` },
      when(newest, lang),
      ` · ${f.result(newest.scores.overall, newest.passed)} · ${f.mode[newest.mode]}`,
    ),
    h(
      'button',
      { type: 'button', class: 'primary', 'data-open-debrief': newest.recordId, onclick: open(newest) },
      f.openDebrief(titleOf(newest, lang)),
    ),
  );
  const rows = attempts.map((record) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'attempt',
          'data-open-debrief': record.recordId,
          'data-score': record.scores.overall,
          onclick: open(record),
        },
        when(record, lang),
        h('span', { class: 'attempt-case' }, ` · ${titleOf(record, lang)} · `),
        h(
          'span',
          { class: `attempt-result ${record.passed ? 'passed' : 'failed'}` },
          `${f.result(record.scores.overall, record.passed)} · ${f.mode[record.mode]}`,
        ),
      ),
    ),
  );
  const list = h(
    'section',
    { class: 'attempt-history', 'aria-labelledby': 'attempts-title' },
    h('h2', { id: 'attempts-title' }, f.attemptsTitle(attempts.length)),
    h('p', { class: 'hint', id: 'attempts-hint' }, f.attemptsHint),
    h('ol', { class: 'attempt-list', 'aria-describedby': 'attempts-hint' }, ...rows),
  );
  return { last, list };
}
