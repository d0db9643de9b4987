import { join } from 'node:path';
import { compileInk } from '../../tools/lib/compile-ink.ts';

export const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'stories');

/** Compiles a story fixture (path relative to tests/fixtures/stories); throws if it does not compile. */
export function fixtureJson(path: string): string {
  const compiled = compileInk(join(fixtureDir, path));
  if (!compiled.json)
    throw new Error(`${path} does not compile: ${compiled.issues.map((i) => i.message).join('; ')}`);
  return compiled.json;
}
