import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The newest modification time of any file under the given paths. */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) readdirSync(p).forEach((e) => visit(join(p, e)));
    else latest = Math.max(latest, s.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

/** True when dist/ is missing or older than the simulator's sources. */
export function needsBuild(distDir = join(root, 'dist')): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const sources = ['src', 'stories', 'assets', 'index.html', 'vite.config.ts'].map((p) => join(root, p));
  return newest(sources) > statSync(index).mtimeMs;
}

/** Builds the simulator with Vite when needed; throws if the build fails. */
export function buildClientIfNeeded(print: (line: string) => void = console.log): void {
  if (!needsBuild()) return;
  print('Construyendo el simulador… / Building the simulator…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}
