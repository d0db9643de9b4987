import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { someStories } from '../server/support/backends.ts';
import { attempt, ClassFixture, passphrase, storyJson } from '../server/support/class-fixture.ts';
import { walk } from '../server/dashboard-paths.ts';
import { seriousA11yViolations } from './support/a11y.ts';
import { freshBrowser, hasChromium } from './support/browser.ts';

const rosa = 'Rosa <script>window.__pwned = 1</script>';
const juan = 'Juan <img src=x onerror="window.__pwned = 2">';
const marta = 'Marta <svg onload="window.__pwned = 4">';
const comment = 'Debió presentarse primero <img src=x onerror="window.__pwned = 3"> ¿sí?';

/** Signs in on the instructor page and follows the link to the dashboard; fails on any dialog. */
async function signIn(page: Page, base: string, dialogs: string[]): Promise<void> {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${base}/instructor/?lang=es`);
  await page.fill('input[name=username]', 'ana');
  await page.fill('input[name=passphrase]', passphrase);
  await page.click('button[type=submit]');
  await page.getByText('Sus aulas').waitFor();
  await page.click('a[href="/instructor/dashboard/"]');
  await page.getByRole('link', { name: 'Aula del martes' }).click();
  await page.locator('#overview').waitFor();
}

describe.skipIf(!hasChromium())('instructor dashboard in Chromium', () => {
  let fixture: ClassFixture;
  let base: string;
  let slipId: string;
  let offline: string;

  beforeAll(async () => {
    const stories = someStories(['theft_16', 'lost_child_5']);
    fixture = await ClassFixture.start('pglite', { storiesDir: stories, distDir: '/nonexistent' });
    base = await fixture.listen();
    const { code } = await fixture.newClass(fixture.first, 'Aula del martes');
    const json = storyJson('theft_16');
    const fromPc = attempt({ caseId: 'theft_16', choices: walk(json, 'clean'), mode: 'practice' }).record;
    offline = JSON.stringify({ ...fromPc, trainee: { name: marta, code: '3' } });
    for (const [name, how] of [
      [rosa, 'clean'],
      [juan, 'slip-first'],
    ] as const) {
      const { token } = await fixture.join(code, name, '1');
      const a = attempt({ caseId: 'theft_16', choices: walk(json, how), mode: 'evaluation' });
      if (how === 'slip-first') slipId = a.record.recordId;
      const put = await fixture.play(token, a);
      expect(put.json()).toMatchObject({ status: 'verified', witnessed: true });
    }
  });
  afterAll(async () => {
    await fixture?.close();
  });

  it('signs in, sees both trainees, opens the heat map, reviews an attempt, comments, exports CSV; a fresh browser shows the comment', async () => {
    const dialogs: string[] = [];
    const first = await freshBrowser();
    try {
      const { page } = first;
      await signIn(page, base, dialogs);
      const overview = page.locator('#overview');
      await expect.poll(() => overview.locator('tbody tr').count()).toBe(2);
      expect(await overview.locator('tbody th').allInnerTexts()).toEqual([juan, rosa].sort());
      expect(await seriousA11yViolations(page)).toEqual([]);

      // By keyboard: Tab from the top of the page to the link, Enter follows it.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Errores de la clase') break;
      }
      await page.keyboard.press('Enter');
      const heat = page.locator('#heatmap');
      await heat.waitFor();
      expect(await heat.locator('tbody tr').first().innerText()).toMatch(/^REC-03\s+1\/2 · grave\s+1$/);
      await page.selectOption('#item-case', 'theft_16');
      await page.getByRole('button', { name: 'Ver' }).click();
      await page.locator('#items .decision').first().waitFor();
      expect(await page.locator('#items .decision').first().innerText()).toMatch(
        /50 % \(1\)[\s\S]*✓ conforme[\s\S]*50 % \(1\)[\s\S]*✗ viola/,
      );
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Resumen' }).click();
      await page.locator('#overview').getByRole('row', { name: /Juan/ }).getByRole('link').nth(1).click();
      await page.locator('#step-0').waitFor();
      expect(page.url()).toContain(`/instructor/dashboard/attempt/${slipId}`);
      expect(await page.locator('#step-0 .verdict.violated').first().innerText()).toMatch(
        /REC-03 — violado \(grave\)/,
      );
      await page.locator('#comment-0').focus();
      await page.keyboard.type(comment);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#step-0 .comment').count()).toBe(1);
      expect(await page.locator('#step-0 .comment').innerText()).toContain(comment);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Reportes' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /una fila por intento/ }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain(comment.replaceAll('"', '""'));
      expect(csv).toContain('Rosa <script>');

      await page.getByRole('link', { name: 'Importar' }).click();
      await page.setInputFiles('#import-files', [
        { name: 'marta.json', mimeType: 'application/json', buffer: Buffer.from(offline) },
        { name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from('{"recordId": ') },
      ]);
      await expect.poll(() => page.locator('#import-results li.ok, #import-results li.bad').count()).toBe(2);
      const results = await page.locator('#import-results li').allInnerTexts();
      expect(results[0]).toBe(`marta.json: guardado (verified) — ${marta}`);
      expect(results[1]).toMatch(/^roto\.json: rechazado: not readable JSON/);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Resumen' }).click();
      await expect.poll(() => page.locator('#overview tbody tr').count()).toBe(3);
      await page.locator('#overview tbody th a', { hasText: 'Juan' }).click();
      await page.locator('#curve').waitFor();
      await page.locator('.chart canvas').waitFor();
      expect(await page.locator('#missed tbody th').allInnerTexts()).toEqual(['REC-03']);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Ajustes' }).click();
      await page.locator('#settings').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: /^Settings/ }).waitFor();
      await page.getByRole('link', { name: 'Reports' }).click();
      await page.locator('#downloads').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await first.close();
    }

    const second = await freshBrowser();
    try {
      const { page } = second;
      await signIn(page, base, dialogs);
      await page.goto(`${base}/instructor/dashboard/attempt/${slipId}?lang=en`);
      await page.locator('#step-0 .comment').waitFor();
      expect(await page.locator('#step-0 .comment').innerText()).toContain(comment);
      expect(await page.locator('#step-0 h2').innerText()).toBe('Decision 1');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await second.close();
    }
    expect(dialogs).toEqual([]);
  });
});
