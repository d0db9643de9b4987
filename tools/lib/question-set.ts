/**
 * The labelled question set, data/questions/<lang>.tsv: columns id, type, undisclosed
 * (comma-separated words the child has not said), text, split (dev: the rules may be
 * written from it; heldout: never tuned against). Read with papaparse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Language } from '../../src/core/language.ts';
import { isQuestionType, type QuestionType } from '../../src/core/questions/question-type.ts';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface LabelledQuestion {
  readonly id: string;
  readonly type: QuestionType;
  readonly undisclosed: readonly string[];
  readonly text: string;
  readonly split: Split;
}

const COLUMNS = ['id', 'type', 'undisclosed', 'text', 'split'] as const;

export const questionSetPath = (lang: Language, root = process.cwd()): string =>
  join(root, 'data', 'questions', `${lang}.tsv`);

/** Parses the TSV text; a malformed row is an error naming its line. */
export function parseQuestionSet(tsv: string, source = 'questions.tsv'): LabelledQuestion[] {
  const parsed = Papa.parse<Record<string, string>>(tsv, {
    header: true,
    delimiter: '\t',
    quoteChar: '\u0000',
    skipEmptyLines: true,
  });
  const first = parsed.errors[0];
  if (first) throw new Error(`${source}:${(first.row ?? 0) + 2}: ${first.message}`);
  const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0) throw new Error(`${source}: missing column(s) ${missing.join(', ')}`);
  return parsed.data.map((row, i) => {
    const where = `${source}:${i + 2}`;
    const type = row.type ?? '';
    const split = row.split ?? '';
    if (!isQuestionType(type)) throw new Error(`${where}: unknown type '${type}'`);
    if (split !== 'dev' && split !== 'heldout') throw new Error(`${where}: split must be dev or heldout`);
    const text = (row.text ?? '').trim();
    if (text === '' || !row.id) throw new Error(`${where}: empty id or text`);
    const undisclosed = (row.undisclosed ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w !== '');
    return { id: row.id, type, undisclosed, text, split };
  });
}

export function readQuestionSet(lang: Language, root?: string): LabelledQuestion[] {
  const path = questionSetPath(lang, root);
  return parseQuestionSet(readFileSync(path, 'utf8'), `data/questions/${lang}.tsv`);
}
