import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { watchCsp, type CspWatch } from '../../support/csp-watch.ts';
import { sharedBuild } from './shared-build.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..', '..');

/**
 * Whether the end-to-end tests can run. Without Chromium they are skipped with a clear
 * message, except in CI (CI=true), where a missing browser is a failure.
 */
export function hasChromium(): boolean {
  const found = existsSync(chromiumPath);
  if (!found && process.env.CI === 'true')
    throw new Error(`CI=true but no Chromium at ${chromiumPath}: install it (apt-get install -y chromium)`);
  if (!found)
    console.warn(
      `\n[e2e] SKIPPED: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`,
    );
  return found;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The production bundle: the build the test files share (shared-build.ts), or, with a build setting in
 * the environment, one made into a temporary folder (`dispose` removes it). `outDir` is read-only.
 */
export async function productionBuild(): Promise<{ outDir: string; dispose: () => void }> {
  const shared = await sharedBuild(root);
  const outDir = shared ?? mkdtempSync(join(tmpdir(), 'pc-dist-'));
  if (!shared) await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return { outDir, dispose: () => void (shared || rmSync(outDir, { recursive: true, force: true })) };
}

/** Serves the production bundle (see `productionBuild`) with `vite preview`. */
export async function servedBuild(): Promise<{ url: string; outDir: string; close: () => Promise<void> }> {
  const { outDir, dispose } = await productionBuild();
  const server: PreviewServer = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      dispose();
    },
  };
}

/**
 * A fresh browser profile (empty IndexedDB and localStorage) whose pages are watched for
 * Content-Security-Policy violations (`csp`): `close()` fails when any occurred, unless told
 * not to check (when the test has already failed, so its own error is the one reported).
 */
export async function freshBrowser(
  viewport = { width: 1280, height: 800 },
  device: { isMobile?: boolean; hasTouch?: boolean } = {},
): Promise<{
  context: BrowserContext;
  page: Page;
  csp: CspWatch;
  close: (options?: { checkCsp?: boolean }) => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'pc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    ...device,
    args: chromiumArgs,
  });
  const csp = await watchCsp(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  // Generous: the unit suites run beside these tests and a 2-core CI machine is slow with SwiftShader.
  page.setDefaultTimeout(90_000);
  return {
    context,
    page,
    csp,
    close: async ({ checkCsp = true } = {}) => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (checkCsp) csp.assertNone();
    },
  };
}

/** Runs `use` on a page of a fresh browser profile and always closes it; fails on any CSP violation. */
export async function withFreshPage(use: (page: Page, csp: CspWatch) => Promise<void>): Promise<void> {
  const { page, csp, close } = await freshBrowser();
  try {
    await use(page, csp);
  } catch (error) {
    await close({ checkCsp: false });
    throw error;
  }
  await close();
}
