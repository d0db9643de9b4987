import Papa from 'papaparse';
import type { QuestionType } from '../../src/core/questions/question-type.ts';
import type { AttemptFacts } from './attempt-facts.ts';
import type { TraineeName } from './overview.ts';
import { questionKey, type Recoding } from './typed-store.ts';

/** One typed question of a class, as the dashboard lists it. */
export interface TypedQuestionRow {
  readonly recordId: string;
  readonly step: number;
  readonly caseId: string;
  readonly language: string;
  readonly mode: string;
  readonly trainee: { readonly id: string; readonly name: string; readonly code: string };
  readonly endedAt: number;
  readonly text: string;
  readonly classifierVersion: string;
  /** What the classifier read first. */
  readonly classified: QuestionType;
  /** The type the trainee's choice was made by (the classifier's, or their pick when it was unsure). */
  readonly chosen: QuestionType;
  /** The current re-coding by an instructor; null when not re-coded yet. */
  readonly recoding: Omit<Recoding, 'recordId' | 'step'> | null;
}

/** Every typed question of the attempts, newest attempt first, in step order within one. */
export function typedQuestionRows(
  attempts: readonly AttemptFacts[],
  trainees: readonly TraineeName[],
  recodings: ReadonlyMap<string, Recoding>,
): TypedQuestionRow[] {
  const who = new Map(trainees.map((t) => [t.id, t]));
  const rows: TypedQuestionRow[] = [];
  for (const a of [...attempts].sort((x, y) => y.endedAt - x.endedAt || (x.recordId < y.recordId ? -1 : 1))) {
    const t = who.get(a.traineeId);
    for (const q of [...(a.typedQuestions ?? [])].sort((x, y) => x.step - y.step)) {
      const r = recodings.get(questionKey(a.recordId, q.step));
      rows.push({
        recordId: a.recordId,
        step: q.step,
        caseId: a.caseId,
        language: a.language,
        mode: a.mode,
        trainee: { id: a.traineeId, name: t?.name ?? '', code: t?.code ?? '' },
        endedAt: a.endedAt,
        text: q.text,
        classifierVersion: q.classifierVersion,
        classified: q.classified,
        chosen: q.type,
        recoding: r ? { type: r.type, comment: r.comment, author: r.author, at: r.at } : null,
      });
    }
  }
  return rows;
}

/** The columns of the classifier's labelled set (data/questions/<lang>.tsv). */
export const labelledColumns = ['id', 'type', 'undisclosed', 'text', 'split'] as const;

/**
 * A field the labelled set's reader takes as it is (tab-separated, no quoting): whitespace
 * runs, tabs and line breaks become one space; a leading = + - @ (a formula to a
 * spreadsheet) is dropped.
 */
export const tsvField = (s: string): string =>
  s
    .replace(/[\s\u0000]+/g, ' ')
    .trim()
    .replace(/^(?:[=+\-@]\s*)+/, '');

/**
 * The re-coded questions as labelled data, in the labelled set's TSV format: id
 * `<language>-i-<record>-<step>`, the instructor's type, `undisclosed` (what the child had
 * not said at that decision, comma-separated, as `undisclosed` gives it), the text, split
 * `instructor`. Written by papaparse with tab delimiters and no quote character, as the
 * set's reader reads it.
 */
export function recodingsTsv(
  rows: readonly TypedQuestionRow[],
  undisclosed: (row: TypedQuestionRow) => readonly string[] = () => [],
): string {
  const data = rows
    .filter((r) => r.recoding && tsvField(r.text) !== '')
    .map((r) => [
      `${r.language}-i-${r.recordId.replace(/[^\w.-]/g, '_')}-${r.step}`,
      r.recoding!.type,
      undisclosed(r)
        .map((w) => tsvField(w).replaceAll(',', ' '))
        .filter((w) => w !== '')
        .join(','),
      tsvField(r.text),
      'instructor',
    ]);
  const text = Papa.unparse(
    { fields: [...labelledColumns], data },
    { delimiter: '\t', newline: '\n', quoteChar: '\u0000', quotes: false },
  );
  return text.endsWith('\n') ? text : `${text}\n`;
}
