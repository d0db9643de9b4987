import type { CaseEntry } from '../cases/case-catalog.ts';
import type { Language } from '../core/protocol/localized.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';

export interface CaseSelectOptions {
  readonly strings: Strings;
  readonly lang: Language;
  readonly cases: readonly CaseEntry[];
  readonly records: readonly SessionRecord[];
  readonly onPick: (caseId: string) => void;
  readonly onSettings: () => void;
}

function bestOf(records: readonly SessionRecord[], caseId: string): SessionRecord | undefined {
  return records.filter((r) => r.caseId === caseId).sort((a, b) => b.scores.overall - a.scores.overall)[0];
}

/** One card per case: the child, the age, the situation, the content note and the best result so far. */
export function caseSelect(options: CaseSelectOptions): HTMLElement {
  const t = options.strings;
  const cards = options.cases.flatMap((entry) => {
    const info = entry.info[options.lang] ?? entry.info.es;
    if (!info) return [];
    const best = bestOf(options.records, entry.caseId);
    return [h('li', { class: 'case-card' },
      h('img', { class: 'portrait', src: `images/portraits/${info.persona}.svg`, alt: '', width: 96, height: 96, loading: 'lazy' }),
      h('div', { class: 'case-text' },
        h('h2', {}, h('button', { type: 'button', class: 'case-open', 'data-case': entry.caseId, onclick: () => options.onPick(entry.caseId) }, info.title)),
        h('p', { class: 'meta' }, `${t.age(info.age)} · ${t.caseTypes[info.type]}`),
        h('p', { class: 'summary' }, info.summary),
        h('p', { class: 'note' }, `⚠ ${info.contentNote}`),
        h('p', { class: 'best' }, best ? t.bestResult(best.scores.overall, best.passed) : t.noResultYet)))];
  });
  return h('main', { class: 'case-select', 'aria-labelledby': 'select-title' },
    h('div', { class: 'select-head' }, h('h1', { id: 'select-title', tabindex: -1 }, t.chooseCase),
      h('button', { type: 'button', class: 'settings-button', onclick: options.onSettings }, t.settingsTitle)),
    h('ul', { class: 'case-list' }, ...cards));
}
