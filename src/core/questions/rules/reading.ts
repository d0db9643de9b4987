/** What every rule reads: the parsed question, each sentence's reading, the lexicon and the context. */
import type { QuestionContext, QuestionReason } from '../classify.ts';
import type { Lexicon } from '../lexicon.ts';
import type { ParsedQuestion } from '../parse-question.ts';
import type { QuestionType } from '../question-type.ts';
import type { SegmentReading } from '../read-segment.ts';

export interface Reading {
  readonly question: ParsedQuestion;
  readonly segments: readonly SegmentReading[];
  /** The sentences that ask something of their own. */
  readonly units: readonly SegmentReading[];
  readonly lex: Lexicon;
  readonly context: QuestionContext;
}

export interface Evidence {
  readonly type: QuestionType;
  readonly weight: number;
  readonly reason: QuestionReason;
}

export type Rule = (reading: Reading) => Evidence[];

export const evidence = (
  type: QuestionType,
  weight: number,
  rule: string,
  es: string,
  en: string,
  match?: string,
): Evidence => ({ type, weight, reason: match === undefined ? { rule, es, en } : { rule, es, en, match } });
