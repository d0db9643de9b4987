import { dirname, relative, resolve } from 'node:path';
import type { Cast } from '../../src/core/story/cast.ts';
import { scanInkSource, type SourceItem } from '../../src/core/story/ink-source.ts';
import type { InkIssue } from './compile-ink.ts';
import { includeRootOf, isInside, outsideMessage, readInkText } from './ink-files.ts';

/** A source item with the file it comes from (a main file and its INCLUDEs, flattened in order). */
export interface LocatedItem extends SourceItem {
  readonly file: string;
}

export interface SourceTree {
  readonly items: readonly LocatedItem[];
  readonly issues: readonly InkIssue[];
  readonly variables: ReadonlySet<string>;
}

const display = (cwd: string, full: string) => {
  const rel = relative(cwd, full);
  return rel && !rel.startsWith('..') ? rel : full;
};

/** Scans a main .ink file and, in order, every file it INCLUDEs (paths relative to the main file). */
export function scanSourceTree(mainFile: string, cwd = process.cwd()): SourceTree {
  const main = resolve(cwd, mainFile);
  const root = dirname(main);
  const includeRoot = includeRootOf(main);
  const items: LocatedItem[] = [];
  const issues: InkIssue[] = [];
  const variables = new Set<string>();
  const seen = new Set<string>();
  const walk = (full: string, isMain: boolean, cast?: Cast) => {
    if (seen.has(full)) return;
    seen.add(full);
    const read = readInkText(full);
    if ('problem' in read) return; // the compiler reports unreadable files and bytes that are not UTF-8
    const text = read.text;
    const file = display(cwd, full);
    const scanned = scanInkSource(text, isMain, cast);
    scanned.variables.forEach((v) => variables.add(v));
    for (const p of scanned.problems) issues.push({ level: 'error', file, line: p.line, message: p.message });
    for (const item of scanned.items) items.push({ ...item, file });
    for (const inc of scanned.includes) {
      const target = resolve(root, inc.path);
      if (isInside(includeRoot, target)) walk(target, false, scanned.cast);
      else issues.push({ level: 'error', file, line: inc.line, message: outsideMessage(inc.path) });
    }
  };
  walk(main, true);
  return { items, issues, variables };
}

/** The line where a knot (or knot.stitch) is defined, to locate runtime problems. */
export function locateInkPath(
  tree: SourceTree,
  inkPath: string | undefined,
): { file: string; line: number } | undefined {
  if (!inkPath) return undefined;
  const [knot, stitch] = inkPath.split('.');
  const k = tree.items.find((i) => i.kind === 'knot' && i.name === knot);
  if (!k) return undefined;
  if (stitch) {
    const after = tree.items.slice(tree.items.indexOf(k) + 1);
    const s = after.find((i) => i.kind === 'stitch' && i.name === stitch && i.file === k.file);
    if (s) return { file: s.file, line: s.line };
  }
  return { file: k.file, line: k.line };
}
