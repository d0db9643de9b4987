/**
 * Normalises a typed question for matching: lowercase, accents folded (ñ → n too),
 * curly quotes and apostrophes made plain, repeated punctuation collapsed, ¿ and ¡
 * read as sentence starts; then words and the sentences they form.
 */
import type { Language } from '../language.ts';

export interface Segment {
  /** The words of this sentence, folded. */
  readonly words: readonly string[];
  /** It ends with ? or starts with ¿. */
  readonly asked: boolean;
}
export interface ParsedQuestion {
  readonly lang: Language;
  readonly text: string;
  /** Folded text, single spaces, punctuation kept. */
  readonly folded: string;
  readonly words: readonly string[];
  readonly segments: readonly Segment[];
  /** Question marks after collapsing runs ("??" counts once); ¿ alone counts when no ? closes it. */
  readonly asks: number;
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
export const wordsOf = (folded: string): string[] => folded.match(WORD) ?? [];

function segmentsOf(folded: string): Segment[] {
  const out: Segment[] = [];
  // a piece runs up to and including its closing mark; ¿ / ¡ open a new piece
  const pieces = folded.split(/(?<=[?.!;:\n])|(?=[¿¡])/);
  for (const piece of pieces) {
    const words = wordsOf(piece);
    if (words.length === 0) {
      if (piece.includes('?') && out.length > 0) {
        const last = out[out.length - 1];
        if (last) out[out.length - 1] = { words: last.words, asked: true };
      }
      continue;
    }
    out.push({ words, asked: /\?\s*$/.test(piece) || /^\s*¿/.test(piece) });
  }
  return out;
}

export function parseQuestion(text: string, lang: Language): ParsedQuestion {
  const folded = fold(text)
    .replace(/([?!.¿¡])\1+/g, '$1')
    .replace(/\?[!.]+|[!.]+\?/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
  const segments = segmentsOf(folded);
  const closes = (folded.match(/\?/g) ?? []).length;
  const opens = (folded.match(/¿/g) ?? []).length;
  return {
    lang,
    text,
    folded,
    words: wordsOf(folded),
    segments,
    asks: Math.max(closes, opens),
  };
}
