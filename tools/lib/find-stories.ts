import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Case folders (holding es.ink or en.ink) under the given paths; files are returned as given. */
export function findStoryTargets(paths: readonly string[]): { folders: string[]; files: string[] } {
  const folders: string[] = [];
  const files: string[] = [];
  const visit = (p: string) => {
    if (!existsSync(p)) throw new Error(`${p}: no such file or folder`);
    if (statSync(p).isFile()) return void files.push(p);
    if (['es.ink', 'en.ink'].some((f) => existsSync(join(p, f)))) return void folders.push(p);
    for (const entry of readdirSync(p).sort()) {
      if (entry.startsWith('_') || entry.startsWith('.')) continue;
      const sub = join(p, entry);
      if (statSync(sub).isDirectory()) visit(sub);
    }
  };
  paths.forEach(visit);
  return { folders, files };
}
