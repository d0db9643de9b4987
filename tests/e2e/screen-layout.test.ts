import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBrowser, hasChromium, servedBuild } from './support/browser.ts';
import { seriousA11yViolations } from './support/page-helpers.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results', 'screen');
const sizes = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, device: {}, textSize: 100 },
  { name: 'small-laptop', viewport: { width: 1280, height: 720 }, device: {}, textSize: 100 },
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    device: { isMobile: true, hasTouch: true },
    textSize: 100,
  },
  { name: 'laptop-200', viewport: { width: 1366, height: 768 }, device: {}, textSize: 200 },
] as const;

/** Top and bottom of the first element matching `selector`, in viewport pixels. */
async function span(page: Page, selector: string): Promise<[number, number]> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not displayed`);
  return [Math.round(box.y), Math.round(box.y + box.height)];
}

/** Whether the first element matching `selector` lies wholly inside the viewport. */
async function inView(page: Page, selector: string, height: number): Promise<boolean> {
  const [top, bottom] = await span(page, selector);
  return top >= 0 && bottom <= height;
}

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

describe.runIf(enabled)('feedback in view at a laptop and a phone size', () => {
  beforeAll(async () => {
    server = await servedBuild();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows the case's own station at once, before the picture engine is ready: Villa Esperanza at night", async () => {
    const { page, close } = await freshBrowser({ width: 1366, height: 768 });
    try {
      await page.goto(`${server.url}?case=family_violence_10&lang=es&mode=practice&trainee=Noche`);
      await page.click('[data-start-case]');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]');
      const background = await page.locator('.stage').evaluate((el) => getComputedStyle(el).backgroundImage);
      expect(background).toContain('images/places/front_desk/lima-night.svg');
      await page.waitForSelector('[data-stage-ready="true"]');
      await page.screenshot({ path: join(shots, 'night-shift.png') });
    } finally {
      await close();
    }
  });

  for (const size of sizes) {
    it(`${size.name} ${size.viewport.width}×${size.viewport.height}: comment, options and Pausa in view after each choice; screens open at their top`, async () => {
      const { page, close } = await freshBrowser(size.viewport, size.device);
      const height = size.viewport.height;
      try {
        if (size.textSize !== 100) {
          await page.goto(server.url);
          await page.evaluate(
            (textSize) => localStorage.setItem('primer-contacto:settings', JSON.stringify({ textSize })),
            size.textSize,
          );
        }
        await page.goto(`${server.url}?case=disclosure_8&lang=es&mode=practice&trainee=Medida`);
        await page.click('[data-start-case]');
        await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
        await page.screenshot({ path: join(shots, `${size.name}-start.png`) });
        // the first step: every option in view, with the pause control
        // at 200 % text the lines of the first step alone fill the laptop screen: the options follow below
        const options = size.textSize === 100 ? await page.locator('[data-choice-index]').count() : 0;
        for (let i = 0; i < options; i++)
          expect(
            await inView(page, `.dialogue-options > :nth-child(${i + 1})`, height),
            `option ${i + 1} of the first step`,
          ).toBe(true);
        expect(await inView(page, '[data-pause]', height)).toBe(true);
        if (size.textSize === 200) {
          // one column: the picture above the text, not hidden
          const [stageTop, stageBottom] = await span(page, '.stage');
          const [turnTop] = await span(page, '.turn');
          expect(stageBottom).toBeLessThanOrEqual(turnTop);
          expect(stageBottom - stageTop).toBeGreaterThan(100);
        }
        const hint = size.name === 'phone' ? '.hint-touch' : '.hint-keys';
        const otherHint = size.name === 'phone' ? '.hint-keys' : '.hint-touch';
        expect(await page.locator(hint).isVisible()).toBe(true);
        expect(await page.locator(otherHint).isVisible()).toBe(false);

        // choose the first option then the second, alternating, until the debrief; check the view after each
        let checked = 0;
        for (let step = 0; step < 12; step++) {
          await page.locator(`[data-choice-index="${step % 2}"]`).click();
          await page.waitForSelector(
            `.dialogue[data-step="${step + 1}"] [data-choice-index]:not([disabled]), [data-debrief]`,
          );
          if (await page.locator('[data-debrief]').count()) break;
          const where = {
            coach: await span(page, '[data-coach]'),
            option: await span(page, '[data-choice-index]'),
            pause: await span(page, '[data-pause]'),
          };
          expect(
            await inView(page, '[data-coach]', height),
            `coach after choice ${step + 1}: ${JSON.stringify(where)}`,
          ).toBe(true);
          // the options begin on screen: a long reply between the comment and the options may push the rest below
          if (size.textSize === 100)
            expect(
              (await span(page, '.dialogue-options > :first-child'))[0] < height - 24,
              `first option after choice ${step + 1}: ${JSON.stringify(where)}`,
            ).toBe(true);
          else console.info(`[200 %] after choice ${step + 1}: ${JSON.stringify(where)}`);
          expect(await inView(page, '[data-pause]', height), `pause after choice ${step + 1}`).toBe(true);
          // the comment is not under the sticky header
          const header = await span(page, '.case-header');
          expect(where.coach[0]).toBeGreaterThanOrEqual(header[1]);
          if (checked === 0) await page.screenshot({ path: join(shots, `${size.name}-after-choice.png`) });
          checked++;
        }
        expect(checked).toBeGreaterThanOrEqual(3);
        expect(await seriousA11yViolations(page)).toEqual([]);

        // the debrief: opened at its top, the result in its focused heading
        await page.waitForSelector('[data-debrief]');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const heading = await page.evaluate(() => ({
          text: document.activeElement?.textContent,
          tag: document.activeElement?.tagName,
        }));
        expect(heading.tag).toBe('H1');
        expect(heading.text).toMatch(/^Resultado: (Aprobado|No aprobado), \d+$/);
        expect(await inView(page, '#debrief-title', height)).toBe(true);
        expect(await inView(page, '.result', height)).toBe(true);
        expect(await page.title()).toContain(heading.text ?? '');
        await page.screenshot({ path: join(shots, `${size.name}-debrief.png`) });

        // the case list, from the bottom of the debrief: opened at its top
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.getByRole('button', { name: 'Elegir otro caso' }).click();
        await page.waitForSelector('.case-list');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await page.title()).toBe('Elige un caso · Primer Contacto');
      } finally {
        await close();
      }
    });
  }
});
