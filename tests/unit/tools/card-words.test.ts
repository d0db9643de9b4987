import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseInfo } from '../../../src/core/story/case-info.ts';
import { characters } from '../../../src/core/story/characters.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import {
  builtInChildGender,
  cardWordIssues,
  contradictingWords,
  statedAges,
} from '../../../tools/lib/card-words.ts';
import { checkStoryFile } from '../../../tools/lib/check-story.ts';
import { formatIssue } from '../../../tools/lib/compile-ink.ts';
import { createCase } from '../../../tools/lib/new-case.ts';
import { scanSourceTree } from '../../../tools/lib/source-tree.ts';

describe('card words against the child', () => {
  it('finds a word of the other gender only where the text has none of its own', () => {
    expect(contradictingWords('Niña extraviada', 'boy')).toEqual(['niña']);
    expect(contradictingWords('A lost girl in the market', 'boy')).toEqual(['girl']);
    expect(contradictingWords('Un chico de trece años que chatea con una chica', 'boy')).toEqual([]);
    expect(contradictingWords('Un niño de diez años', 'girl')).toEqual(['niño']);
    expect(contradictingWords('Niña extraviada', 'girl')).toEqual([]);
  });

  it('reads the ages a text gives its child, in words or digits, in both languages', () => {
    expect(statedAges('Una niña de unos cinco años perdida')).toEqual([5]);
    expect(statedAges('Un adolescente de dieciséis años detenido')).toEqual([16]);
    expect(statedAges('An eight-year-old girl has told her teacher')).toEqual([8]);
    expect(statedAges('Un niño de 10 años')).toEqual([10]);
    expect(statedAges('con un DNI que dice que tiene 19 años')).toEqual([]);
  });

  it('the case type shown on every card names no girl or boy (a lost boy is not a "niña extraviada")', () => {
    for (const strings of [es, en])
      for (const label of Object.values(strings.caseTypes)) {
        expect(contradictingWords(label, 'boy'), label).toEqual([]);
        expect(contradictingWords(label, 'girl'), label).toEqual([]);
      }
  });

  it('knows the gender of every built-in child', () => {
    const children = characters.filter((c) => c.kind === 'child').map((c) => c.id);
    expect(Object.keys(builtInChildGender).sort()).toEqual([...children].sort());
  });

  it('finds nothing to say about the built-in cases', () => {
    const cases = readdirSync('stories', { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !d.name.startsWith('_'),
    );
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases)
      for (const lang of ['es', 'en']) {
        const file = join('stories', c.name, `${lang}.ink`);
        const tree = scanSourceTree(file);
        const globals = tree.items.filter((i) => i.kind === 'global' && i.file === tree.items[0]?.file);
        const parsed = parseCaseInfo(globals.flatMap((g) => g.tags));
        if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
        expect(cardWordIssues(file, tree, parsed.info), file).toEqual([]);
      }
  });
});

describe('check:stories reports a case card that contradicts its child', () => {
  it('"Niña extraviada" for a boy, and a wrong age, at the line of the tag', () => {
    const stories = join(mkdtempSync(join(tmpdir(), 'pc-card-')), 'stories');
    const [es] = createCase(stories, 'lost_boy_10');
    const text = readFileSync(es!, 'utf8')
      .replace(/^# title: .*$/m, '# title: Niña extraviada')
      .replace('Un niño de diez años llega solo', 'Un niño de nueve años llega solo');
    writeFileSync(es!, text);
    const lines = text.split('\n');
    const titleLine = lines.findIndex((l) => l.startsWith('# title:')) + 1;
    const noteLine = lines.findIndex((l) => l.startsWith('# content_note:')) + 1;
    const { issues } = checkStoryFile(es!);
    expect(issues.map(formatIssue)).toEqual([
      `${es}:${titleLine}: 'title:' says "niña", but 'jhon' is un niño`,
      `${es}:${noteLine}: 'content_note:' gives the child's age as 9, but 'age:' is 10`,
    ]);
    expect(issues.map((i) => i.level)).toEqual(['error', 'error']);
  });
});
