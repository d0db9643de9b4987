import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { finishedStrings } from '../../src/i18n/finished-strings.ts';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';
import { play } from './support/page-helpers.ts';

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

/** disclosure_8 ends at its first decision with option 1: the shortest case to a debrief. */
const shortCase = { link: '?case=disclosure_8&lang=es&mode=practice&trainee=Reabre', path: [1] };

async function startShortCase(page: Page): Promise<void> {
  await page.click('[data-start-case]');
  await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
}

/** What the debrief on screen shows: its record, its heading (the result) and its score line. */
async function shownDebrief(
  page: Page,
): Promise<{ recordId: string | null; heading: string; result: string }> {
  const root = page.locator('[data-debrief]');
  await root.waitFor();
  return {
    recordId: await root.getAttribute('data-record-id'),
    heading: await page.locator('[data-debrief] h1').innerText(),
    result: await page.locator('[data-debrief] .result').innerText(),
  };
}

describe.runIf(enabled)('debriefs that never vanish', () => {
  beforeAll(async () => {
    server = await servedBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('survives a reload, reopens from the home, and a reload right after the last choice shows it', async () => {
    await withFreshPage(async (page) => {
      await page.goto(`${server.url}${shortCase.link}`);
      await startShortCase(page);
      await play(page, shortCase.path);
      const first = await shownDebrief(page);
      expect(first.recordId).toMatch(/.+/);
      expect(first.result).toMatch(/\d+\/100/);

      await page.reload();
      expect(await shownDebrief(page)).toEqual(first);
      expect(await page.locator('[data-start-case]').count()).toBe(0);

      await page.getByRole('button', { name: es.otherCase }).click();
      await page.waitForSelector('.case-list');
      expect(await page.locator('[data-last-finished]').getAttribute('data-last-finished')).toBe(
        first.recordId,
      );
      const f = finishedStrings('es');
      expect(await page.locator('#attempts-title').innerText()).toBe(f.attemptsTitle(1));
      await page.locator(`.attempt-list [data-open-debrief="${first.recordId}"]`).focus();
      await page.keyboard.press('Enter');
      expect(await shownDebrief(page)).toEqual(first);

      // again, and reload as soon as the record is stored, before the debrief is drawn
      await page.getByRole('button', { name: es.retry }).click();
      await startShortCase(page);
      const before = await reloadOnceRecordSaved(page, shortCase.path[0]!);
      expect(before.debriefShown).toBe(false);
      const second = await shownDebrief(page);
      expect(second.recordId).not.toBe(first.recordId);
      expect(second.recordId).toBe(before.newRecordId);
      expect(await page.locator('.content-note, [data-start-case]').count()).toBe(0);
      await page.getByRole('button', { name: es.otherCase }).click();
      await page.waitForSelector('.case-list');
      expect(await page.locator('.attempt-list [data-open-debrief]').count()).toBe(2);
      expect(await page.locator('[data-last-finished]').getAttribute('data-last-finished')).toBe(
        second.recordId,
      );
    });
  });
});

/**
 * Clicks option `choice` and reloads the page the moment the record it ends the case with is
 * committed to IndexedDB (the records store's transaction completes): the record is saved,
 * the debrief not yet shown. Says what the page showed then, and which record was written.
 */
async function reloadOnceRecordSaved(
  page: Page,
  choice: number,
): Promise<{ debriefShown: boolean; newRecordId: string }> {
  await page.evaluate(() => {
    type Put = (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) => IDBRequest<IDBValidKey>;
    const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as Put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const request = original.apply(this, args);
      if (this.name === 'records') {
        const newRecordId = String((args[0] as { recordId?: unknown }).recordId);
        this.transaction.addEventListener('complete', () => {
          const debriefShown = document.querySelector('[data-debrief]') !== null;
          sessionStorage.setItem('test:before-reload', JSON.stringify({ debriefShown, newRecordId }));
          location.reload();
        });
      }
      return request;
    };
  });
  const navigated = page.waitForEvent('load');
  await page.locator(`[data-choice-index="${choice}"]:not([disabled])`).click();
  await navigated;
  const saved = await page.evaluate(() => sessionStorage.getItem('test:before-reload'));
  return JSON.parse(saved ?? '{}') as { debriefShown: boolean; newRecordId: string };
}
