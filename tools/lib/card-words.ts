import type { CaseInfo } from '../../src/core/story/case-info.ts';
import type { InkIssue } from './compile-ink.ts';
import type { SourceTree } from './source-tree.ts';

/** The child's gender as the card's words must agree with it. */
export type ChildGender = 'girl' | 'boy';

/**
 * The gender of each built-in child. A person declared in the story (`# cast:`) brings its
 * own; pass it to `cardWordIssues`.
 */
export const builtInChildGender: Readonly<Record<string, ChildGender>> = {
  milagros: 'girl',
  jhon: 'boy',
  ana_lucia: 'girl',
  yesenia: 'girl',
  diego: 'boy',
  kevin: 'boy',
  rosa: 'girl',
  yanet: 'girl',
};

/** Words naming a child of one gender, each with its counterpart: [girl, boy]. */
const wordPairs: readonly (readonly [string, string])[] = [
  ['niña', 'niño'],
  ['chica', 'chico'],
  ['muchacha', 'muchacho'],
  ['hija', 'hijo'],
  ['nieta', 'nieto'],
  ['girl', 'boy'],
  ['daughter', 'son'],
  ['granddaughter', 'grandson'],
];

/** Number words up to 17, in both languages, with their value. */
const numberWords: ReadonlyMap<string, number> = new Map(
  [
    'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete',
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
  ].flatMap((list) => list.split(' ').map((word, n) => [word, n] as const)),
);
const childNouns = 'niña|niño|adolescente|chica|chico|muchacha|muchacho|girl|boy|teenager|child';

/** The ages a text gives its child: "niña de (unos) ocho años", "an eight-year-old girl", "de 8 años". */
export function statedAges(text: string): number[] {
  const number = (word: string) =>
    /^\d+$/.test(word) ? Number(word) : (numberWords.get(word.toLowerCase()) ?? -1);
  const ages: number[] = [];
  const es = new RegExp(`\\b(?:${childNouns}) de (?:unos |casi )?(\\p{L}+|\\d+) años`, 'giu');
  const en = new RegExp(`\\b(\\p{L}+|\\d+)-year-old (?:${childNouns})\\b`, 'giu');
  for (const m of [...text.matchAll(es), ...text.matchAll(en)]) {
    const n = number(m[1]!);
    if (n >= 0) ages.push(n);
  }
  return ages;
}

/** Words of the other gender in a text that has none of its own: "Niña extraviada" for a boy. */
export function contradictingWords(text: string, gender: ChildGender): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const own = gender === 'girl' ? 0 : 1;
  return wordPairs
    .filter((pair) => words.has(pair[1 - own]!) && !words.has(pair[own]))
    .map((pair) => pair[1 - own]!);
}

/**
 * The case card's words (title, summary, content note) against the case's child: a word
 * of the other gender, or an age that is not `age:`, is an error at the tag's line.
 */
export function cardWordIssues(
  file: string,
  tree: SourceTree,
  info: CaseInfo,
  gender: ChildGender | undefined = builtInChildGender[info.persona],
): InkIssue[] {
  const lineOf = (key: string) =>
    tree.items.find((i) => i.kind === 'global' && i.tags.some((t) => t.trim().startsWith(`${key}:`)))?.line ??
    1;
  const fields = [
    { key: 'title', text: info.title },
    { key: 'summary', text: info.summary === info.title ? '' : info.summary },
    { key: 'content_note', text: info.contentNote },
  ];
  const issues: InkIssue[] = [];
  for (const { key, text } of fields) {
    const at = { level: 'error' as const, file, line: lineOf(key) };
    for (const word of gender ? contradictingWords(text, gender) : []) {
      const who = gender === 'girl' ? { es: 'una niña', en: 'a girl' } : { es: 'un niño', en: 'a boy' };
      issues.push({ ...at, message: `'${key}:' says "${word}", but '${info.persona}' is ${who[info.lang]}` });
    }
    for (const age of statedAges(text).filter((a) => a !== info.age)) {
      issues.push({ ...at, message: `'${key}:' gives the child's age as ${age}, but 'age:' is ${info.age}` });
    }
  }
  return issues;
}
