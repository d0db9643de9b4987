/**
 * Classifies a typed interview question into one of the seven question types, with
 * reasons in Spanish and English. Rules over the text and the decision's context (what
 * the child has not said yet): deterministic, no clock, no network; browser and Node.
 */
import type { Language } from '../language.ts';
import { parseQuestion } from './parse-question.ts';
import { QUESTION_TYPES, type QuestionType } from './question-type.ts';
import { collectEvidence, type Evidence } from './rules/evidence.ts';

/** Bump whenever a rule, a lexicon or a weight changes: records store it, replays compare it. */
export const CLASSIFIER_VERSION = 'q1.1.0';

export interface QuestionContext {
  lang: Language;
  /** What the child has not said yet at this decision: naming it makes a question suggestive. */
  undisclosed?: readonly string[];
  /** What the child has already said (optional; a directive about it stays a directive). */
  disclosed?: readonly string[];
}
export interface QuestionReason {
  rule: string;
  es: string;
  en: string;
  match?: string;
}
export interface QuestionReading {
  type: QuestionType;
  confidence: number;
  reasons: QuestionReason[];
}
export interface Classification extends QuestionReading {
  text: string;
  version: string;
  /** The other readings with any evidence, likeliest first (always at least the second likeliest). */
  alternatives: QuestionReading[];
  /** The top two readings are close, or the top one is weak: ask the trainee which one was meant. */
  unsure: boolean;
}

/** Scores become likelihoods through a softmax of this sharpness. */
const SHARPNESS = 1.6;
const UNSURE_BELOW = 0.6;
const UNSURE_MARGIN = 0.4;

/** On a tie the less recommended reading comes first: no credit for an ambiguous question. */
const TIE_ORDER: readonly QuestionType[] = [
  'multiple',
  'why_blame',
  'suggestive',
  'option_posing',
  'directive',
  'invitation',
  'not_question',
];

const round = (x: number) => Math.round(x * 1000) / 1000;

function readings(evidence: readonly Evidence[]): QuestionReading[] {
  const score = new Map<QuestionType, number>(QUESTION_TYPES.map((t) => [t, 0]));
  const reasons = new Map<QuestionType, QuestionReason[]>(QUESTION_TYPES.map((t) => [t, []]));
  for (const e of evidence) {
    score.set(e.type, (score.get(e.type) ?? 0) + e.weight);
    reasons.get(e.type)?.push(e.reason);
  }
  const exp = QUESTION_TYPES.map((t) => Math.exp(SHARPNESS * (score.get(t) ?? 0)));
  const total = exp.reduce((a, b) => a + b, 0);
  return QUESTION_TYPES.map((type, i) => ({
    type,
    confidence: round((exp[i] ?? 0) / total),
    reasons: reasons.get(type) ?? [],
    score: score.get(type) ?? 0,
  }))
    .sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.type) - TIE_ORDER.indexOf(b.type))
    .map(({ type, confidence, reasons: r }) => ({ type, confidence, reasons: r }));
}

export function classifyQuestion(text: string, context: QuestionContext): Classification {
  const question = parseQuestion(text, context.lang);
  const ranked = readings(collectEvidence(question, context));
  const [top, ...rest] = ranked as [QuestionReading, ...QuestionReading[]];
  const alternatives = rest.filter((r, i) => i === 0 || r.reasons.length > 0);
  const second = alternatives[0]?.confidence ?? 0;
  return {
    text,
    version: CLASSIFIER_VERSION,
    type: top.type,
    confidence: top.confidence,
    reasons: top.reasons,
    alternatives,
    unsure: top.confidence < UNSURE_BELOW || top.confidence - second < UNSURE_MARGIN,
  };
}
