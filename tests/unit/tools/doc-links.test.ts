import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every document of the repository points only inside it: a link or a quoted path names a
 * file that is here, never a folder beside the repository (`../shared`, `shared/…`).
 */
const root = resolve(import.meta.dirname, '..', '..', '..');
const skipped = new Set([
  'node_modules',
  'dist',
  'dist-scorm',
  '.git',
  'coverage',
  'test-results',
  '.bench',
  'data',
]);

function documents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skipped.has(e.name)) return [];
    const full = join(dir, e.name);
    if (e.isDirectory()) return documents(full);
    return e.name.endsWith('.md') ? [relative(root, full)] : [];
  });
}

const docs = documents(root).sort();

/** Link targets of a Markdown text: [text](target), ![alt](target), <img src="target">. */
function linkTargets(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  const images = [...text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  return [...links, ...images];
}

/** Paths quoted as code (`src/ui/app.ts`, `migrations/`), without placeholders or build outputs. */
function quotedPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());
  return spans.filter(
    (s) => /^\w[\w.-]*\/[\w./-]*$/.test(s) && !skipped.has(s.split('/')[0]!) && !/CASE_ID/.test(s),
  );
}

/** A quoted path names something from the repository's root or from the document's folder. */
const pathExists = (doc: string, path: string) =>
  [root, join(root, dirname(doc))].some((base) => existsSync(join(base, path.replace(/\/$/, ''))));

/** A folder beside the repository, or the design notes that live there. */
const outsidePattern =
  /(^|[^\w])\.\.\/shared\b|(^|[\s`(["'])shared\/|\/work\/|design\/(ARCHITECTURE|STYLE|STACK)\.md/;

const isExternal = (target: string) => /^(https?:|mailto:)/.test(target);

describe('documents of the repository point only inside it', () => {
  it('finds the documents', () => {
    expect(docs).toEqual(
      expect.arrayContaining(['README.md', 'stories/README.md', 'server/README.md', 'docs/reference/es.md']),
    );
  });

  it.each(docs)('%s: every relative link names a file of the repository', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const broken = linkTargets(text)
      .filter((t) => !isExternal(t) && !t.startsWith('#'))
      .filter((t) => {
        const full = resolve(root, dirname(doc), decodeURI(t.replace(/#.*$/, '')));
        return relative(root, full).startsWith('..') || !existsSync(full);
      });
    expect(broken).toEqual([]);
  });

  it.each(docs)('%s: every quoted path names a file or folder of the repository', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const missing = quotedPaths(text).filter((p) => !pathExists(doc, p));
    expect(missing).toEqual([]);
  });

  it.each(docs)('%s: names no folder beside the repository (../shared, shared/…)', (doc) => {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    const outside = lines
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text }) => outsidePattern.test(text));
    expect(outside).toEqual([]);
  });
});

describe('the link checks can fail', () => {
  it('catches a missing file, a path outside and a shared/ path', () => {
    expect(linkTargets('see [x](../shared/design/STYLE.md) and ![y](docs/nothing.png)')).toEqual([
      '../shared/design/STYLE.md',
      'docs/nothing.png',
    ]);
    expect(quotedPaths('edit `src/core/story/characters.ts`, not `stories/<case_id>/es.ink`')).toEqual([
      'src/core/story/characters.ts',
    ]);
    expect(pathExists('server/dashboard/README.md', 'migrations/002_dashboard.sql')).toBe(false);
    expect(pathExists('server/README.md', 'migrations/002_dashboard.sql')).toBe(true);
    for (const bad of [
      'read ../shared/design/STYLE.md',
      'see `shared/design/ARCHITECTURE.md`',
      'design/STACK.md',
    ])
      expect(outsidePattern.test(bad), bad).toBe(true);
    for (const good of ['INCLUDE ../_shared/es/helplines.ink', '`stories/_shared/en/`'])
      expect(outsidePattern.test(good), good).toBe(false);
  });
});
