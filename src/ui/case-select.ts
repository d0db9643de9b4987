import { portraitUrl } from './portrait.ts';
import type { CaseEntry } from '../cases/case-catalog.ts';
import type { Language } from '../core/language.ts';
import type { StandardId } from '../core/protocol/standard-ids.ts';
import { standardWithId } from '../core/protocol/standards.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { Strings } from '../i18n/translate.ts';
import { caseHistory, recommendedCase, type CaseHistory } from './case-history.ts';
import { h } from './dom.ts';

export interface CaseSelectOptions {
  readonly strings: Strings;
  readonly lang: Language;
  readonly cases: readonly CaseEntry[];
  readonly records: readonly SessionRecord[];
  /** Cases left halfway: the decision (1-based) each continues at. */
  readonly inProgress?: ReadonlyMap<string, number>;
  /** In a class: the cases its instructor assigned, first and marked, in the instructor's order. */
  readonly assigned?: readonly string[];
  readonly onPick: (caseId: string) => void;
  /** Drops the saved progress of a case and opens it afresh. */
  readonly onRestart?: (caseId: string) => void;
  readonly onSettings: () => void;
}

const standardNames = (ids: readonly StandardId[], lang: Language) =>
  ids.map((id) => `${id} ${standardWithId(id).title[lang]}`).join('; ');

/** What the trainee did with the case: attempts, best and last score, what was missed last time. */
function historyOf(history: CaseHistory, t: Strings, lang: Language): (HTMLElement | null)[] {
  const { best, last } = history;
  if (!best || !last)
    return [h('p', { class: 'best' }, history.continueAt ? t.inProgress(history.continueAt) : t.noResultYet)];
  return [
    h('p', { class: 'best' }, t.bestResult(best.score, best.passed)),
    h(
      'p',
      { class: 'attempts', 'data-attempts': history.attempts },
      `${t.attempts(history.attempts)} · ${t.lastScore(last.score, last.passed)}`,
    ),
    history.missedLast.length > 0
      ? h(
          'p',
          { class: 'missed', 'data-missed': history.missedLast.slice(0, 3).join(' ') },
          h('strong', {}, `${t.missedLastTime}: `),
          standardNames(history.missedLast.slice(0, 3), lang),
        )
      : null,
  ];
}

/** "Continuar en la decisión N" and "Empezar de nuevo" for a case left halfway; else nothing. */
function resumeActions(caseId: string, history: CaseHistory, options: CaseSelectOptions): HTMLElement | null {
  const t = options.strings;
  if (!history.continueAt) return null;
  return h(
    'div',
    { class: 'card-actions' },
    h(
      'button',
      { type: 'button', class: 'primary', 'data-continue': caseId, onclick: () => options.onPick(caseId) },
      t.continueAt(history.continueAt),
    ),
    options.onRestart
      ? h(
          'button',
          { type: 'button', 'data-restart': caseId, onclick: () => options.onRestart?.(caseId) },
          t.startOver,
        )
      : null,
  );
}

/**
 * The home of a returning trainee: one card per case (the child, the age, the situation, the
 * content note; attempts, best and last score, what was missed last time; where to continue a
 * case left halfway) and, once something was missed, the case recommended to train it.
 */
export function caseSelect(options: CaseSelectOptions): HTMLElement {
  const t = options.strings;
  const { lang } = options;
  const assigned = options.assigned ?? [];
  const rank = (caseId: string) => (assigned.includes(caseId) ? assigned.indexOf(caseId) : assigned.length);
  const shown = options.cases
    .flatMap((entry) => {
      const info = entry.info[lang] ?? entry.info.es;
      return info ? [{ entry, info }] : [];
    })
    .sort((a, b) => rank(a.entry.caseId) - rank(b.entry.caseId));
  const recommended = recommendedCase(
    shown.map((s) => s.entry),
    options.records,
  );
  const cards = shown.map(({ entry, info }) => {
    const history = caseHistory(entry.caseId, options.records, options.inProgress?.get(entry.caseId));
    const isAssigned = assigned.includes(entry.caseId);
    return h(
      'li',
      {
        class: `case-card${recommended?.caseId === entry.caseId ? ' recommended' : ''}`,
        'data-assigned': isAssigned ? 'true' : undefined,
      },
      h('img', {
        class: 'portrait',
        src: portraitUrl(entry, info),
        alt: '',
        width: 96,
        height: 96,
        loading: 'lazy',
      }),
      h(
        'div',
        { class: 'case-text' },
        h(
          'h2',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'case-open',
              'data-case': entry.caseId,
              onclick: () => options.onPick(entry.caseId),
            },
            info.title,
          ),
        ),
        isAssigned ? h('p', { class: 'assigned-badge' }, t.assignedByInstructor) : null,
        h('p', { class: 'meta' }, `${t.age(info.age)} · ${t.caseTypes[info.type]}`),
        h('p', { class: 'summary' }, info.summary),
        h('p', { class: 'note' }, `⚠ ${info.contentNote}`),
        ...historyOf(history, t, lang),
        resumeActions(entry.caseId, history, options),
      ),
    );
  });
  const pick = recommended && shown.find((s) => s.entry.caseId === recommended.caseId);
  const suggestion = pick
    ? h(
        'section',
        {
          class: 'recommended-case',
          'data-recommended': pick.entry.caseId,
          'aria-labelledby': 'recommended-title',
        },
        h('h2', { id: 'recommended-title' }, t.recommendedTitle),
        h(
          'p',
          {},
          h(
            'button',
            { type: 'button', class: 'case-open', onclick: () => options.onPick(pick.entry.caseId) },
            pick.info.title,
          ),
        ),
        h(
          'p',
          {},
          h('strong', {}, `${t.recommendedWhy}: `),
          standardNames((recommended?.standards ?? []).slice(0, 3), lang),
        ),
      )
    : null;
  return h(
    'main',
    { class: 'case-select', 'aria-labelledby': 'select-title' },
    h(
      'div',
      { class: 'select-head' },
      h('h1', { id: 'select-title', tabindex: -1 }, t.chooseCase),
      h('button', { type: 'button', class: 'settings-button', onclick: options.onSettings }, t.settingsTitle),
    ),
    suggestion,
    h('ul', { class: 'case-list' }, ...cards),
  );
}
