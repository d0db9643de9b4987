import type { Language } from '../core/language.ts';
import { en } from './en.ts';
import { es, type Strings } from './es.ts';

const tables: Readonly<Record<Language, Strings>> = { es, en };

/** The interface strings of a language. */
export function stringsFor(lang: Language): Strings {
  return tables[lang];
}

export type { Strings };
