import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';

type StoreName = 'progress' | 'records' | 'setAside';

/** Every value of one object store of the app's database, read in the page. */
function readStore(page: Page, name: StoreName): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('primer-contacto');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const all = open.result.transaction(storeName).objectStore(storeName).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as Record<string, unknown>[]);
          };
        };
      }),
    name,
  );
}

/** Writes values straight into one object store, as damage or another version of the app might have. */
function writeStore(page: Page, name: StoreName, values: unknown[]): Promise<void> {
  return page.evaluate(
    ([storeName, items]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('primer-contacto');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const tx = open.result.transaction(storeName, 'readwrite');
          for (const item of items) tx.objectStore(storeName).put(item);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [name, values] as const,
  );
}

function remember(page: Page, values: Record<string, unknown>): Promise<void> {
  return page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, values);
}

const active = (sessionId: string) => ({
  'primer-contacto:active': { sessionId, caseId: 'lost_child_5', lang: 'es' },
});
const usable =
  '#trainee-name, .case-list, [data-start-case], .case-screen [data-choice-index]:not([disabled])';
const noticeText = (page: Page) => page.locator('.notices').innerText();

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

describe.runIf(enabled)('what the browser stored, read with care (Chromium)', () => {
  beforeAll(async () => {
    server = await servedBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sets aside a corrupted autosave and record, tells the trainee, and always reaches a usable screen', async () => {
    await withFreshPage(async (page) => {
      // A real autosave first (the app makes its database and the story hash is the real one).
      await page.goto(`${server.url}?case=lost_child_5&lang=es&mode=practice&trainee=Ana`);
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
      await page.locator('[data-choice-index="0"]').click();
      await page.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      const [real] = await readStore(page, 'progress');
      expect(real).toMatchObject({ saveVersion: 2, run: { choices: [0] } });
      const realId = real!.sessionId as string;
      const options = await page.locator('.dialogue-options [data-choice-index]').allInnerTexts();

      await writeStore(page, 'progress', [
        { ...real, sessionId: 'run-null', run: null },
        { ...real, sessionId: 'unknown-case', caseId: 'no_such_case', run: { choices: [0] } },
        {
          ...real,
          run: { choices: [0], story: { ink: '{"garbage', step: 3 }, protocol: { value: 'no_such_state' } },
        },
      ]);
      await writeStore(page, 'records', [
        { schemaVersion: 1, recordId: 'no-trainee-no-scores', caseId: 'lost_child_5' },
      ]);
      await remember(page, {
        ...active('run-null'),
        'primer-contacto:trainee': { name: 'Ana', code: '', mode: 'practice' },
      });

      // run: null → set aside, told, the case list (where the bad record is found and set aside too).
      await page.goto(server.url);
      await page.waitForSelector('.case-list');
      await expect(noticeText(page)).resolves.toContain(es.savedCaseSetAside(es.setAsideWhy.damaged));
      await expect(noticeText(page)).resolves.toContain(es.recordsSetAside(1));
      expect((await readStore(page, 'setAside')).map((i) => [i.kind, i.key, i.problem])).toEqual([
        ['autosave', 'run-null', 'damaged'],
        ['record', 'no-trainee-no-scores', 'damaged'],
      ]);
      const kept = (await readStore(page, 'setAside')).map((i) => i.data);
      expect(kept).toEqual([
        { ...real, sessionId: 'run-null', run: null },
        { schemaVersion: 1, recordId: 'no-trainee-no-scores', caseId: 'lost_child_5' },
      ]);
      expect((await readStore(page, 'progress')).map((p) => p.sessionId).sort()).toEqual(
        [realId, 'unknown-case'].sort(),
      );
      expect(await readStore(page, 'records')).toEqual([]);

      // An unknown case, reached through an instructor's link: set aside, told, the link's case.
      await remember(page, active('unknown-case'));
      await page.goto(`${server.url}?case=lost_child_5&lang=es&trainee=Ana`);
      await page.waitForSelector('[data-start-case="lost_child_5"]');
      await expect(noticeText(page)).resolves.toContain(es.savedCaseSetAside(es.setAsideWhy.unknown_case));
      expect((await readStore(page, 'setAside')).map((i) => i.key)).toContain('unknown-case');

      // Garbage ink state and an unknown machine state: resumed from the choices, at the same step.
      await remember(page, active(realId));
      await page.goto(server.url);
      await page.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      expect(await page.locator('.dialogue-options [data-choice-index]').allInnerTexts()).toEqual(options);
      expect(await page.locator('[role="log"] li.choice').count()).toBe(1);
      const [migrated] = await readStore(page, 'progress');
      expect(migrated).toMatchObject({ sessionId: realId, run: { story: { step: { index: 1 } } } });

      // Every URL, every reload: a usable screen.
      await remember(page, { 'primer-contacto:active': 'garbage', 'primer-contacto:settings': [1, 2] });
      for (const search of [
        '',
        '?case=lost_child_5&trainee=Ana',
        '?case=no_such_case&trainee=Ana',
        '?lang=en&mode=x',
      ]) {
        await page.goto(`${server.url}${search}`);
        await page.waitForSelector(usable);
        await page.reload();
        await page.waitForSelector(usable);
      }

      // What was set aside is offered as a file for the instructor.
      await page.goto(server.url);
      await page.waitForSelector('[data-download-set-aside]');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-download-set-aside]'),
      ]);
      const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: { key: string }[] };
      expect(file.items.map((i) => i.key)).toEqual(['run-null', 'no-trainee-no-scores', 'unknown-case']);
    });
  });
});

describe.skipIf(enabled)('what the browser stored (skipped)', () => {
  it('needs Chromium: install it with apt-get install -y chromium, or set CHROMIUM_PATH', () => {
    expect(enabled).toBe(false);
  });
});
