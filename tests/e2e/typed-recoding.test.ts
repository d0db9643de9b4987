import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { someStories } from '../server/support/backends.ts';
import { attempt, ClassFixture, passphrase } from '../server/support/class-fixture.ts';
import { withTypedQuestions } from '../server/support/typed-attempt.ts';
import { seriousA11yViolations } from './support/a11y.ts';
import { freshBrowser, hasChromium } from './support/browser.ts';

const leading = '¿El vecino te llevó a su cuarto, <b>no</b>?';

describe.skipIf(!hasChromium())('typed questions in the instructor dashboard, in Chromium', () => {
  let fixture: ClassFixture;
  let base: string;

  beforeAll(async () => {
    const stories = someStories(['theft_16']);
    fixture = await ClassFixture.start('pglite', { storiesDir: stories, distDir: '/nonexistent' });
    base = await fixture.listen();
    const cls = await fixture.newClass(fixture.first, 'Aula del jueves');
    const { token } = await fixture.join(cls.code, 'Rosa Quispe', '1');
    const a = withTypedQuestions(attempt({ caseId: 'theft_16', mode: 'practice', seed: 5 }), [
      { step: 0, text: 'Cuéntame todo lo que pasó', classified: 'invitation' },
      { step: 1, text: leading, classified: 'directive' },
    ]);
    const put = await fixture.put(`/api/records/${a.record.recordId}`, token, a.record);
    // Stored either way: 'verified' while replay ignores typed questions, 'altered' once it proves them.
    expect(put.statusCode).toBe(201);
    expect(['verified', 'altered']).toContain(put.json<{ status: string }>().status);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  it('an instructor re-codes a typed question by keyboard and the agreement figure changes; the TSV holds it', async () => {
    const browser = await freshBrowser();
    try {
      const { page } = browser;
      await page.goto(`${base}/instructor/?lang=es`);
      await page.fill('input[name=username]', 'ana');
      await page.fill('input[name=passphrase]', passphrase);
      await page.click('button[type=submit]');
      await page.getByText('Sus aulas').waitFor();
      await page.goto(`${base}/instructor/dashboard/?lang=es`);
      await page.getByRole('link', { name: 'Aula del jueves' }).click();
      await page.getByRole('link', { name: 'Preguntas escritas' }).click();
      const figure = (key: string) => page.locator(`#typed-agreement [data-figure=${key}]`).innerText();
      await page.locator('#typed-questions').waitFor();
      expect(await figure('questions')).toBe('2');
      expect(await figure('recoded')).toBe('0');
      expect(await figure('seven-types')).toBe('—');
      expect(await page.locator('#typed-questions tbody th').allInnerTexts()).toEqual([
        'Cuéntame todo lo que pasó',
        leading,
      ]);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // The leading question, read as directive, is suggestive: chosen and saved by keyboard.
      const type = page.getByRole('combobox', { name: `Tipo correcto de «${leading}»` });
      await type.focus();
      await type.selectOption('suggestive');
      await page.keyboard.press('Tab');
      await page.keyboard.type('nombra al vecino y al cuarto');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => figure('recoded')).toBe('1');
      expect(await page.locator('#typed-note').innerText()).toBe('Recodificación guardada.');
      expect(await figure('seven-types')).toBe('0 % (0/1)');
      expect(await figure('recommended')).toBe('0 % (0/1)');
      expect(await page.locator('#typed-confusions tbody tr').allInnerTexts()).toEqual([
        'Directiva (qué, quién, dónde…)\tSugestiva\t1',
      ]);

      // Confirming the invitation: agreement 1 of 2.
      await page
        .getByRole('button', { name: 'Guardar la recodificación de «Cuéntame todo lo que pasó»' })
        .click();
      await expect.poll(() => figure('seven-types')).toBe('50 % (1/2)');

      await page.selectOption('#typed-show', 'disagree');
      expect(await page.locator('#typed-questions tbody th').allInnerTexts()).toEqual([leading]);
      await page.reload();
      await page.locator('#typed-questions').waitFor();
      expect(await page.locator('#typed-questions tbody th').allInnerTexts()).toEqual([leading]);
      expect(await figure('seven-types')).toBe('50 % (1/2)');
      expect(await seriousA11yViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /datos etiquetados \(TSV, español\)/ }).click(),
      ]);
      const tsv = readFileSync(await download.path(), 'utf8')
        .trim()
        .split('\n');
      expect(tsv[0]).toBe('id\ttype\tundisclosed\ttext\tsplit');
      expect(tsv.slice(1).map((l) => l.split('\t').slice(1))).toEqual([
        ['invitation', '', 'Cuéntame todo lo que pasó', 'instructor'],
        ['suggestive', '', leading, 'instructor'],
      ]);
    } finally {
      await browser.close();
    }
  });
});
