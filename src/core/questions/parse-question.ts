/**
 * Normalises a typed question for matching: lowercase, accents folded (ñ → n too),
 * curly quotes and apostrophes made plain, repeated punctuation collapsed, ¿ and ¡
 * read as sentence starts; then the words and the sentences they form. Each word
 * remembers whether it was typed with an accent ("cómo" asks, "como" compares).
 */
import type { Language } from '../language.ts';

export interface Segment {
  /** The sentence as typed, folded. */
  readonly text: string;
  /** Its words, folded. */
  readonly words: readonly string[];
  /** Its words as typed (lowercase, accents kept), for showing in reasons. */
  readonly typed: readonly string[];
  /** For each word: it carried an acute accent (qué, cómo, dónde…). */
  readonly accented: readonly boolean[];
  /** For each word: a comma came right before it. */
  readonly afterComma: readonly boolean[];
  /** It ends with ? or starts with ¿. */
  readonly asked: boolean;
}
export interface ParsedQuestion {
  readonly lang: Language;
  readonly text: string;
  /** Folded text, single spaces, punctuation kept. */
  readonly folded: string;
  readonly words: readonly string[];
  readonly typed: readonly string[];
  readonly segments: readonly Segment[];
}

const ACCENTS = /[\u0300-\u036f]/g;
export const fold = (text: string): string => text.normalize('NFD').replace(ACCENTS, '').toLowerCase();

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const WORD_OR_COMMA = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|,/gu;
const ACUTE = /[áéíóú]/;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/([?!.¿¡,])\1+/g, '$1')
    .replace(/\?[!.]+|[!.]+\?/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
}

function segmentOf(piece: string): Segment {
  const typed: string[] = [];
  const afterComma: boolean[] = [];
  let comma = false;
  for (const token of piece.match(WORD_OR_COMMA) ?? []) {
    if (token === ',') comma = true;
    else {
      typed.push(token);
      afterComma.push(comma);
      comma = false;
    }
  }
  return {
    text: fold(piece).trim(),
    words: typed.map(fold),
    typed,
    accented: typed.map((w) => ACUTE.test(w)),
    afterComma,
    asked: /\?\s*$/.test(piece) || /^\s*¿/.test(piece),
  };
}

function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  // a piece runs up to and including its closing mark; ¿ / ¡ open a new piece
  for (const piece of text.split(/(?<=[?.!;:\n])|(?=[¿¡])/)) {
    const segment = segmentOf(piece);
    const last = out[out.length - 1];
    if (segment.words.length > 0) out.push(segment);
    else if (segment.asked && last) out[out.length - 1] = { ...last, asked: true };
  }
  return out;
}

export function parseQuestion(text: string, lang: Language): ParsedQuestion {
  const tidied = tidy(text);
  const segments = segmentsOf(tidied);
  return {
    lang,
    text,
    folded: fold(tidied),
    words: segments.flatMap((s) => s.words),
    typed: segments.flatMap((s) => s.typed),
    segments,
  };
}
