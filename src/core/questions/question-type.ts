/**
 * The seven question types of issue 15, from the interview-guide categories: the two
 * recommended ones (open invitations, wh- directives about what the child already said)
 * and the ones that lead, pressure or confuse a child.
 */
export const QUESTION_TYPES = [
  'invitation',
  'directive',
  'option_posing',
  'suggestive',
  'why_blame',
  'multiple',
  'not_question',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export function isQuestionType(x: unknown): x is QuestionType {
  return typeof x === 'string' && (QUESTION_TYPES as readonly string[]).includes(x);
}

/** Invitations and directives are the recommended questions; everything else is not. */
export function isRecommendedType(t: QuestionType): boolean {
  return t === 'invitation' || t === 'directive';
}
