import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** What a production build is made from: a change to any of these makes a new build. */
const inputs = ['src', 'stories', 'assets', 'tools/lib', 'index.html', 'vite.config.ts', 'package-lock.json'];
/** Settings that change the build: with any of them set, the test builds on its own. */
const buildSettings = ['PC_EXTRA_STORIES', 'LRS_ORIGINS', 'LRS_CONFIG'];

function fingerprint(root: string): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    const info = statSync(full);
    if (info.isDirectory())
      return readdirSync(full)
        .sort()
        .forEach((entry) => visit(join(path, entry)));
    hash.update(`${path}\0${info.size}\0${info.mtimeMs}\n`);
  };
  inputs.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The production build the end-to-end files share: made once per version of the sources (a file's
 * size or time changing makes a new one) in node_modules/.cache, instead of once per test file —
 * each build costs 15–25 s. Undefined when a build setting is in the environment: that test builds
 * its own. A build is used only once complete (written aside, then renamed into place).
 */
export async function sharedBuild(root: string): Promise<string | undefined> {
  if (buildSettings.some((name) => process.env[name] !== undefined)) return undefined;
  const cache = join(root, 'node_modules', '.cache', 'pc-e2e-dist');
  const dir = join(cache, fingerprint(root));
  if (existsSync(join(dir, '.complete'))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  await build({ root, logLevel: 'error', build: { outDir: partial, emptyOutDir: true } });
  writeFileSync(join(partial, '.complete'), '');
  mkdirSync(cache, { recursive: true });
  for (const old of readdirSync(cache).filter((name) => !name.endsWith('.partial')))
    rmSync(join(cache, old), { recursive: true, force: true });
  renameSync(partial, dir);
  return dir;
}
