import type { InkIssue } from './compile-ink.ts';
import type { LocatedItem, SourceTree } from './source-tree.ts';

/** Tags whose values are text in the file's own language, so they may differ. */
const translatedGlobals = new Set(['title', 'content_note', 'summary', 'lang']);
/** Line tags whose values are words in the file's own language (what the child has or has not said). */
const translatedLineTags = new Set(['undisclosed', 'disclosed']);

function signature(item: LocatedItem): string {
  const tags = item.tags
    .map((t) => {
      const key = t.slice(0, t.indexOf(':')).trim();
      if (item.kind === 'global' && key === 'cast')
        return t.split(',').slice(0, 3).join(',').replace(/\s+/g, ''); // the name is translated
      if (item.kind === 'line' && translatedLineTags.has(key)) return key;
      return item.kind === 'global' && translatedGlobals.has(key) ? key : t.replace(/\s+/g, '');
    })
    .join(' #');
  return `${item.kind}${item.name ? ` ${item.name}` : ''}${tags ? ` #${tags}` : ''}`;
}

/**
 * Compares two languages of one case: the same knots and stitches, the same options in
 * the same places, the same tags (only titles and content notes are translated).
 */
export function parityIssues(primary: SourceTree, other: SourceTree): InkIssue[] {
  const a = primary.items;
  const b = other.items;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && signature(x) === signature(y)) continue;
    const where = y ?? b[b.length - 1];
    const text = `not parallel to ${x ? `${x.file}:${x.line} (${signature(x)})` : 'the end of the primary story'}: found ${y ? signature(y) : 'the end of the story'}`;
    return [{ level: 'error', file: where?.file ?? '?', line: where?.line ?? 0, message: text }];
  }
  return [];
}
