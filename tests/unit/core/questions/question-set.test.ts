import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/core/language.ts';
import { fold, wordsOf } from '../../../../src/core/questions/parse-question.ts';
import { QUESTION_TYPES } from '../../../../src/core/questions/question-type.ts';
import { measureAgreement } from '../../../../tools/lib/question-agreement.ts';
import { parseQuestionSet, readQuestionSet, SPLITS } from '../../../../tools/lib/question-set.ts';

const MIN_ROWS = { es: 400, en: 200 } as const;
const MIN_PER_TYPE = { es: 25, en: 12 } as const;

describe.each(languages)('the labelled question set, %s', (lang) => {
  const rows = readQuestionSet(lang);

  it('parses, with enough questions of every type', () => {
    expect(rows.length).toBeGreaterThanOrEqual(MIN_ROWS[lang]);
    for (const type of QUESTION_TYPES)
      expect(rows.filter((r) => r.type === type).length, type).toBeGreaterThanOrEqual(MIN_PER_TYPE[lang]);
  });

  it('has unique ids, and no question in both splits', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const key = (text: string) => wordsOf(fold(text)).join(' ');
    const dev = new Set(rows.filter((r) => r.split === 'dev').map((r) => key(r.text)));
    expect(rows.filter((r) => r.split === 'heldout' && dev.has(key(r.text))).map((r) => r.id)).toEqual([]);
  });

  it('holds out at least 30 % of every type, and every type is in each split', () => {
    for (const type of QUESTION_TYPES) {
      const ofType = rows.filter((r) => r.type === type);
      for (const split of SPLITS)
        expect(
          ofType.some((r) => r.split === split),
          `${type} ${split}`,
        ).toBe(true);
      const heldout = ofType.filter((r) => r.split === 'heldout').length;
      expect(heldout / ofType.length, type).toBeGreaterThanOrEqual(0.3);
    }
  });

  // Measured for q1.1.0 on the held-out split (see data/questions/README.md): es 97.6 % over
  // seven types and 98.1 % recommended vs not; en 98.1 % and 98.1 %. The floors sit a little
  // below; the targets are 80 % and 90 %.
  it('agrees with the held-out labels: ≥ 93 % over seven types, ≥ 95 % recommended vs not', () => {
    const a = measureAgreement(
      rows.filter((r) => r.split === 'heldout'),
      lang,
    );
    expect(a.n).toBeGreaterThan(60);
    expect(a.types, JSON.stringify(a.misses)).toBeGreaterThanOrEqual(0.93);
    expect(a.recommended, JSON.stringify(a.misses)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('parseQuestionSet', () => {
  const header = 'id\ttype\tundisclosed\ttext\tsplit\n';

  it('reads the columns and the comma-separated undisclosed words', () => {
    const rows = parseQuestionSet(`${header}x1\tsuggestive\tvecino, cuarto\t"¿Fue el vecino?"\theldout\n`);
    expect(rows).toEqual([
      {
        id: 'x1',
        type: 'suggestive',
        undisclosed: ['vecino', 'cuarto'],
        text: '"¿Fue el vecino?"',
        split: 'heldout',
      },
    ]);
  });

  it('names the line of a bad row', () => {
    expect(() => parseQuestionSet(`${header}x1\tleading\t\t¿Sí?\tdev\n`, 'q.tsv')).toThrow(
      "q.tsv:2: unknown type 'leading'",
    );
    expect(() => parseQuestionSet(`${header}x1\tdirective\t\t¿Dónde?\ttest\n`, 'q.tsv')).toThrow(
      'q.tsv:2: split must be dev or heldout',
    );
    expect(() => parseQuestionSet('id\ttype\ttext\nx\tdirective\t¿Dónde?\n', 'q.tsv')).toThrow(
      'missing column(s) undisclosed, split',
    );
  });
});
