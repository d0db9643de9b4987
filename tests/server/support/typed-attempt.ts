import type { Attempt } from '../../../tools/lib/bench-server-attempts.ts';
import type { QuestionType } from '../../../src/core/questions/question-type.ts';
import type { TypedQuestion } from '../../../src/core/record/session-record.ts';

/**
 * An attempt whose record states questions typed at the given steps (classifier version
 * `q-test`, the trainee's pick = the classifier's reading): a record as the trainee's side
 * of issue 15 makes it, for the instructor's side to read.
 */
export function withTypedQuestions(
  a: Attempt,
  questions: readonly { step: number; text: string; classified: QuestionType }[],
): Attempt {
  const typedQuestions: TypedQuestion[] = questions.map((q) => ({
    step: q.step,
    text: q.text,
    classifierVersion: 'q-test',
    classified: q.classified,
    type: q.classified,
  }));
  return { ...a, record: { ...a.record, typedQuestions } };
}
