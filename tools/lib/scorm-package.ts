import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import type { CaseMode } from '../../src/core/record/session-record.ts';
import { parseCaseInfo } from '../../src/core/story/case-info.ts';
import {
  launchPage,
  scormManifest,
  scormVersions,
  type ScormCase,
  type ScormVersion,
} from './scorm-manifest.ts';
import { scanSourceTree } from './source-tree.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface PackageOptions {
  /** Where the zips are written. */
  readonly outDir: string;
  /** Only these cases (default: every case of stories/). */
  readonly cases?: readonly string[];
  /** The mode each SCO plays its case in (default: evaluation). */
  readonly mode?: CaseMode;
}

export interface BuiltPackage {
  readonly version: ScormVersion;
  readonly path: string;
  readonly bytes: number;
  readonly files: number;
}

/** Every case with a story, and its title (Spanish first, as the LMS shows it). */
export function scormCases(only?: readonly string[]): ScormCase[] {
  const storiesDir = join(root, 'stories');
  const ids = readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  const unknown = (only ?? []).filter((id) => !ids.includes(id));
  if (unknown.length > 0) throw new Error(`no case ${unknown.join(', ')} in stories/`);
  return ids
    .filter((id) => !only || only.length === 0 || only.includes(id))
    .flatMap((caseId) => {
      for (const lang of ['es', 'en']) {
        const tree = scanSourceTree(join(storiesDir, caseId, `${lang}.ink`));
        const parsed = parseCaseInfo(tree.items.filter((i) => i.kind === 'global').flatMap((i) => i.tags));
        if (parsed.ok) return [{ caseId, title: parsed.info.title }];
      }
      return [];
    });
}

/** Every file under `dir`, as package paths with `/` separators, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * A case's launch page: the built index.html with the tags that tell the simulator it was
 * launched by an LMS (the SCORM version, the case, the mode). No script is added.
 */
export function launchHtml(indexHtml: string, version: ScormVersion, caseId: string, mode: CaseMode): string {
  const tags =
    `    <meta name="pc-scorm" content="${version}" />\n` +
    `    <meta name="pc-scorm-case" content="${caseId}" />\n` +
    `    <meta name="pc-scorm-mode" content="${mode}" />\n`;
  if (!indexHtml.includes('</head>')) throw new Error('the built index.html has no </head>');
  return indexHtml.replace(/\n?\s*<\/head>/, `\n${tags}  </head>`);
}

/** Files already compressed are stored as they are; text is deflated. */
const stored = /\.(m4a|ogg|mp3|png|jpe?g|webp|woff2?|zip)$/i;

/** Builds the simulator with relative paths (`vite build --base ./`) and writes one zip per SCORM version. */
export async function packageScorm(options: PackageOptions): Promise<BuiltPackage[]> {
  const distDir = mkdtempSync(join(tmpdir(), 'pc-scorm-build-'));
  try {
    // mode scorm: no service worker nor web manifest (tools/lib/vite-plugin-offline.ts); the LMS keeps the package.
    await build({
      root,
      base: './',
      mode: 'scorm',
      logLevel: 'warn',
      build: { outDir: distDir, emptyOutDir: true },
    });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const cases = scormCases(options.cases);
    if (cases.length === 0) throw new Error('no case to package');
    const files = listFiles(distDir);
    const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
    const content: Zippable = {};
    for (const f of files) content[f] = [readFileSync(join(distDir, f)), { level: stored.test(f) ? 0 : 9 }];
    mkdirSync(options.outDir, { recursive: true });
    return scormVersions.map((version) => {
      const name = version === '1.2' ? 'scorm12' : 'scorm2004';
      const manifest = scormManifest({
        version,
        identifier: `primer_contacto_${name}`,
        packageVersion: pkg.version,
        title: 'Primer Contacto',
        cases,
        files,
      });
      const zip: Zippable = { ...content, 'imsmanifest.xml': new TextEncoder().encode(manifest) };
      for (const { caseId } of cases) {
        zip[launchPage(caseId)] = new TextEncoder().encode(
          launchHtml(indexHtml, version, caseId, options.mode ?? 'evaluation'),
        );
      }
      const bytes = zipSync(zip, { mtime: '2026-01-01' });
      const path = join(options.outDir, `primer-contacto-${name}.zip`);
      writeFileSync(path, bytes);
      return { version, path, bytes: bytes.length, files: Object.keys(zip).length };
    });
  } finally {
    rmSync(distDir, { recursive: true, force: true });
  }
}
