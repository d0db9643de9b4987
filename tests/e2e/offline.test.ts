import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { offlineStrings } from '../../src/offline/offline-strings.ts';
import { freshBrowser, hasChromium, servedBuild } from './support/browser.ts';
import { play, playToDebrief } from './support/page-helpers.ts';

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;
const root = join(import.meta.dirname, '..', '..');
const workerFile = 'service-worker.js';

/** Every file under `dir`, with `/` separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The URLs the built service worker precaches (the list Workbox injected). */
function precached(outDir: string): string[] {
  const source = readFileSync(join(outDir, workerFile), 'utf8');
  return [...source.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
}

/** Waits until the service worker controls the page: it claims it once active, its precache complete. */
async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

type Marked = { sameDocument?: boolean; registration?: ServiceWorkerRegistration };

const picture = /\.(svg|png)$/;
const sound = /\.(ogg|m4a)$/;

describe.runIf(enabled)('the installed simulator without a network', () => {
  beforeAll(async () => {
    server = await servedBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('precaches the build and every picture, sound and icon of assets/', () => {
    const urls = precached(server.outDir);
    const assets = filesUnder(join(root, 'assets')).filter((f) => !f.endsWith('.md'));
    expect(assets.length).toBeGreaterThan(150);
    expect(assets.filter((f) => !urls.includes(f))).toEqual([]);
    const built = filesUnder(server.outDir).filter((f) => /\.(js|css|html)$/.test(f) && f !== workerFile);
    expect(built.filter((f) => !urls.includes(f))).toEqual([]);
    expect(urls).toContain('manifest.webmanifest');
    const page = readFileSync(join(server.outDir, 'index.html'), 'utf8');
    expect(page).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the worker is registered from a module
    expect(new Set(urls).size).toBe(urls.length);
    const bytes = urls.reduce((sum, url) => sum + readFileSync(join(server.outDir, url)).length, 0);
    console.log(`[offline] precache: ${urls.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB`);
    const manifest = JSON.parse(readFileSync(join(server.outDir, 'manifest.webmanifest'), 'utf8')) as {
      short_name: string;
      lang: string;
      icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({ short_name: 'Primer Contacto', lang: 'es-PE' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('after one visit, plays a case to its debrief offline, every picture and sound from the cache', async () => {
    const { context, page, close } = await freshBrowser();
    try {
      const link = `${server.url}?case=lost_child_5&lang=es&mode=practice&trainee=Sin%20Red`;
      await page.goto(link);
      await page.waitForSelector('[data-start-case]');
      await untilControlled(page);

      await context.setOffline(true);
      const failed: string[] = [];
      const served: Response[] = [];
      page.on('requestfailed', (r: Request) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      // blob: URLs are Phaser decoding what it fetched: not requests to the server
      page.on('response', (r) => void (r.url().startsWith('http') && served.push(r)));
      await page.reload();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // the sounds load after the first gesture, in the trainee's first reading pause (step 0)
      const ambient = page.waitForResponse((r) => sound.test(r.url()), { timeout: 30_000 });
      await page.click('[data-start-case]');
      await ambient;
      const last = await playToDebrief(page, 0);
      expect(last).toBeGreaterThanOrEqual(10);
      expect(await page.locator('[data-debrief]').getAttribute('data-debrief')).toBe('passed');

      expect(failed).toEqual([]);
      const notFromCache = served.filter((r) => !r.fromServiceWorker() || r.status() !== 200);
      expect(notFromCache.map((r) => `${r.url()} ${r.status()}`)).toEqual([]);
      const urls = served.map((r) => new URL(r.url()).pathname);
      expect(urls.filter((u) => picture.test(u)).length).toBeGreaterThanOrEqual(3);
      expect(urls.filter((u) => sound.test(u)).length).toBeGreaterThanOrEqual(1);
      expect(urls.filter((u) => u.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
      await close();
    } catch (error) {
      await close({ checkCsp: false });
      throw error;
    }
  });

  it('a new version waits while a case is played, and is offered (es) once the case is left', async () => {
    const { page, close } = await freshBrowser();
    const t = offlineStrings('es');
    try {
      await page.goto(`${server.url}?case=family_violence_10&lang=es&mode=practice&trainee=Actualiza`);
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
      await untilControlled(page);
      await play(page, [0, 0]);
      await page.evaluate(async () => {
        const w = window as Marked;
        w.sameDocument = true;
        w.registration = await navigator.serviceWorker.getRegistration();
      });

      // a new build on the server: the browser finds a different worker and installs it
      appendFileSync(join(server.outDir, workerFile), '\n// a new version\n');
      await page.evaluate(() => (window as Marked).registration?.update());
      await page.waitForFunction(() => (window as Marked).registration?.waiting != null, undefined, {
        timeout: 60_000,
      });
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as Marked).sameDocument)).toBe(true);
      expect(await page.locator('[data-offline-notice="update"]').count()).toBe(0);
      await page.waitForSelector('.dialogue[data-step="2"] [data-choice-index]:not([disabled])');

      await page.click('[data-pause]');
      await page.getByRole('button', { name: es.leaveCase }).click();
      await page.waitForSelector('.case-list');
      const offer = page.locator('[data-offline-notice="update"]');
      await expect(offer.innerText()).resolves.toContain(t.updateReady);
      await Promise.all([
        page.waitForEvent('load'),
        offer.getByRole('button', { name: t.updateNow }).click(),
      ]);
      await page.waitForSelector('.case-list, [data-start-case]'); // the link still names the case
      expect(await page.evaluate(() => (window as Marked).sameDocument)).toBe(undefined);
      const after = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { waiting: r?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      });
      expect(after).toEqual({ waiting: null, controlled: true });
      expect(await offer.count()).toBe(0);
      await close();
    } catch (error) {
      await close({ checkCsp: false });
      throw error;
    }
  });
});
