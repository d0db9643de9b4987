import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recodingsTsv, tsvField, type TypedQuestionRow } from '../../server/dashboard/typed-questions.ts';
import { undisclosedAlong, undisclosedOfStep } from '../../server/dashboard/typed-undisclosed.ts';
import type { StoryStep } from '../../src/core/story/story-step.ts';
import { storyJson } from './support/class-fixture.ts';

const row = (over: Partial<TypedQuestionRow>): TypedQuestionRow => ({
  recordId: 'rec-1',
  step: 2,
  caseId: 'theft_16',
  language: 'es',
  mode: 'practice',
  trainee: { id: 't', name: 'Rosa', code: '1' },
  endedAt: 0,
  text: '¿Qué pasó?',
  classifierVersion: 'q1',
  classified: 'directive',
  chosen: 'directive',
  recoding: { type: 'invitation', comment: '', author: 'ana', at: 0 },
  ...over,
});

/** Read back as the labelled set's reader does: tab-separated, no quote character. */
const read = (tsv: string) =>
  Papa.parse<Record<string, string>>(tsv, {
    header: true,
    delimiter: '\t',
    quoteChar: '\u0000',
    skipEmptyLines: true,
  });

describe('the re-codings as labelled data', () => {
  it('one field per cell: whitespace runs become a space, a leading formula sign is dropped, quotes stay', () => {
    expect(tsvField('  ¿Y\tdespués?\r\n¿qué  pasó?  ')).toBe('¿Y después? ¿qué pasó?');
    expect(tsvField('=HYPERLINK("x")')).toBe('HYPERLINK("x")');
    expect(tsvField('- @¿y luego?')).toBe('¿y luego?');
    expect(tsvField('Dijo "ya" nomás')).toBe('Dijo "ya" nomás');
  });

  it('only re-coded questions, with the undisclosed words of their decision, split instructor', () => {
    const tsv = recodingsTsv(
      [
        row({
          text: 'Te tocó, ¿no? "dime"',
          recoding: { type: 'suggestive', comment: 'x', author: 'a', at: 1 },
        }),
        row({ step: 3, recoding: null }),
        row({ recordId: 'rec 2/ü', language: 'en', text: 'What happened?', step: 0 }),
      ],
      (r) => (r.recordId === 'rec-1' ? ['tocar', 'cuarto\t', 'a,b'] : []),
    );
    const parsed = read(tsv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      {
        id: 'es-i-rec-1-2',
        type: 'suggestive',
        undisclosed: 'tocar,cuarto,a b',
        text: 'Te tocó, ¿no? "dime"',
        split: 'instructor',
      },
      {
        id: 'en-i-rec_2__-0',
        type: 'invitation',
        undisclosed: '',
        text: 'What happened?',
        split: 'instructor',
      },
    ]);
    expect(recodingsTsv([])).toBe('id\ttype\tundisclosed\ttext\tsplit\n');
  });

  it("reads an open decision's undisclosed words from the step; a story without open decisions gives none", () => {
    const step: StoryStep = { index: 4, lines: [], options: [], isEnd: false };
    expect(undisclosedOfStep(step)).toEqual([]);
    expect(
      undisclosedOfStep({ ...step, open: { undisclosed: ['vecino', 'cuarto'], disclosed: [] } }),
    ).toEqual(['vecino', 'cuarto']);
    const json = storyJson('theft_16');
    expect(undisclosedAlong(json, [0, 0], 1).size).toBe(0);
    expect(undisclosedAlong(json, [99], 1).size).toBe(0);
  });
});
