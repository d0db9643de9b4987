/**
 * Does a question name something the child has not said? Light stemming so that the
 * forms an officer types match the story's words: diminutives and plurals in Spanish
 * ("vecinito" → vecino, "cuartitos" → cuarto), verb endings ("tocó", "tocaba" →
 * tocar; "touched" → touch).
 */
import type { Language } from '../language.ts';
import { fold, wordsOf } from './parse-question.ts';

const DIMINUTIVE_ES = /(?:ecit|cit|it|ill)(?:o|a|os|as)$/;

/** A Spanish noun's base: no diminutive, no plural, no final gender vowel. */
function baseEs(word: string): string {
  let w = word;
  const small = w.replace(DIMINUTIVE_ES, '');
  if (small !== w && small.length >= 3) w = small;
  const single = w.replace(/(?:es|s)$/, '');
  if (single !== w && single.length >= 3) w = single;
  const root = w.replace(/[aeo]$/, '');
  return root.length >= 3 ? root : w;
}

function baseEn(word: string): string {
  const w = word.replace(/'s$/, '');
  if (w.length > 4) return w.replace(/(?:ing|ed|es|s)$/, '');
  return w;
}

const VERB_END_ES = /^(?:[aeiou][a-z]{0,5}|ue[a-z]{0,3})$/;
const VERB_END_EN = /^(?:|s|es|ed|d|ing|er)$/;

/** Spanish stems that change spelling before e: toc-ar → toqu-é, peg-ar → pegu-é, amenaz-ar → amenac-é. */
const spellings = (stem: string): string[] => {
  if (stem.endsWith('c')) return [stem, stem.slice(0, -1) + 'qu'];
  if (stem.endsWith('g')) return [stem, stem + 'u'];
  if (stem.endsWith('z')) return [stem, stem.slice(0, -1) + 'c'];
  return [stem];
};

function matchesWord(term: string, word: string, lang: Language): boolean {
  if (term === word) return true;
  if (lang === 'es') {
    if (/(?:ar|er|ir)$/.test(term) && term.length >= 5) {
      const stems = spellings(term.slice(0, -2));
      if (stems.some((s) => word.startsWith(s) && VERB_END_ES.test(word.slice(s.length)))) return true;
    }
    return baseEs(term) === baseEs(word);
  }
  if (word.startsWith(term) && VERB_END_EN.test(word.slice(term.length))) return true;
  return baseEn(term) === baseEn(word);
}

export interface Mention {
  readonly term: string;
  readonly word: string;
}

/** The first term (in the story's order) that the words name, with the word that named it. */
export function findMention(
  terms: readonly string[],
  words: readonly string[],
  lang: Language,
): Mention | undefined {
  for (const term of terms) {
    const parts = wordsOf(fold(term));
    if (parts.length === 0) continue;
    const found = parts.map((p) => words.find((w) => matchesWord(p, w, lang)));
    if (found.every((w) => w !== undefined)) return { term: term.trim(), word: found.join(' ') };
  }
  return undefined;
}
