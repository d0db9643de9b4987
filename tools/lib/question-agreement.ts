/**
 * Agreement of the classifier with a labelled question set: the 7×7 confusion matrix
 * (rows: the label, columns: the classifier), agreement over the seven types, and on
 * recommended (invitation, directive) versus not.
 */
import type { Language } from '../../src/core/language.ts';
import { classifyQuestion } from '../../src/core/questions/classify.ts';
import {
  isRecommendedType,
  QUESTION_TYPES,
  type QuestionType,
} from '../../src/core/questions/question-type.ts';
import type { LabelledQuestion } from './question-set.ts';

export interface Miss {
  readonly id: string;
  readonly label: QuestionType;
  readonly got: QuestionType;
  readonly text: string;
}
export interface Agreement {
  readonly n: number;
  /** matrix[label][classified], in QUESTION_TYPES order. */
  readonly matrix: readonly (readonly number[])[];
  /** Share of questions given their label, 0..1. */
  readonly types: number;
  /** Share of questions on the right side of recommended vs not, 0..1. */
  readonly recommended: number;
  readonly unsure: number;
  readonly misses: readonly Miss[];
}

export function measureAgreement(rows: readonly LabelledQuestion[], lang: Language): Agreement {
  const matrix = QUESTION_TYPES.map(() => QUESTION_TYPES.map(() => 0));
  let same = 0;
  let sameSide = 0;
  let unsure = 0;
  const misses: Miss[] = [];
  for (const row of rows) {
    const c = classifyQuestion(row.text, { lang, undisclosed: row.undisclosed });
    const line = matrix[QUESTION_TYPES.indexOf(row.type)];
    if (line) line[QUESTION_TYPES.indexOf(c.type)] = (line[QUESTION_TYPES.indexOf(c.type)] ?? 0) + 1;
    if (c.type === row.type) same++;
    else misses.push({ id: row.id, label: row.type, got: c.type, text: row.text });
    if (isRecommendedType(c.type) === isRecommendedType(row.type)) sameSide++;
    if (c.unsure) unsure++;
  }
  const n = rows.length;
  return {
    n,
    matrix,
    types: n === 0 ? 0 : same / n,
    recommended: n === 0 ? 0 : sameSide / n,
    unsure,
    misses,
  };
}

const SHORT: Record<QuestionType, string> = {
  invitation: 'inv',
  directive: 'dir',
  option_posing: 'opt',
  suggestive: 'sug',
  why_blame: 'why',
  multiple: 'mul',
  not_question: 'not',
};

/** The matrix as text: one row per label, one column per classified type. */
export function formatMatrix(matrix: readonly (readonly number[])[]): string {
  const cells = (first: string, rest: readonly string[]) =>
    [first.padEnd(9), ...rest.map((c) => c.padStart(5))].join('');
  const head = cells(
    'label↓',
    QUESTION_TYPES.map((t) => SHORT[t]),
  );
  const lines = matrix.map((row, i) => cells(SHORT[QUESTION_TYPES[i] ?? 'invitation'], row.map(String)));
  return [head, ...lines].join('\n');
}

export const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;
