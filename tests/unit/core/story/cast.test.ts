import { describe, expect, it } from 'vitest';
import { parseCaseInfo } from '../../../../src/core/story/case-info.ts';
import { castOf, parseCastTag } from '../../../../src/core/story/cast.ts';
import { scanInkSource } from '../../../../src/core/story/ink-source.ts';
import { StoryRunner } from '../../../../src/core/story/story-runner.ts';
import { storyLine } from '../../../../src/core/story/line-tags.ts';
import { parseTag } from '../../../../src/core/story/tag-grammar.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const header = [
  'case: x',
  'title: T',
  'persona: tomas',
  'age: 7',
  'type: physical_punishment',
  'requires: register_report',
  'trust: 3',
  'distress: 5',
  'content_note: N',
  'lang: es',
];

describe('cast tags', () => {
  it('reads id, kind, gender and the name (which may hold a comma)', () => {
    expect(parseCastTag('tomas, child, boy, Tomás')).toEqual({
      ok: true,
      member: { id: 'tomas', kind: 'child', gender: 'male', name: 'Tomás' },
    });
    expect(parseCastTag('abuela, adult, woman, Doña Julia, abuela de Tomás')).toMatchObject({
      ok: true,
      member: { kind: 'adult', gender: 'female', name: 'Doña Julia, abuela de Tomás' },
    });
  });

  it.each([
    ['tomas, child, boy', /four fields/],
    ['Tomas, child, boy, Tomás', /snake_case/],
    ['tomas, baby, boy, Tomás', /child, adolescent or adult/],
    ['tomas, child, nino, Tomás', /girl, boy, woman or man/],
    ['carmen, adult, woman, Carmen', /already a built-in person/],
  ])('refuses %s', (value, message) => {
    const parsed = parseCastTag(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('lets a declared child be the persona, and refuses an undeclared one or an adult', () => {
    const declared = parseCaseInfo([...header, 'cast: tomas, child, boy, Tomás']);
    expect(declared.ok && declared.info.cast.map((m) => m.id)).toEqual(['tomas']);
    const undeclared = parseCaseInfo(header);
    expect(undeclared.ok).toBe(false);
    if (!undeclared.ok) expect(undeclared.errors.join()).toMatch(/'persona:tomas' is not a child/);
    const adult = parseCaseInfo([...header, 'cast: tomas, adult, man, Tomás']);
    expect(adult.ok).toBe(false);
    const twice = parseCaseInfo([
      ...header,
      'cast: tomas, child, boy, Tomás',
      'cast: tomas, child, boy, Tom',
    ]);
    expect(twice.ok).toBe(false);
  });

  it('keeps the built-in people available beside the declared ones', () => {
    const cast = castOf([{ id: 'tomas', kind: 'adolescent', gender: 'male', name: 'Tomás' }]);
    expect(cast.person('tomas')).toMatchObject({ kind: 'child', stage: 'adolescent', declared: true });
    expect(cast.person('carmen')?.kind).toBe('adult');
    expect(cast.person('nobody')).toBeUndefined();
  });

  it('reports a speaker neither declared nor built in at its line, also in an INCLUDEd file', () => {
    const main = scanInkSource(
      '# cast: tomas, child, boy, Tomás\nHola. # speaker:tomas\nOtro. # speaker:tio\n',
      true,
    );
    expect(main.problems).toEqual([
      { line: 3, message: expect.stringMatching(/unknown person 'tio'/) as string },
    ]);
    const included = scanInkSource('Hola. # speaker:tomas\n', false, main.cast);
    expect(included.problems).toEqual([]);
    expect(scanInkSource('Hola. # speaker:tomas\n', false).problems).toHaveLength(1);
  });

  it('plays a story with its own child and grandmother', () => {
    const runner = new StoryRunner({ json: fixtureJson('cast/tomas.ink') });
    const step = runner.start();
    expect(runner.info.persona).toBe('tomas');
    expect(step.lines.map((l) => l.speaker)).toEqual(['narrator', 'abuela', 'tomas']);
    expect(runner.cast.person('abuela')?.name.es).toBe('Abuela de Tomás');
  });
});

describe('presence tags', () => {
  it('lists people, or none, and checks every id against the cast', () => {
    const cast = castOf([{ id: 'abuela', kind: 'adult', gender: 'female', name: 'Abuela' }]);
    expect(parseTag('present: carmen, abuela', 'line', cast)).toEqual({
      ok: true,
      tag: { key: 'present', value: ['carmen', 'abuela'] },
    });
    expect(parseTag('present: none', 'line')).toEqual({ ok: true, tag: { key: 'present', value: [] } });
    expect(parseTag('held_by: none', 'line')).toEqual({ ok: true, tag: { key: 'held_by', value: '' } });
    expect(parseTag('arrives:abuela', 'line')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown person 'abuela'/) as string,
    });
    expect(parseTag('leaves: officer', 'line')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not drawn/) as string,
    });
    expect(parseTag('held_by: milagros', 'line')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/one adult/) as string,
    });
    expect(parseTag('present: carmen', 'global')).toMatchObject({ ok: false });
  });

  it('puts them on the story line', () => {
    const scan = scanInkSource('Entra. # arrives:colleague_m # leaves: carmen # held_by:lucy\n', false);
    expect(scan.problems).toEqual([]);
    expect(storyLine('Entra.', ['arrives:colleague_m', 'leaves: carmen', 'held_by:lucy'], 'x')).toMatchObject(
      {
        arrives: ['colleague_m'],
        leaves: ['carmen'],
        heldBy: 'lucy',
      },
    );
  });
});
