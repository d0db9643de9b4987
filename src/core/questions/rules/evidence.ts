/**
 * Runs the rules, in a fixed order, over a parsed question: each finds evidence (a weight
 * for one type, and a reason in Spanish and English).
 */
import type { QuestionContext } from '../classify.ts';
import { lexiconEn } from '../lexicon-en.ts';
import { lexiconEs } from '../lexicon-es.ts';
import type { ParsedQuestion } from '../parse-question.ts';
import { readSegment } from '../read-segment.ts';
import { formRules } from './form.ts';
import { multipleRule } from './multiple.ts';
import { notQuestionRule } from './not-question.ts';
import type { Evidence, Reading, Rule } from './reading.ts';
import { suggestiveRules } from './suggestive.ts';
import { whyBlameRule } from './why-blame.ts';

export type { Evidence } from './reading.ts';

const rules: readonly Rule[] = [multipleRule, whyBlameRule, ...suggestiveRules, formRules, notQuestionRule];

export function collectEvidence(question: ParsedQuestion, context: QuestionContext): Evidence[] {
  const lex = question.lang === 'es' ? lexiconEs : lexiconEn;
  const segments = question.segments.map((s) => readSegment(s, lex, question.lang));
  const reading: Reading = { question, segments, units: segments.filter((s) => s.unit), lex, context };
  return rules.flatMap((rule) => rule(reading));
}
