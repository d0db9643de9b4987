import {
  isRecommendedType,
  QUESTION_TYPES,
  type QuestionType,
} from '../../src/core/questions/question-type.ts';

/** One typed question as the agreement sees it: the classifier's reading and, once re-coded, the instructor's. */
export interface CodedQuestion {
  readonly classified: QuestionType;
  readonly instructor: QuestionType | null;
}

/** Agreeing re-codings out of all re-codings; `rate` is a share 0..1 (null with none). */
export interface Share {
  readonly agree: number;
  readonly of: number;
  readonly rate: number | null;
}

/** A disagreement and how often it happened: the classifier read `classifier`, the instructor said `instructor`. */
export interface Confusion {
  readonly classifier: QuestionType;
  readonly instructor: QuestionType;
  readonly count: number;
}

export interface Agreement {
  /** Typed questions in the set. */
  readonly questions: number;
  /** Of them, re-coded by an instructor. */
  readonly recoded: number;
  /** Same type, over the seven types. */
  readonly sevenTypes: Share;
  /** Same side of recommended (invitation, directive) vs not recommended. */
  readonly recommended: Share;
  /** Cohen's kappa over the seven types (chance-corrected); null with no re-coding or when chance agreement is total. */
  readonly kappa: number | null;
  /** The most frequent disagreements, most frequent first (ties in the order of QUESTION_TYPES). */
  readonly confusions: readonly Confusion[];
}

const share = (agree: number, of: number): Share => ({ agree, of, rate: of === 0 ? null : agree / of });

/**
 * The classifier's agreement with its instructors over the re-coded questions: a question
 * not yet re-coded counts in `questions` only. A re-coding that confirms the classifier
 * counts as agreement.
 */
export function typedAgreement(questions: readonly CodedQuestion[], topConfusions = 5): Agreement {
  const pairs = questions.flatMap((q) =>
    q.instructor ? [{ classified: q.classified, instructor: q.instructor }] : [],
  );
  let same = 0;
  let sameSide = 0;
  const counts = new Map<string, number>();
  const byClassifier = new Map<QuestionType, number>();
  const byInstructor = new Map<QuestionType, number>();
  for (const p of pairs) {
    if (p.classified === p.instructor) same++;
    else {
      const key = `${p.classified}>${p.instructor}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (isRecommendedType(p.classified) === isRecommendedType(p.instructor)) sameSide++;
    byClassifier.set(p.classified, (byClassifier.get(p.classified) ?? 0) + 1);
    byInstructor.set(p.instructor, (byInstructor.get(p.instructor) ?? 0) + 1);
  }
  const n = pairs.length;
  let kappa: number | null = null;
  if (n > 0) {
    const observed = same / n;
    const chance = QUESTION_TYPES.reduce(
      (sum, t) => sum + ((byClassifier.get(t) ?? 0) / n) * ((byInstructor.get(t) ?? 0) / n),
      0,
    );
    kappa = chance === 1 ? null : (observed - chance) / (1 - chance);
  }
  const order = (t: QuestionType) => QUESTION_TYPES.indexOf(t);
  const confusions = [...counts]
    .map(([key, count]) => {
      const [classifier, instructor] = key.split('>') as [QuestionType, QuestionType];
      return { classifier, instructor, count };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        order(a.classifier) - order(b.classifier) ||
        order(a.instructor) - order(b.instructor),
    )
    .slice(0, topConfusions);
  return {
    questions: questions.length,
    recoded: n,
    sevenTypes: share(same, n),
    recommended: share(sameSide, n),
    kappa,
    confusions,
  };
}

/** A class's agreement: over all its typed questions, and for each classifier version. */
export interface ClassAgreement extends Agreement {
  readonly byVersion: readonly { readonly version: string; readonly agreement: Agreement }[];
}

/** The agreement of each classifier version the questions were read with, newest-looking version first. */
export function agreementByVersion(
  questions: readonly (CodedQuestion & { readonly version: string })[],
): { readonly version: string; readonly agreement: Agreement }[] {
  const groups = new Map<string, CodedQuestion[]>();
  for (const q of questions) groups.set(q.version, [...(groups.get(q.version) ?? []), q]);
  return [...groups]
    .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }))
    .map(([version, qs]) => ({ version, agreement: typedAgreement(qs) }));
}
