import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../src/core/record/make-record.ts';
import { playPath } from '../../../../src/core/record/play-path.ts';
import { verifyRecord } from '../../../../src/core/record/replay-record.ts';
import type { SessionRecord, TypedQuestion } from '../../../../src/core/record/session-record.ts';
import { storyHash } from '../../../../src/core/record/story-hash.ts';
import { CaseRun } from '../../../../src/core/run/case-run.ts';
import {
  classifyAt,
  optionForType,
  typedQuestionOf,
  typedQuestionProblems,
} from '../../../../src/core/run/typed-question.ts';
import { scanInkSource } from '../../../../src/core/story/ink-source.ts';
import { parseTag } from '../../../../src/core/story/tag-grammar.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const json = fixtureJson('typed/open.ink');

function started(): CaseRun {
  const run = new CaseRun({ json });
  run.start();
  return run;
}

function recordOf(choices: number[], typedQuestions: TypedQuestion[]): SessionRecord {
  return makeRecord({
    run: playPath({ json, choices }),
    recordId: 'r1',
    trainee: { name: 'Ana', code: 'C-01' },
    mode: 'practice',
    storyHash: storyHash(json),
    seed: 0,
    startedAt: 1000,
    endedAt: 2000,
    typedQuestions,
  });
}

describe('open decisions and typed questions', () => {
  it('reads open, undisclosed and disclosed from the line and q: from each option', () => {
    const step = started().step;
    expect(step.open).toEqual({ undisclosed: ['juguetes', 'papá'], disclosed: ['mamá', 'perrito'] });
    expect(step.options.map((o) => o.questionType ?? null)).toEqual([
      'invitation',
      'directive',
      'option_posing',
      'suggestive',
      'why_blame',
      'multiple',
      'not_question',
      null,
    ]);
  });

  it.each([
    ['Cuéntame todo lo que pasó en el mercado', 'invitation', 0],
    ['¿Dónde estaba tu mamá?', 'directive', 1],
    ['¿Viniste con tu mamá o con tu tía?', 'option_posing', 2],
    ['Te fuiste a ver los juguetes, ¿no?', 'suggestive', 3],
    ['¿Por qué te soltaste de tu mamá?', 'why_blame', 4],
    ['¿Cómo te llamas, dónde vives y con quién viniste?', 'multiple', 5],
    ['Aquí estás segura conmigo, tranquila.', 'not_question', 6],
  ])('"%s" is %s and takes option %i', (text, type, index) => {
    const step = started().step;
    const c = classifyAt(step, text, 'es');
    expect(c?.type).toBe(type);
    expect(optionForType(step, c!.type)?.index).toBe(index);
  });

  it('a word the child has not said makes a question suggestive only where it is declared', () => {
    const step = started().step;
    expect(classifyAt(step, '¿Te gustaron los juguetes?', 'es')?.type).toBe('suggestive');
    const closed = { ...step, open: undefined };
    expect(classifyAt(closed, '¿Te gustaron los juguetes?', 'es')).toBeUndefined();
  });

  it('rejects an open decision without every type, naming the missing ones', () => {
    const run = new CaseRun({ json: fixtureJson('typed/missing-type.ink') });
    expect(() => run.start()).toThrow(/open decision: two options with q:suggestive/);
  });

  it('checks the tags in the source: unknown type, said without open, q: off an option', () => {
    const text = [
      '# case: x',
      'Hola. # speaker:narrator # undisclosed: juguetes',
      '+ [Hola. #do:neutral #q:invitaton]',
      'Hola. # speaker:narrator # open # disclosed: mamá',
    ].join('\n');
    const problems = scanInkSource(text, true).problems;
    expect(problems).toEqual([
      { line: 2, message: expect.stringContaining("put them on the same line as '# open'") as string },
      { line: 3, message: expect.stringContaining("unknown question type 'invitaton'") as string },
    ]);
    expect(parseTag('q:invitation', 'line')).toMatchObject({ ok: false });
    expect(parseTag('open', 'option')).toMatchObject({ ok: false });
    expect(parseTag('open: yes', 'line')).toMatchObject({ ok: false });
  });
});

describe('replaying typed questions', () => {
  const typed = (text: string, index: number): [number[], TypedQuestion[]] => {
    const step = started().step;
    const c = classifyAt(step, text, 'es')!;
    expect(optionForType(step, c.type)?.index).toBe(index);
    return [[index, 0], [typedQuestionOf(step, c, c.type)]];
  };

  it('re-classifies each typed question to the same option and says it proved it', () => {
    const [choices, questions] = typed('Te fuiste a ver los juguetes, ¿no?', 3);
    const result = verifyRecord(recordOf(choices, questions), json);
    expect(result).toMatchObject({ status: 'match' });
    expect(result.status === 'match' && result.proven).toContain('typedQuestions');
  });

  it('reports a typed text that now reads as another type, naming both classifier versions', () => {
    const [choices, questions] = typed('Te fuiste a ver los juguetes, ¿no?', 3);
    const older = questions.map((q) => ({
      ...q,
      classifierVersion: 'q0.9.0',
      text: '¿Dónde estaba tu mamá?',
    }));
    const result = verifyRecord(recordOf(choices, older), json);
    expect(result.status).toBe('mismatch');
    expect(result.status === 'mismatch' && result.differences).toEqual([
      expect.stringMatching(
        /step 0 .*the classifier changed: q\d+\.\d+\.\d+ reads it as directive \(option 1\), where q0\.9\.0, .* read suggestive/,
      ),
    ]);
  });

  it('reports a choice that is not the option of the stated type', () => {
    const [, questions] = typed('¿Por qué te soltaste de tu mamá?', 4);
    const result = verifyRecord(recordOf([2, 0], questions), json);
    expect(result.status === 'mismatch' && result.differences[0]).toMatch(
      /a question of type why_blame takes option 4, the record chose 2/,
    );
  });

  it('accepts the trainee’s pick only among the likeliest two of an unsure reading', () => {
    const step = started().step;
    const c = classifyAt(step, '¿Por qué te soltaste de tu mamá?', 'es')!;
    const picked = { ...typedQuestionOf(step, c, 'not_question') };
    expect(typedQuestionProblems(step, picked, 6, 'es')[0]).toMatch(/and the trainee picked not_question/);
  });
});
