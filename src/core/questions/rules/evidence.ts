/**
 * Evidence: what each rule found in a question, as a weight for one type and a reason
 * that explains itself in Spanish and English. The rules are run in a fixed order.
 */
import type { QuestionContext, QuestionReason } from '../classify.ts';
import type { ParsedQuestion } from '../parse-question.ts';
import type { QuestionType } from '../question-type.ts';

export interface Evidence {
  readonly type: QuestionType;
  readonly weight: number;
  readonly reason: QuestionReason;
}
export type Rule = (q: ParsedQuestion, context: QuestionContext) => Evidence[];

const rules: Rule[] = [];

export function collectEvidence(q: ParsedQuestion, context: QuestionContext): Evidence[] {
  const found = rules.flatMap((rule) => rule(q, context));
  if (found.length > 0) return found;
  return [
    {
      type: q.asks > 0 ? 'option_posing' : 'not_question',
      weight: 0.5,
      reason: {
        rule: 'fallback',
        es: q.asks > 0 ? 'pregunta sin otra señal: se responde sí o no' : 'no es una pregunta',
        en: q.asks > 0 ? 'a question with no other sign: answered yes or no' : 'not a question',
      },
    },
  ];
}
