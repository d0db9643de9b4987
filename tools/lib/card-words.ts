import type { CaseInfo } from '../../src/core/story/case-info.ts';
import type { Cast } from '../../src/core/story/cast.ts';
import type { InkIssue } from './compile-ink.ts';
import type { SourceTree } from './source-tree.ts';

/** Words on a case card that say the child's gender (nouns, and the participles cards use). */
const genderWords = {
  female: [
    'niña',
    'niñas',
    'chica',
    'muchacha',
    'hija',
    'nena',
    'extraviada',
    'perdida',
    'desaparecida',
    'detenida',
    'encontrada',
    'girl',
    'daughter',
  ],
  male: [
    'niño',
    'chico',
    'muchacho',
    'hijo',
    'nene',
    'extraviado',
    'perdido',
    'desaparecido',
    'detenido',
    'encontrado',
    'boy',
    'son',
  ],
} as const;
/** Words that say the child is an adolescent, or a small child. */
const adolescentWords = ['adolescente', 'adolescent', 'teen', 'teenager', 'teenage', 'quinceañera'];
const smallChildWords = ['niña', 'niño', 'nena', 'nene', 'pequeña', 'pequeño', 'little'];

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * The case card's title and summary against the case's child: a word of the other gender is an
 * error ("Niña extraviada" for a boy); a word of another age (an "adolescente" of 8, a "niña" of
 * 15) is a warning. Reported at the line of the tag.
 */
export function cardWordIssues(file: string, tree: SourceTree, info: CaseInfo, cast: Cast): InkIssue[] {
  const child = cast.person(info.persona);
  if (!child) return [];
  const stage = child.stage ?? (info.age >= 12 ? 'adolescent' : 'child');
  const issues: InkIssue[] = [];
  const globals = tree.items.filter((i) => i.kind === 'global' && i.file === tree.items[0]?.file);
  for (const key of ['title', 'summary'] as const) {
    const at = globals.find((g) => g.tags.some((t) => t.startsWith(`${key}:`)));
    const text = key === 'title' ? info.title : info.summary;
    if (!at) continue;
    const words = wordsOf(text);
    const other =
      child.gender === 'male' ? genderWords.female : child.gender === 'female' ? genderWords.male : [];
    const wrongGender = words.filter((w) => (other as readonly string[]).includes(w));
    const wrongAge = words.filter((w) => (stage === 'child' ? adolescentWords : smallChildWords).includes(w));
    const place = { file: at.file, line: at.line };
    for (const w of wrongGender) {
      issues.push({
        level: 'error',
        ...place,
        message: `'${key}:' says '${w}', but '${info.persona}' is a ${child.gender === 'male' ? 'boy' : 'girl'}`,
      });
    }
    for (const w of wrongAge) {
      issues.push({
        level: 'warning',
        ...place,
        message: `'${key}:' says '${w}', but '${info.persona}' is ${stage === 'child' ? 'a child' : 'an adolescent'} (age ${info.age})`,
      });
    }
  }
  return issues;
}
