import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Exploration } from '../../src/core/run/path-explorer.ts';

/**
 * Exploring every path of a case takes tens of seconds, and `check:stories` and the story
 * tests explore the same stories in one CI run. An exploration depends only on the
 * compiled story and on the engine (src/core), so it is kept under a key made of both:
 * change a story or any engine file and the key changes. Kept in node_modules/.cache,
 * which a clean checkout does not have (the first run explores).
 */
const cacheDir = () =>
  process.env.PC_EXPLORATION_CACHE_DIR ??
  join(process.cwd(), 'node_modules', '.cache', 'primer-contacto', 'explorations');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    )
    .sort();
}

let engine: string | undefined;
/** A hash of every engine source file, read once per process. */
function engineHash(): string {
  if (engine) return engine;
  const hash = createHash('sha256');
  const root = join(process.cwd(), 'src', 'core');
  for (const file of filesUnder(root))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  engine = hash.digest('hex');
  return engine;
}

const keyOf = (json: string, counted: ReadonlySet<string> | undefined) =>
  createHash('sha256')
    .update(engineHash())
    .update(json)
    .update([...(counted ?? [])].sort().join('\n'))
    .digest('hex');

/** The exploration of this story, from the cache when the story and the engine are unchanged. */
export function cachedExploration(
  json: string,
  counted: ReadonlySet<string> | undefined,
  explore: () => Exploration,
): Exploration {
  if (process.env.PC_NO_EXPLORATION_CACHE) return explore();
  const file = join(cacheDir(), `${keyOf(json, counted)}.json`);
  try {
    if (statSync(file).isFile()) return JSON.parse(readFileSync(file, 'utf8')) as Exploration;
  } catch {
    // not cached yet
  }
  const exploration = explore();
  if (exploration.incomplete) return exploration; // stopped at a budget: try again next time
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(exploration));
    renameSync(partial, file);
  } catch {
    // a read-only node_modules only costs the next run its time
  }
  return exploration;
}
