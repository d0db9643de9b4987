/** Matching folded phrases ("a ver", "no es cierto") against a sentence's words. */

const cache = new Map<string, readonly string[]>();
const partsOf = (phrase: string): readonly string[] => {
  let parts = cache.get(phrase);
  if (!parts) {
    parts = phrase.split(' ');
    cache.set(phrase, parts);
  }
  return parts;
};

/** Whether the phrase's words sit at `at` in `words`. */
export function phraseAt(words: readonly string[], phrase: string, at: number): boolean {
  const parts = partsOf(phrase);
  if (at < 0 || at + parts.length > words.length) return false;
  return parts.every((p, i) => words[at + i] === p);
}

/** The longest phrase of the list that sits at `at`. */
export function longestAt(
  words: readonly string[],
  phrases: readonly string[],
  at: number,
): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases)
    if (phraseAt(words, phrase, at) && (!best || partsOf(phrase).length > partsOf(best).length))
      best = phrase;
  return best;
}

export interface Found {
  readonly phrase: string;
  readonly at: number;
}

/** The first place (longest phrase there) where any phrase of the list occurs. */
export function findPhrase(
  words: readonly string[],
  phrases: readonly string[],
  from = 0,
): Found | undefined {
  for (let at = from; at < words.length; at++) {
    const phrase = longestAt(words, phrases, at);
    if (phrase) return { phrase, at };
  }
  return undefined;
}

export const phraseLength = (phrase: string): number => partsOf(phrase).length;

/** The whole list of words is one of the phrases. */
export const isPhrase = (words: readonly string[], phrases: readonly string[]): boolean =>
  phrases.some((p) => phraseLength(p) === words.length && phraseAt(words, p, 0));

/** A folded phrase as the officer typed it ("que paso" → "qué pasó"), or as given when not found. */
export function asTyped(words: readonly string[], typed: readonly string[], phrase: string): string {
  const found = findPhrase(words, [phrase]);
  if (!found) return phrase;
  return typed.slice(found.at, found.at + phraseLength(phrase)).join(' ');
}
