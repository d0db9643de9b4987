import type { Language } from '../../src/core/language.ts';
import type { Localized } from '../../src/core/protocol/localized.ts';

/** The text of a localized value in one language. */
export const say = (lang: Language, text: Localized): string => text[lang];

/** A quotation, with the marks of the language (as the debrief quotes them). */
export const quote = (lang: Language, text: string): string => (lang === 'es' ? `«${text}»` : `“${text}”`);

/** Inline code. */
export const code = (text: string): string => `\`${text}\``;

/** A list in words: "a, b o c" / "a, b or c". */
export function list(lang: Language, items: readonly string[], conjunction?: Localized): string {
  const word = conjunction ? conjunction[lang] : lang === 'es' ? 'o' : 'or';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** "y" / "and". */
export const and: Localized = { es: 'y', en: 'and' };

/** A standard id that links to its entry in section 2. */
export const standardLink = (id: string): string => `[${id}](#${id.toLowerCase()})`;

/** An action id that links to its row in section 3. */
export const actionLink = (id: string): string => `[${code(id)}](#action-${id})`;

/** A situation id that links to its row in section 5. */
export const situationLink = (id: string): string => `[${code(id)}](#situation-${id})`;

/** A context rule (C1…) that links to its entry in section 4. */
export const contextLink = (id: string): string => `[${id}](#${id.toLowerCase()})`;

/** A rule number that links to its row in section 4. */
export const ruleLink = (n: number): string => `[R${n}](#r${n})`;

/** An anchor to link to. */
export const anchor = (id: string): string => `<a id="${id}"></a>`;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A Markdown table in the compact style of the project's README. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)];
}

/** Lines joined into one document: blank lines between blocks, one final newline. */
export function joinBlocks(blocks: readonly (readonly string[])[]): string {
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
