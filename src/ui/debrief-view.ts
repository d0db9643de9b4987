import { typedStrings } from '../i18n/typed-strings.ts';
import { competencies, competencyTitles } from '../core/protocol/competencies.ts';
import type { Language } from '../core/language.ts';
import type { StandardId } from '../core/protocol/standard-ids.ts';
import { sourceWithKey } from '../core/protocol/sources.ts';
import { standardWithId } from '../core/protocol/standards.ts';
import { caseEnd, type DebriefStep, type DebriefVerdict } from '../core/record/debrief.ts';
import { verdictReason } from '../core/protocol/reasons.ts';
import { caseResult } from '../core/protocol/scoring.ts';
import { debriefStrings } from '../i18n/debrief-strings.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import type { Strings } from '../i18n/translate.ts';
import { distressPlot } from './distress-plot.ts';
import { h } from './dom.ts';

export interface DebriefInput {
  readonly record: SessionRecord;
  /** The reader's language (the interface's); verdicts are rendered in it. Default: the record's. */
  readonly lang?: Language;
  /** The case's key standards (its `key:` tag): a violated one failed the case. */
  readonly key?: readonly StandardId[];
  /** The pass threshold the record was scored with (default 75). */
  readonly passThreshold?: number;
  readonly steps: readonly DebriefStep[];
  readonly endingLines: readonly StoryLine[];
  readonly strings: Strings;
  readonly onRetry: () => void;
  readonly onOtherCase: () => void;
}

/** The filled part of a score bar; its width set through the CSSOM, as the page's policy allows no inline style attribute. */
function barFill(score: number): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${score}%`;
  return fill;
}

function bars(record: SessionRecord, strings: Strings, lang: Language): HTMLElement {
  const rows = competencies
    .filter((c) => record.scores.competencies[c] !== undefined)
    .map((c) => {
      const score = record.scores.competencies[c] ?? 0;
      return h(
        'li',
        { class: 'bar-row' },
        h('span', { class: 'bar-label', id: `bar-${c}` }, `${competencyTitles[c][lang]}`),
        h(
          'span',
          {
            class: 'bar',
            role: 'meter',
            'aria-labelledby': `bar-${c}`,
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': score,
          },
          barFill(score),
        ),
        h('span', { class: 'bar-value' }, `${score}`),
      );
    });
  return h('section', { class: 'debrief-bars' }, h('h2', {}, strings.competencies), h('ul', {}, ...rows));
}

function notReachedItem(v: DebriefVerdict, lang: Language): HTMLElement {
  const standard = standardWithId(v.standard);
  const d = debriefStrings(lang);
  return h(
    'li',
    { class: 'verdict not-reached', 'data-outcome': 'not_reached' },
    h(
      'p',
      { class: 'verdict-head' },
      h('strong', {}, `– ${v.standard} · ${standard.title[lang]}`),
      ` — ${d.notReached}`,
    ),
    h('p', { class: 'reason' }, verdictReason(v, lang)),
    h('p', { class: 'note' }, d.notReachedNote((v.params.endedAt ?? v.step) + 1)),
  );
}

function verdictItem(v: DebriefVerdict, strings: Strings, lang: Language): HTMLElement {
  if (v.outcome === 'not_reached') return notReachedItem(v, lang);
  const standard = standardWithId(v.standard);
  const met = v.outcome === 'met';
  const alt = v.alternatives[0];
  const none =
    v.keyStep === undefined ? strings.noCompliantOption : debriefStrings(lang).keyWasEarlier(v.keyStep + 1);
  const sources = standard.sources.map((key) => {
    const s = sourceWithKey(key);
    const note = s.note ? ` (${s.note[lang]})` : '';
    return h(
      'li',
      {},
      `${key}: ${s.title[lang]}${note}`,
      ...s.urls.slice(0, 1).map((u) => h('span', { class: 'url' }, ` — ${u}`)),
    );
  });
  return h(
    'li',
    { class: met ? 'verdict met' : `verdict violated ${v.severity}`, 'data-outcome': v.outcome },
    h(
      'p',
      { class: 'verdict-head' },
      h('strong', {}, `${met ? '✓' : '✗'} ${v.standard} · ${standard.title[lang]}`),
      ` — ${met ? strings.met : `${strings.violated} (${strings.severity[v.severity]})`}`,
    ),
    h('p', { class: 'reason' }, verdictReason(v, lang)),
    met ? null : h('p', { class: 'feedback' }, standard.feedback[lang]),
    met
      ? null
      : alt
        ? h('p', { class: 'alternative' }, h('strong', {}, `${strings.compliantOption}: `), `«${alt.text}»`)
        : h('p', { class: 'alternative none' }, none),
    h(
      'details',
      { class: 'sources' },
      h('summary', {}, `${strings.source}: ${standard.sources.join(', ')}`),
      h('p', {}, standard.basis[lang]),
      h('ul', {}, ...sources),
    ),
  );
}

/** Why the case was not passed, in words: each violation that failed it, and the score when below the threshold. */
function failedBecause(
  record: SessionRecord,
  key: readonly StandardId[],
  threshold: number,
  lang: Language,
): HTMLElement | null {
  if (record.passed) return null;
  const d = debriefStrings(lang);
  const failing = caseResult(record.verdicts, {
    passThreshold: threshold,
    criticalFails: true,
    key,
  }).failedBy;
  const items = failing.map((s) => {
    const why = [s.severity === 'critical' ? d.failedCritical : null, s.key ? d.failedKey : null]
      .filter(Boolean)
      .join(', ');
    return h(
      'li',
      { 'data-standard': s.standard },
      h('strong', {}, `${s.standard} · ${standardWithId(s.standard).title[lang]}`),
      ` — ${why}`,
    );
  });
  const below =
    record.scores.overall < threshold ? h('p', {}, d.belowThreshold(record.scores.overall, threshold)) : null;
  return h(
    'section',
    { class: 'failed-because', 'data-failed-by': failing.map((s) => s.standard).join(' ') },
    h('p', {}, h('strong', {}, d.failedBecause)),
    items.length > 0 ? h('ul', {}, ...items) : null,
    below,
  );
}

function endNote(record: SessionRecord, lang: Language): HTMLElement | null {
  const end = caseEnd(record.verdicts, record.levels, record.choices.length);
  if (!end.endedEarly) return null;
  const d = debriefStrings(lang);
  const decisive = end.decisive === end.endedAt ? '' : ` ${d.decisive(end.decisive + 1)}`;
  return h(
    'p',
    { class: 'case-end', 'data-ended-at': end.endedAt + 1, 'data-decisive': end.decisive + 1 },
    `${d.endedAt(end.endedAt + 1)}${decisive}`,
  );
}

/** The question typed at this step, with the type it was answered as (`data-question-type`). */
function typedNote(record: SessionRecord, step: number, lang: Language): HTMLElement | null {
  const typed = record.typedQuestions?.find((t) => t.step === step);
  if (!typed) return null;
  const t = typedStrings(lang);
  return h(
    'p',
    { class: 'typed-note', 'data-question-type': typed.type },
    t.debriefTyped(typed.text, t.typeName[typed.type]),
  );
}

/** The end of a case: result, scores, every decision with its verdicts and the compliant option, the distress plot. */
export function debriefView(input: DebriefInput): HTMLElement {
  const { record, steps, strings } = input;
  const lang = input.lang ?? record.language;
  const key = input.key ?? [];
  const critical = record.verdicts.some((v) => v.outcome === 'violated' && v.severity === 'critical');
  const timeline = steps
    .filter((s) => s.verdicts.length > 0 || s.chosen)
    .map((s) =>
      h(
        'li',
        { class: 'timeline-step' },
        h('h3', {}, s.chosen ? strings.step(s.step + 1) : strings.endOfCase),
        s.chosen
          ? h('p', { class: 'chosen' }, h('strong', {}, `${strings.youChose}: `), s.chosen.text)
          : null,
        typedNote(record, s.step, lang),
        s.verdicts.length > 0
          ? h('ul', { class: 'verdicts' }, ...s.verdicts.map((v) => verdictItem(v, strings, lang)))
          : null,
      ),
    );
  const retry = h('button', { type: 'button', class: 'primary', onclick: input.onRetry }, strings.retry);
  const root = h(
    'main',
    {
      class: 'debrief',
      'data-debrief': record.passed ? 'passed' : 'failed',
      'aria-labelledby': 'debrief-title',
    },
    // The heading says the result, so it is the first thing heard when the debrief opens and focuses it.
    h(
      'h1',
      { id: 'debrief-title', tabindex: -1 },
      strings.debriefHeading(record.passed, record.scores.overall),
    ),
    h(
      'p',
      { class: `result ${record.passed ? 'passed' : 'failed'}` },
      h('strong', {}, record.passed ? strings.passed : strings.notPassed),
      ` · ${strings.overall}: ${record.scores.overall}/100`,
    ),
    critical ? h('p', { class: 'critical-note' }, strings.criticalNote) : null,
    failedBecause(record, key, input.passThreshold ?? 75, lang),
    endNote(record, lang),
    input.endingLines.length > 0
      ? h(
          'section',
          { class: 'ending' },
          h('h2', {}, strings.endingLabel),
          ...input.endingLines.filter((l) => l.text).map((l) => h('p', {}, l.text)),
        )
      : null,
    bars(record, strings, lang),
    h('section', { class: 'plot' }, h('h2', {}, strings.distressPlot), distressPlot(record.levels, strings)),
    h('section', { class: 'timeline' }, h('h2', {}, strings.timeline), h('ol', {}, ...timeline)),
    h(
      'div',
      { class: 'actions' },
      retry,
      h('button', { type: 'button', onclick: input.onOtherCase }, strings.otherCase),
    ),
  );
  return root;
}
