import { competencies, competencyTitles } from '../core/protocol/competencies.ts';
import type { Language } from '../core/protocol/localized.ts';
import { sourceWithKey } from '../core/protocol/sources.ts';
import { standardWithId } from '../core/protocol/standards.ts';
import type { DebriefStep, DebriefVerdict } from '../core/record/debrief.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import type { Strings } from '../i18n/translate.ts';
import { distressPlot } from './distress-plot.ts';
import { h } from './dom.ts';

export interface DebriefInput {
  readonly record: SessionRecord;
  readonly steps: readonly DebriefStep[];
  readonly endingLines: readonly StoryLine[];
  readonly strings: Strings;
  readonly onRetry: () => void;
  readonly onOtherCase: () => void;
}

function bars(record: SessionRecord, strings: Strings, lang: Language): HTMLElement {
  const rows = competencies.filter((c) => record.scores.competencies[c] !== undefined).map((c) => {
    const score = record.scores.competencies[c] ?? 0;
    return h('li', { class: 'bar-row' },
      h('span', { class: 'bar-label', id: `bar-${c}` }, `${competencyTitles[c][lang]}`),
      h('span', { class: 'bar', role: 'meter', 'aria-labelledby': `bar-${c}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': score },
        h('span', { class: 'bar-fill', style: `width:${score}%` })),
      h('span', { class: 'bar-value' }, `${score}`));
  });
  return h('section', { class: 'debrief-bars' }, h('h2', {}, strings.competencies), h('ul', {}, ...rows));
}

function verdictItem(v: DebriefVerdict, strings: Strings, lang: Language): HTMLElement {
  const standard = standardWithId(v.standard);
  const met = v.outcome === 'met';
  const alt = v.alternatives[0];
  const sources = standard.sources.map((key) => {
    const s = sourceWithKey(key);
    return h('li', {}, `${key}: ${s.title}`, ...s.urls.slice(0, 1).map((u) => h('span', { class: 'url' }, ` — ${u}`)));
  });
  return h('li', { class: met ? 'verdict met' : `verdict violated ${v.severity}` },
    h('p', { class: 'verdict-head' },
      h('strong', {}, `${met ? '✓' : '✗'} ${v.standard} · ${standard.title[lang]}`),
      ` — ${met ? strings.met : `${strings.violated} (${strings.severity[v.severity]})`}`),
    h('p', { class: 'reason' }, v.reason),
    met ? null : h('p', { class: 'feedback' }, standard.feedback[lang]),
    met ? null : alt
      ? h('p', { class: 'alternative' }, h('strong', {}, `${strings.compliantOption}: `), `«${alt.text}»`)
      : h('p', { class: 'alternative none' }, strings.noCompliantOption),
    h('details', { class: 'sources' }, h('summary', {}, `${strings.source}: ${standard.sources.join(', ')}`),
      h('p', {}, standard.basis[lang]), h('ul', {}, ...sources)));
}

/** The end of a case: result, scores, every decision with its verdicts and the compliant option, the distress plot. */
export function debriefView(input: DebriefInput): HTMLElement {
  const { record, steps, strings } = input;
  const lang = record.language;
  const critical = record.verdicts.some((v) => v.outcome === 'violated' && v.severity === 'critical');
  const timeline = steps.filter((s) => s.verdicts.length > 0 || s.chosen).map((s) =>
    h('li', { class: 'timeline-step' },
      h('h3', {}, s.chosen ? strings.step(s.step + 1) : strings.endOfCase),
      s.chosen ? h('p', { class: 'chosen' }, h('strong', {}, `${strings.youChose}: `), s.chosen.text) : null,
      s.verdicts.length > 0 ? h('ul', { class: 'verdicts' }, ...s.verdicts.map((v) => verdictItem(v, strings, lang))) : null));
  const retry = h('button', { type: 'button', class: 'primary', onclick: input.onRetry }, strings.retry);
  const root = h('main', { class: 'debrief', 'data-debrief': record.passed ? 'passed' : 'failed', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title', tabindex: -1 }, strings.debriefTitle),
    h('p', { class: `result ${record.passed ? 'passed' : 'failed'}` },
      h('strong', {}, record.passed ? strings.passed : strings.notPassed), ` · ${strings.overall}: ${record.scores.overall}/100`),
    critical ? h('p', { class: 'critical-note' }, strings.criticalNote) : null,
    input.endingLines.length > 0 ? h('section', { class: 'ending' }, h('h2', {}, strings.endingLabel),
      ...input.endingLines.filter((l) => l.text).map((l) => h('p', {}, l.text))) : null,
    bars(record, strings, lang),
    h('section', { class: 'plot' }, h('h2', {}, strings.distressPlot), distressPlot(record.levels, strings)),
    h('section', { class: 'timeline' }, h('h2', {}, strings.timeline), h('ol', {}, ...timeline)),
    h('div', { class: 'actions' }, retry, h('button', { type: 'button', onclick: input.onOtherCase }, strings.otherCase)));
  return root;
}
