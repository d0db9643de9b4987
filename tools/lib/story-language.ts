import type { InkIssue } from './compile-ink.ts';

/** Short words that are frequent in one language and rare in the other. */
const stopWords = {
  es: new Set(
    'el la los las un una de del que y en por con para se su sus no es está están lo le les al muy pero como más ya qué quién dónde cuándo cómo porque mamá niña niño señora señor usted tú te me mi yo ella él hay sí'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the a an of that and in on for with to is are was were it its not this you your he she her his they them there what who where when how why because mum mother girl boy madam sir i me my yes do does did'.split(
      ' ',
    ),
  ),
} as const;

export type StoryLanguage = keyof typeof stopWords;

/** The words of an ink source's text: no comments, tags, logic lines, knot names or diverts. */
export function proseWords(source: string): string[] {
  const words: string[] = [];
  for (const raw of source.replace(/\/\*[\s\S]*?\*\//g, ' ').split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (/^(~|=|VAR |CONST |INCLUDE |EXTERNAL |LIST )/.test(line)) continue;
    const text = line
      .replace(/#[^#\]]*/g, ' ') // tags
      .replace(/->\s*[\w.]+(\s*->)?/g, ' ') // diverts and tunnels
      .replace(/\{[^}]*\}/g, ' ') // conditions and inline logic
      .replace(/^[*+\-\s]+(\([^)]*\))?/, ' '); // option and gather marks, labels
    words.push(...(text.toLowerCase().match(/\p{L}+/gu) ?? []));
  }
  return words;
}

/** Per language, the share of the text's words that are its stop words. */
export function languageShares(words: readonly string[]): Record<StoryLanguage, number> {
  const count = (lang: StoryLanguage) => words.filter((w) => stopWords[lang].has(w)).length;
  const total = Math.max(1, words.length);
  return { es: count('es') / total, en: count('en') / total };
}

/**
 * A story file named for one language whose text reads as the other: an error at line 1
 * (say, an en.ink still written in Spanish). Texts under 40 words are not judged.
 */
export function languageIssues(file: string, lang: StoryLanguage, source: string): InkIssue[] {
  const words = proseWords(source);
  if (words.length < 40) return [];
  const shares = languageShares(words);
  const other: StoryLanguage = lang === 'es' ? 'en' : 'es';
  if (shares[other] <= shares[lang]) return [];
  const names = { es: 'Spanish', en: 'English' };
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  return [
    {
      level: 'error',
      file,
      line: 1,
      message: `${file.split('/').pop()} reads as ${names[other]}, not ${names[lang]} (common words: ${names[other]} ${pct(shares[other])}, ${names[lang]} ${pct(shares[lang])}): translate it, or check the file name`,
    },
  ];
}
