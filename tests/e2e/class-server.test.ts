import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBrowser, hasChromium } from './support/browser.ts';

/**
 * The class server journey in real Chromium, against the real server (server/main.ts,
 * PGlite in a temporary folder): two trainees in two browser profiles join a class and
 * finish a case each, one of them going offline in the middle; the server has every
 * record once, verified and witnessed; a second tab of the same case is told and takes
 * it over; after "Salir" nothing of the trainee is left in that browser.
 */

const root = join(import.meta.dirname, '..', '..');
const serverMain = join(root, 'server', 'main.ts');

/** What this test uses of the server module (imported at run time: it lives on the server side of the project). */
interface ServerModule {
  startServer(options: Record<string, unknown>): Promise<ServerApp>;
}
interface ServerApp {
  inject(request: {
    method: string;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }): Promise<{ statusCode: number; json(): unknown; headers: Record<string, unknown> }>;
  server: { address(): unknown };
  close(): Promise<unknown>;
}
interface ClassRecordRow {
  readonly recordId: string;
  readonly status: string;
  readonly witnessed: boolean | null;
  readonly trainee: { readonly name: string; readonly code: string };
}

const hasServer = existsSync(serverMain);
if (!hasServer) console.warn(`\n[e2e] class server journey SKIPPED: no ${serverMain} in this checkout\n`);
const enabled = hasChromium() && hasServer;

const caseId = 'lost_child_5';
let app: ServerApp;
let url: string;
let folders: string[] = [];
let instructor: { cookie: string; csrf: string; classId: string; classCode: string };

/** The stories the server compiles: only the case played (and what the stories share). */
function someStories(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-class-stories-'));
  for (const name of ['_shared', caseId]) symlinkSync(join(root, 'stories', name), join(dir, name));
  return dir;
}

async function instructorWithClass(): Promise<typeof instructor> {
  const setup = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { token: 'e2e-setup-token', username: 'instructora', passphrase: 'una frase larga de prueba' },
  });
  expect(setup.statusCode).toBe(201);
  const setCookie = setup.headers['set-cookie'];
  const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
  const { csrfToken } = setup.json() as { csrfToken: string };
  const created = await app.inject({
    method: 'POST',
    url: '/api/classes',
    payload: { name: 'Aula de prueba' },
    headers: { cookie, 'x-csrf-token': csrfToken },
  });
  expect(created.statusCode).toBe(201);
  const { id, code } = created.json() as { id: string; code: string };
  return { cookie, csrf: csrfToken, classId: id, classCode: code };
}

async function classRecords(): Promise<ClassRecordRow[]> {
  const listed = await app.inject({
    method: 'GET',
    url: `/api/classes/${instructor.classId}/records`,
    headers: { cookie: instructor.cookie },
  });
  expect(listed.statusCode).toBe(200);
  return (listed.json() as { records: ClassRecordRow[] }).records;
}

async function joinClass(page: Page, name: string, code: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#class-code');
  await page.fill('#trainee-name', name);
  await page.fill('#trainee-code', code);
  await page.fill('#class-code', instructor.classCode.toLowerCase());
  await page.check('#mode-evaluation');
  await page.click('form button[type="submit"]');
  await page.waitForSelector('.case-list');
  // the case the instructor assigned comes first, marked
  const first = page.locator('.case-list > li').first();
  expect(await first.getAttribute('data-assigned')).toBe('true');
  expect(await first.locator('[data-case]').getAttribute('data-case')).toBe(caseId);
}

async function openCase(page: Page): Promise<void> {
  await page.click(`[data-case="${caseId}"]`);
  await page.click('[data-start-case]');
}

/** Makes the choice of step `step` (the first option shown); false once the case has ended. */
async function choose(page: Page, step: number): Promise<boolean> {
  const options = `.dialogue[data-step="${step}"] [data-choice-index]:not([disabled])`;
  await page.waitForSelector(`${options}, [data-debrief]`);
  if (await page.locator('[data-debrief]').count()) return false;
  await page.locator(options).first().click();
  return true;
}

async function playToEnd(page: Page, from: number): Promise<void> {
  for (let step = from; await choose(page, step); step++);
  await page.waitForSelector('[data-debrief]');
}

/** Every value of every object store of the app's database, read in the page. */
function everythingStored(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('primer-contacto');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const found: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (found[name] = all.result as unknown[]);
          }
          tx.oncomplete = () => (db.close(), resolve(found));
        };
      }),
  );
}

/** Waits until the outbox in this browser is empty (everything reached the server). */
async function outboxDrained(page: Page): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await everythingStored(page)).outbox?.length === 0) return;
    await page.waitForTimeout(200);
  }
  throw new Error('the outbox did not drain');
}

describe.runIf(enabled)('the class server journey (Chromium, real server on PGlite)', () => {
  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pc-class-dist-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'pc-class-data-'));
    const storiesDir = someStories();
    folders = [outDir, dataDir, storiesDir];
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    mkdirSync(dataDir, { recursive: true });
    const server = (await import(pathToFileURL(serverMain).href)) as ServerModule;
    app = await server.startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      distDir: outDir,
      storiesDir,
      setupToken: 'e2e-setup-token',
      print: () => undefined,
    });
    const address = app.server.address() as { port: number };
    url = `http://127.0.0.1:${address.port}/`;
    instructor = await instructorWithClass();
    const assigned = await app.inject({
      method: 'PUT',
      url: `/api/dashboard/classes/${instructor.classId}/settings`,
      payload: { passThreshold: 70, assignedCases: [caseId], windows: [] },
      headers: { cookie: instructor.cookie, 'x-csrf-token': instructor.csrf },
    });
    expect(assigned.statusCode).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('two trainees finish a case each, one offline midway; the server has each record once, verified and witnessed; "Salir" leaves nothing behind', async () => {
    const ana = await freshBrowser();
    const beto = await freshBrowser();
    try {
      // Ana joins and starts; a second tab of the same case is told, and takes it over.
      await joinClass(ana.page, 'Ana Quispe', 'CIP-111');
      await openCase(ana.page);
      expect(await choose(ana.page, 0)).toBe(true);
      await ana.page.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      const second = await ana.context.newPage();
      await second.goto(url);
      await second.waitForSelector('[data-case-elsewhere="open"]');
      await second.click('[data-take-over]');
      await second.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      await ana.page.waitForSelector('[data-case-elsewhere="taken"]');

      // Beto joins in another browser and goes offline in the middle of his case.
      await joinClass(beto.page, 'Beto Mamani', 'CIP-222');
      await openCase(beto.page);
      expect(await choose(beto.page, 0)).toBe(true);
      expect(await choose(beto.page, 1)).toBe(true);
      await beto.context.setOffline(true);
      expect(await choose(beto.page, 2)).toBe(true);
      await beto.page.waitForSelector('[data-class-status="offline"]');
      expect(await choose(beto.page, 3)).toBe(true);
      const waiting = (await everythingStored(beto.page)).outbox ?? [];
      expect(waiting.length).toBeGreaterThanOrEqual(2);
      await beto.context.setOffline(false);
      await playToEnd(beto.page, 4);
      await playToEnd(second, 1);
      await Promise.all([outboxDrained(beto.page), outboxDrained(second)]);
      await beto.page.waitForSelector('[data-class-status="saved"]');

      const records = await classRecords();
      expect(records.map((r) => r.trainee.name).sort()).toEqual(['Ana Quispe', 'Beto Mamani']);
      expect(new Set(records.map((r) => r.recordId)).size).toBe(2);
      for (const record of records) expect([record.status, record.witnessed]).toEqual(['verified', true]);

      // "Salir": the server has everything, so Ana's data leaves this browser.
      await second.click('[data-class-exit]');
      await second.waitForSelector('#trainee-name');
      expect(await second.inputValue('#trainee-name')).toBe('');
      const stored = await everythingStored(second);
      const left = JSON.stringify(stored);
      expect(left).not.toContain('Ana Quispe');
      expect(left).not.toContain('CIP-111');
      expect(stored.progress).toEqual([]);
      expect(stored.records).toEqual([]);
      expect(stored.outbox).toEqual([]);
      expect(stored.classLinks).toEqual([]);
      const local = await second.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(local).not.toContain('Ana Quispe');
      expect(local).not.toContain('primer-contacto:active');
      // Beto's browser still has his (he has not left), and the server still has Ana's record, once.
      expect(JSON.stringify(await everythingStored(beto.page))).toContain('Beto Mamani');
      expect((await classRecords()).filter((r) => r.trainee.name === 'Ana Quispe')).toHaveLength(1);
    } finally {
      await ana.close();
      await beto.close();
    }
  });
});
