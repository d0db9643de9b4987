import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCaseInfo, type CaseInfo } from '../../src/core/story/case-info.ts';
import type { Plugin } from 'vite';
import { compileInk, formatIssue } from './compile-ink.ts';
import { ownDrawingFiles } from './own-drawings.ts';
import { scanSourceTree } from './source-tree.ts';

/**
 * `import storyJson, { hash } from './x.ink'` gives the compiled story JSON and its SHA-256 (hex), in dev (with hot
 * reload of the file and its INCLUDEs), in the build and in Vitest. A compile error or
 * a tag-grammar error fails the build with `file:line: message`.
 */
const caseIndexId = 'virtual:case-index';
const extraStoriesId = 'virtual:extra-stories';
const extraStoryPrefix = 'pc-extra-story:';
const storiesDir = resolve(import.meta.dirname, '..', '..', 'stories');

/**
 * `PC_EXTRA_STORIES=DIR` adds the case folders under DIR to the built-in ones (for a fixture
 * case in the end-to-end tests, or an author's cases kept elsewhere); read when the plugin is made.
 */
function extraStoriesDir(): string | undefined {
  const dir = process.env.PC_EXTRA_STORIES;
  return dir ? resolve(dir) : undefined;
}

const caseFolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();

/** The extra cases' stories, each its own chunk, by `caseId/lang`. */
function extraStories(dir: string | undefined): string {
  const entries = (dir ? caseFolders(dir) : []).flatMap((caseId) =>
    ['es', 'en']
      .filter((lang) => existsSync(join(dir ?? '', caseId, `${lang}.ink`)))
      .map(
        (lang) =>
          `  ${JSON.stringify(`${caseId}/${lang}`)}: () => import(${JSON.stringify(`${extraStoryPrefix}${caseId}/${lang}`)}),`,
      ),
  );
  return `export default {\n${entries.join('\n')}\n};`;
}

/**
 * Every case folder's global tags per language, for the case cards, without loading the stories;
 * and the own drawings of its declared people (people/, see own-drawings.ts), each imported as a
 * file of the build (never inlined), so the stage and the cards get their URLs.
 */
function caseIndex(watch: (file: string) => void, extraDir: string | undefined): string {
  const folders = [storiesDir, ...(extraDir ? [extraDir] : [])].flatMap((dir) =>
    caseFolders(dir).map((caseId) => ({ dir, caseId })),
  );
  const imports: string[] = [];
  const url = (file: string) => {
    imports.push(`import d${imports.length} from ${JSON.stringify(`${file}?no-inline`)};`);
    return `__drawing_${imports.length - 1}__`;
  };
  const entries = folders
    .map(({ dir, caseId }) => {
      const info: Record<string, CaseInfo> = {};
      for (const lang of ['es', 'en']) {
        const file = join(dir, caseId, `${lang}.ink`);
        if (!existsSync(file)) continue;
        watch(file);
        const tree = scanSourceTree(file);
        const parsed = parseCaseInfo(tree.items.filter((i) => i.kind === 'global').flatMap((i) => i.tags));
        if (parsed.ok) info[lang] = parsed.info;
      }
      const ids = new Set(Object.values(info).flatMap((i) => i.cast.map((m) => m.id)));
      const drawings = Object.fromEntries(
        [...ids].flatMap((id) => {
          const own = ownDrawingFiles(join(dir, caseId), id);
          if (!own) return [];
          const moods = Object.fromEntries(Object.entries(own.moods).map(([m, f]) => [m, url(f)]));
          return [[id, { ...(own.standing ? { standing: url(own.standing) } : {}), moods }]];
        }),
      );
      return { caseId, info, ...(Object.keys(drawings).length > 0 ? { drawings } : {}) };
    })
    .filter((e) => Object.keys(e.info).length > 0);
  const list = JSON.stringify(entries).replace(/"__drawing_(\d+)__"/g, 'd$1');
  return `${imports.join('\n')}\nexport default ${list};`;
}

export default function inkPlugin(): Plugin {
  const extraDir = extraStoriesDir();
  return {
    name: 'primer-contacto-ink',
    enforce: 'pre',
    resolveId(id) {
      if (id === caseIndexId || id === extraStoriesId) return `\0${id}`;
      if (id.startsWith(extraStoryPrefix) && extraDir)
        return join(extraDir, `${id.slice(extraStoryPrefix.length)}.ink`);
      return null;
    },
    load(id) {
      if (id === `\0${extraStoriesId}`) return extraStories(extraDir);
      if (id !== `\0${caseIndexId}`) return null;
      return caseIndex((f) => this.addWatchFile(f), extraDir);
    },
    transform(_code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const compiled = compileInk(file);
      compiled.files.forEach((f) => this.addWatchFile(f));
      const errors = [...compiled.issues.filter((i) => i.level === 'error'), ...scanSourceTree(file).issues];
      const first = errors[0];
      if (first || !compiled.json) {
        this.error({
          message: errors.map(formatIssue).join('\n') || `${file}: ink compile failed`,
          id: file,
          loc: first ? { file: resolve(dirname(file), first.file), line: first.line, column: 0 } : undefined,
        });
      }
      // The story version's hash is computed here, once, instead of in the trainee's browser.
      const hash = createHash('sha256').update(compiled.json, 'utf8').digest('hex');
      return {
        code: `export default ${JSON.stringify(compiled.json)};\nexport const hash = ${JSON.stringify(hash)};`,
        map: null,
      };
    },
  };
}
