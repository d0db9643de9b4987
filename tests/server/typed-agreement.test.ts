import { describe, expect, it } from 'vitest';
import {
  agreementByVersion,
  typedAgreement,
  type CodedQuestion,
} from '../../server/dashboard/typed-agreement.ts';
import type { QuestionType } from '../../src/core/questions/question-type.ts';

const q = (classified: QuestionType, instructor: QuestionType | null = null): CodedQuestion => ({
  classified,
  instructor,
});
const times = (n: number, x: CodedQuestion) => Array.from({ length: n }, () => x);

describe('typedAgreement: the classifier against its instructors', () => {
  it('counts questions and re-codings; with none re-coded there is no rate', () => {
    const a = typedAgreement([q('invitation'), q('directive')]);
    expect(a).toEqual({
      questions: 2,
      recoded: 0,
      sevenTypes: { agree: 0, of: 0, rate: null },
      recommended: { agree: 0, of: 0, rate: null },
      kappa: null,
      confusions: [],
    });
  });

  it('over seven types and on recommended vs not, over the re-coded questions only', () => {
    const a = typedAgreement([
      ...times(6, q('invitation', 'invitation')),
      ...times(2, q('invitation', 'directive')), // same side: both recommended
      ...times(3, q('directive', 'suggestive')), // other side
      q('option_posing', 'option_posing'),
      q('suggestive', 'option_posing'), // same side: both not recommended
      ...times(5, q('not_question')), // not re-coded
    ]);
    expect(a.questions).toBe(18);
    expect(a.recoded).toBe(13);
    expect(a.sevenTypes).toEqual({ agree: 7, of: 13, rate: 7 / 13 });
    expect(a.recommended).toEqual({ agree: 10, of: 13, rate: 10 / 13 });
    expect(a.confusions).toEqual([
      { classifier: 'directive', instructor: 'suggestive', count: 3 },
      { classifier: 'invitation', instructor: 'directive', count: 2 },
      { classifier: 'suggestive', instructor: 'option_posing', count: 1 },
    ]);
  });

  it("Cohen's kappa: 1 when all agree over two types, 0 at chance, negative below it", () => {
    expect(typedAgreement([q('invitation', 'invitation'), q('why_blame', 'why_blame')]).kappa).toBe(1);
    // Classifier half invitation, instructor half invitation, independent: observed 0.5 = chance 0.5.
    const chance = typedAgreement([
      q('invitation', 'invitation'),
      q('invitation', 'directive'),
      q('directive', 'invitation'),
      q('directive', 'directive'),
    ]);
    expect(chance.kappa).toBeCloseTo(0, 10);
    expect(typedAgreement([q('invitation', 'directive'), q('directive', 'invitation')]).kappa).toBeCloseTo(
      -1,
      10,
    );
    // Everything one type on both sides: chance agreement is total, kappa undefined.
    expect(typedAgreement([q('multiple', 'multiple')]).kappa).toBeNull();
  });

  it('keeps the most frequent disagreements, ties in the order of the types', () => {
    const a = typedAgreement(
      [
        q('why_blame', 'suggestive'),
        q('invitation', 'multiple'),
        q('invitation', 'directive'),
        q('not_question', 'invitation'),
        q('not_question', 'invitation'),
      ],
      3,
    );
    expect(a.confusions.map((c) => [c.classifier, c.instructor, c.count])).toEqual([
      ['not_question', 'invitation', 2],
      ['invitation', 'directive', 1],
      ['invitation', 'multiple', 1],
    ]);
  });

  it('per classifier version, the newest version first (numeric order)', () => {
    const v = (version: string, c: QuestionType, i: QuestionType | null) => ({ ...q(c, i), version });
    const by = agreementByVersion([
      v('q1.9.0', 'invitation', 'directive'),
      v('q1.10.0', 'invitation', 'invitation'),
      v('q1.10.0', 'suggestive', null),
      v('q1.9.0', 'directive', 'directive'),
    ]);
    expect(
      by.map((b) => [b.version, b.agreement.questions, b.agreement.recoded, b.agreement.sevenTypes.rate]),
    ).toEqual([
      ['q1.10.0', 2, 1, 1],
      ['q1.9.0', 2, 2, 0.5],
    ]);
  });
});
