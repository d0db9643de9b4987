import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, formatIssue } from './compile-ink.ts';
import { scanSourceTree } from './source-tree.ts';

/**
 * `import storyJson from './x.ink'` gives the compiled story JSON, in dev (with hot
 * reload of the file and its INCLUDEs), in the build and in Vitest. A compile error or
 * a tag-grammar error fails the build with `file:line: message`.
 */
export default function inkPlugin(): Plugin {
  return {
    name: 'primer-contacto-ink',
    enforce: 'pre',
    transform(_code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const compiled = compileInk(file);
      compiled.files.forEach((f) => this.addWatchFile(f));
      const errors = [
        ...compiled.issues.filter((i) => i.level === 'error'),
        ...scanSourceTree(file).issues,
      ];
      const first = errors[0];
      if (first || !compiled.json) {
        this.error({
          message: errors.map(formatIssue).join('\n') || `${file}: ink compile failed`,
          id: file,
          loc: first ? { file: resolve(dirname(file), first.file), line: first.line, column: 0 } : undefined,
        });
      }
      return { code: `export default ${JSON.stringify(compiled.json)};`, map: null };
    },
  };
}
