import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubLrs } from '../support/stub-lrs.ts';
import { freshBrowser, hasChromium } from './support/browser.ts';
import { chooseAt, playToDebrief } from './support/page-helpers.ts';
import { staticServer } from './support/static-server.ts';

const root = join(import.meta.dirname, '..', '..');
const enabled = hasChromium();
const link = '?case=lost_child_5&lang=es&mode=evaluation&trainee=Rosa%20Quispe&code=42';
let outDir = '';
let lrs: Awaited<ReturnType<typeof stubLrs>>;
let site: Awaited<ReturnType<typeof staticServer>>;

/** Opens the case link on `page` (a `.html` of the build) and starts the case past its content note. */
async function open(page: Page, file: string): Promise<void> {
  await page.goto(`${site.url}/${file}${link}`);
  await page.waitForSelector('[data-start-case], .dialogue [data-choice-index]');
  if (await page.locator('[data-start-case]').count()) await page.click('[data-start-case]');
}

const verbs = () => lrs.stored.map((s) => s.verb);

describe.runIf(enabled)('xAPI reporting from the built app in Chromium', () => {
  beforeAll(async () => {
    lrs = await stubLrs();
    // The academy's build: its LRS on another origin allowed by the CSP, and the config file named.
    outDir = mkdtempSync(join(tmpdir(), 'pc-dist-xapi-'));
    const env = { LRS_ORIGINS: process.env.LRS_ORIGINS, LRS_CONFIG: process.env.LRS_CONFIG };
    Object.assign(process.env, { LRS_ORIGINS: lrs.url, LRS_CONFIG: 'lrs.json' });
    try {
      await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } finally {
      for (const [key, value] of Object.entries(env))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // The same build without the config tag: a deployment with no LRS.
    writeFileSync(join(outDir, 'plain.html'), html.replace(/<meta name="pc-lrs"[^>]*>/, ''));
    writeFileSync(
      join(outDir, 'lrs.json'),
      JSON.stringify({
        endpoint: `${lrs.url}/xapi/`,
        auth: 'Basic a2V5OnNlY3JldA==',
        homePage: 'https://academia.example',
      }),
    );
    site = await staticServer({ '/': outDir });
  });
  afterAll(async () => {
    await site?.close();
    await lrs?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('without an LRS configured, sends nothing and fetches no config (only its own files)', async () => {
    const browser = await freshBrowser();
    const requested: string[] = [];
    browser.context.on('request', (r) => requested.push(r.url()));
    try {
      expect(readFileSync(join(outDir, 'plain.html'), 'utf8')).not.toContain('pc-lrs');
      await open(browser.page, 'plain.html');
      for (const step of [0, 1]) expect(await chooseAt(browser.page, step)).toBe(true);
      await browser.page.waitForSelector('.dialogue[data-step="2"] [data-choice-index]:not([disabled])');
      expect(requested.filter((u) => !u.startsWith(`${site.url}/`))).toEqual([]);
      expect(requested.filter((u) => /lrs\.json|xapi/.test(u))).toEqual([]);
      expect(lrs.requests).toEqual([]);
      const databases = await browser.page.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name),
      );
      expect(databases).not.toContain('primer-contacto-xapi');
    } finally {
      await browser.close();
    }
  });

  it('queues statements while offline and the LRS gets each once, in order, after reconnection and a reload', async () => {
    const browser = await freshBrowser();
    const { context, page } = browser;
    try {
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`connect-src 'self' ${lrs.url};`);
      await open(page, 'index.html');
      for (const step of [0, 1]) expect(await chooseAt(page, step)).toBe(true);
      await expect.poll(verbs).toEqual(['initialized', 'answered', 'answered']);

      // Offline: two decisions wait in IndexedDB; back online, they go at once (the `online` event).
      await context.setOffline(true);
      for (const step of [2, 3]) expect(await chooseAt(page, step)).toBe(true);
      await page.waitForSelector('.dialogue[data-step="4"] [data-choice-index]:not([disabled])');
      await page.waitForTimeout(300);
      expect(lrs.stored).toHaveLength(3);
      await context.setOffline(false);
      await expect.poll(() => lrs.stored.length).toBe(5);

      // The LRS is down: a decision waits; the page is reloaded; the LRS returns: it arrives from the new page.
      lrs.setDown(true);
      expect(await chooseAt(page, 4)).toBe(true);
      await page.waitForSelector('.dialogue[data-step="5"] [data-choice-index]:not([disabled])');
      await page.reload();
      await page.waitForSelector('.dialogue[data-step="5"] [data-choice-index]:not([disabled])');
      lrs.setDown(false);
      await expect.poll(() => verbs().filter((v) => v === 'answered').length, { timeout: 20_000 }).toBe(5);

      const last = await playToDebrief(page, 5);
      await expect.poll(() => verbs().at(-1), { timeout: 20_000 }).toBe('terminated');
      const answered = lrs.stored.filter((s) => s.verb === 'answered');
      const decisions = lrs.requests
        .map((r) => r.body as { id: string; object: { id: string }; verb: { id: string } })
        .filter((s) => s.verb.id.endsWith('answered'));
      expect(answered).toHaveLength(last);
      // each decision once, in the order made
      const objects = answered.map((a) =>
        decisions
          .find((d) => d.id === a.id)!
          .object.id.split('/')
          .pop(),
      );
      expect(objects).toEqual(Array.from({ length: last }, (_, i) => String(i + 1)));
      expect(new Set(lrs.stored.map((s) => s.id)).size).toBe(lrs.stored.length);
      expect(verbs().slice(-3)).toEqual([
        'completed',
        expect.stringMatching(/^(passed|failed)$/),
        'terminated',
      ]);
      expect(lrs.requests.every((r) => r.version === '1.0.3' && r.auth === 'Basic a2V5OnNlY3JldA==')).toBe(
        true,
      );
    } finally {
      await browser.close();
    }
  });
});
