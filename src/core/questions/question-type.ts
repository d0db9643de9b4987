/** The kinds of question an interviewer can ask, as the interview guides sort them. */
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

/** Open invitations and wh- questions about what the child already said are the recommended kinds. */
export function isRecommendedType(t: QuestionType): boolean {
  return t === 'invitation' || t === 'directive';
}
