import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsFile {
  /** Path under the build output, with forward slashes (as in a URL). */
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface DistJs {
  readonly files: readonly JsFile[];
  readonly total: { readonly raw: number; readonly gzip: number };
  readonly largest: JsFile | undefined;
}

/** Every .js file of the build output with its raw size and gzip -9 size. */
export function measureDistJs(outDir: string): DistJs {
  const files: JsFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js') || entry.name.endsWith('.mjs')) {
        const bytes = readFileSync(full);
        files.push({
          path: relative(outDir, full).split(sep).join('/'),
          raw: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
        });
      }
    }
  };
  walk(outDir);
  files.sort((a, b) => b.raw - a.raw);
  return {
    files,
    total: { raw: sum(files.map((f) => f.raw)), gzip: sum(files.map((f) => f.gzip)) },
    largest: files[0],
  };
}

/** The build file a URL was served from, or undefined (not from the build, or not JS). */
export function fileForUrl(dist: DistJs, url: string): JsFile | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  return dist.files.find((f) => f.path === path);
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
