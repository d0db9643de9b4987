import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The folder a story's INCLUDEs must stay inside: the nearest enclosing folder named
 * `stories` (so a case may include `../_shared/…`), or the story's own folder when it
 * lives elsewhere.
 */
export function includeRootOf(mainFile: string): string {
  const start = dirname(resolve(mainFile));
  for (let dir = start; ; dir = dirname(dir)) {
    if (dir.split(sep).pop() === 'stories') return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** Whether `full` lies inside `root` (not the root itself, not outside through `..`). */
export function isInside(root: string, full: string): boolean {
  const rel = relative(root, full);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export type InkText = { readonly text: string } | { readonly problem: string; readonly line: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An .ink file's text; bytes that are not UTF-8 are a problem at their line, not a garbled story. */
export function readInkText(full: string): InkText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    return { problem: 'cannot read file', line: 0 };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // decoded leniently, the first replacement character marks the first bad byte
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    return {
      problem: 'bytes that are not UTF-8 (save the file as UTF-8 in the editor)',
      line,
    };
  }
}

/** The line of `INCLUDE name` in an ink text (1-based), or 0. */
export function includeLine(text: string, name: string): number {
  const at = text
    .split(/\r?\n/)
    .findIndex((l) => /^\s*INCLUDE\s+/.test(l) && l.trim().slice(7).trim() === name);
  return at + 1;
}

export const outsideMessage = (name: string) =>
  `INCLUDE ${name} is outside the stories folder: a story may include only files under stories/`;
