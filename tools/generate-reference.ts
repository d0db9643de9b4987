/**
 * npm run docs:reference
 * Writes docs/reference/es.md and docs/reference/en.md from the typed catalogue in
 * src/core/protocol/ (standards, sources, actions, rule rows, situations, scoring).
 * Run it after any change to the catalogue; tests/unit/tools/reference.test.ts fails
 * while the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { referenceFiles, referenceMarkdown } from './lib/reference-document.ts';
import { runCli } from './lib/run-cli.ts';

const root = join(import.meta.dirname, '..');

runCli(() => {
  for (const { lang, path } of referenceFiles) {
    const text = referenceMarkdown(lang);
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(
      `${relative(process.cwd(), file) || path}: ${Buffer.byteLength(text)} bytes, ${text.split('\n').length - 1} lines`,
    );
  }
  return 0;
});
