import { describe, expect, it } from 'vitest';
import { scanInkSource } from '../../../../src/core/story/ink-source.ts';
import { parseTag } from '../../../../src/core/story/tag-grammar.ts';

describe('tag grammar', () => {
  it('parses each key in its place', () => {
    expect(parseTag('do:assess_risk', 'option')).toEqual({
      ok: true,
      tag: { key: 'do', value: 'assess_risk' },
    });
    expect(parseTag(' mood: scared ', 'line')).toEqual({ ok: true, tag: { key: 'mood', value: 'scared' } });
    expect(parseTag('case: lost_child_5', 'global')).toEqual({
      ok: true,
      tag: { key: 'case', value: 'lost_child_5', global: true },
    });
  });

  it.each([
    ['do:assess_risk', 'line', /not on an option/],
    ['speaker:milagros', 'option', /belongs on a line/],
    ['title:X', 'line', /global tag/],
    ['mood:furious', 'line', /unknown mood 'furious'/],
    ['scene:roof', 'line', /unknown scene/],
    ['sfx:siren', 'line', /unknown sound effect/],
    ['ambient:rain', 'line', /unknown ambient/],
    ['phase:lunch', 'line', /unknown phase/],
    ['speaker:batman', 'line', /unknown person 'batman'/],
    ['event:alien_arrives', 'line', /unknown situation/],
    ['ending:happy', 'line', /unknown ending kind/],
    ['ending:Protected', 'line', /snake_case/],
    ['colour:red', 'line', /unknown tag key 'colour'/],
    ['nonsense', 'line', /not of the form key:value/],
    ['mood:', 'line', /has no value/],
  ] as const)('%s on a %s is an error', (raw, place, message) => {
    const result = parseTag(raw, place);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('ink source scan', () => {
  it('finds a do: tag written after the closing bracket, with its line', () => {
    const scan = scanInkSource('Hola.\n+ [Ir.] #do:neutral\n-> END', false);
    expect(scan.problems).toEqual([
      { line: 2, message: expect.stringMatching(/after the closing bracket/) as string },
    ]);
  });

  it('accepts tags inside the brackets and ignores commented-out lines', () => {
    const scan = scanInkSource(
      '// + [Old option]\n+ [Ir. #do:neutral] Listo. # mood:calm\n/* + [x] */\n-> END',
      false,
    );
    expect(scan.problems).toEqual([]);
    expect(scan.items).toEqual([
      { kind: 'option', line: 2, tags: ['do:neutral'] },
      { kind: 'line', line: 2, tags: ['mood:calm'] },
    ]);
  });

  it('reads global tags, variables, includes, knots and stitches', () => {
    const scan = scanInkSource(
      '# case: x\n# lang: es\nINCLUDE a.ink\nVAR trust = 3\n=== first ===\n= part\nHola.\n=== function f ===\n~ return 1',
      true,
    );
    expect(scan.items.map((i) => `${i.kind}:${i.name ?? i.tags.join(',')}:${i.line}`)).toEqual([
      'global:case: x:1',
      'global:lang: es:2',
      'knot:first:5',
      'stitch:part:6',
      'knot:f:8',
    ]);
    expect(scan.includes).toEqual([{ line: 3, path: 'a.ink' }]);
    expect([...scan.variables]).toEqual(['trust']);
  });
});
