/**
 * Runs the rules, in a fixed order, over a parsed question: each finds evidence (a weight
 * for one type, and a reason in Spanish and English).
 */
import type { QuestionContext } from '../classify.ts';
import { lexiconEn } from '../lexicon-en.ts';
import { lexiconEs } from '../lexicon-es.ts';
import type { Lexicon } from '../lexicon.ts';
import type { ParsedQuestion, Segment } from '../parse-question.ts';
import { asTyped } from '../phrases.ts';
import { readSegment } from '../read-segment.ts';
import { formRules } from './form.ts';
import { multipleRule } from './multiple.ts';
import { notQuestionRule } from './not-question.ts';
import type { Evidence, Reading, Rule } from './reading.ts';
import { suggestiveRules } from './suggestive.ts';
import { whyBlameRule } from './why-blame.ts';

export type { Evidence } from './reading.ts';

/** Short forms read as the words they stand for ("q" → que); one word for one, so positions hold. */
const expanded = (s: Segment, lex: Lexicon): Segment =>
  s.words.some((w) => w in lex.abbreviations)
    ? { ...s, words: s.words.map((w) => lex.abbreviations[w] ?? w) }
    : s;

const rules: readonly Rule[] = [multipleRule, whyBlameRule, ...suggestiveRules, formRules, notQuestionRule];

export function collectEvidence(question: ParsedQuestion, context: QuestionContext): Evidence[] {
  const lex = question.lang === 'es' ? lexiconEs : lexiconEn;
  const read = question.segments.map((s) => expanded(s, lex));
  const q: ParsedQuestion = { ...question, segments: read, words: read.flatMap((s) => s.words) };
  const segments = read.map((s) => readSegment(s, lex, q.lang));
  const reading: Reading = { question: q, segments, units: segments.filter((s) => s.unit), lex, context };
  return rules.flatMap((rule) => rule(reading)).map((e) => shownAsTyped(e, question));
}

/** Reasons quote the officer's own words ("qué pasó"), not their folded form. */
function shownAsTyped(e: Evidence, q: ParsedQuestion): Evidence {
  const match = e.reason.match;
  if (match === undefined) return e;
  const shown = asTyped(q.words, q.typed, match);
  if (shown === match) return e;
  const { rule, es, en } = e.reason;
  const reason = {
    rule,
    es: es.replace(`«${match}`, `«${shown}`),
    en: en.replace(`"${match}`, `"${shown}`),
    match: shown,
  };
  return { ...e, reason };
}
