import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';
import { play } from './support/page-helpers.ts';

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

describe.runIf(enabled)('the home of a returning trainee', () => {
  beforeAll(async () => {
    server = await servedBuild();
    mkdirSync(join(import.meta.dirname, '..', '..', 'test-results', 'screen'), { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('continues a case left halfway at its decision, and after a failed case shows what was missed and a recommendation', async () => {
    await withFreshPage(async (page) => {
      await page.goto(`${server.url}?case=lost_child_5&lang=es&mode=practice&trainee=Vuelve`);
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
      await play(page, [0, 0]);
      await page.click('[data-pause]');
      await page.getByRole('button', { name: es.leaveCase }).click();
      await page.waitForSelector('.case-list');
      const resume = page.locator('[data-continue="lost_child_5"]');
      expect(await resume.innerText()).toBe(es.continueAt(3));
      expect(
        await page
          .locator('.case-card', { has: page.locator('[data-case="lost_child_5"]') })
          .locator('.best')
          .innerText(),
      ).toBe(es.inProgress(3));
      await resume.click();
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="2"] [data-choice-index]:not([disabled])');

      // a failed case: alternate choices until its debrief
      await page.click('[data-pause]');
      await page.getByRole('button', { name: es.leaveCase }).click();
      await page.locator('[data-case="disclosure_8"]').click();
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
      for (let i = 0; i < 20 && !(await page.locator('[data-debrief]').count()); i++)
        await play(page, [i % 2]);
      await page.waitForSelector('[data-debrief="failed"]');
      await page.getByRole('button', { name: es.otherCase }).click();
      await page.waitForSelector('.case-list');
      const card = page.locator('.case-card', { has: page.locator('[data-case="disclosure_8"]') });
      expect(await card.locator('.attempts').innerText()).toMatch(
        /^1 intento · último: \d+\/100 \(no aprobado\)$/,
      );
      expect(await card.locator('[data-missed]').getAttribute('data-missed')).toMatch(/^[A-Z]{3}-\d\d/);
      const recommended = await page.locator('[data-recommended]').getAttribute('data-recommended');
      expect(recommended).toMatch(/^[a-z_0-9]+$/);
      expect(await page.locator('[data-recommended] h2').innerText()).toBe(es.recommendedTitle);
      await page.screenshot({
        path: join(import.meta.dirname, '..', '..', 'test-results', 'screen', 'home.png'),
        fullPage: true,
      });
      // the half-done case still offers to continue, and can be started over
      await page.locator('[data-restart="lost_child_5"]').click();
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
    });
  });
});
