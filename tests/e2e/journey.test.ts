import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';
import type { Page } from 'playwright-core';
import {
  distinctColours,
  optionTexts,
  seriousA11yViolations,
  storedProgress,
} from './support/page-helpers.ts';

/** Presses Tab until `isThere` holds (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, isThere: () => boolean): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(isThere)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

describe.runIf(enabled)('the simulator in Chromium', () => {
  beforeAll(async () => {
    server = await servedBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('plays a whole case with the keyboard alone, to its debrief', async () => {
    await withFreshPage(async (page) => {
      await page.goto(server.url);
      await page.waitForSelector('#trainee-name');
      await tabTo(page, () => document.activeElement?.id === 'trainee-name');
      await page.keyboard.type('Cadete Teclado');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.case-list');
      await tabTo(
        page,
        () => (document.activeElement as HTMLElement | null)?.dataset.case === 'lost_child_5',
      );
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-start-case]');
      await tabTo(page, () => document.activeElement?.hasAttribute('data-start-case') === true);
      await page.keyboard.press('Enter');
      let decisions = 0;
      for (; decisions < 80; decisions++) {
        await page.waitForSelector(
          `.dialogue[data-step="${decisions}"] [data-choice-index]:not([disabled]), [data-debrief]`,
        );
        if (await page.locator('[data-debrief]').count()) break;
        const position = await page
          .locator('.dialogue-options [data-choice-index]')
          .evaluateAll((buttons) => buttons.findIndex((b) => b.getAttribute('data-choice-index') === '0'));
        await page.keyboard.press(String(position + 1));
      }
      await page.waitForSelector('[data-debrief]');
      expect(decisions).toBeGreaterThanOrEqual(12);
      await expect(page.locator('[data-debrief]').getAttribute('data-debrief')).resolves.toBe('passed');
      expect(await page.locator('.timeline-step').count()).toBeGreaterThanOrEqual(decisions);
      expect(await page.locator('.distress-plot circle').count()).toBe(decisions + 1);
    });
  });

  it('resumes at the same step with the same verdicts after a reload', async () => {
    await withFreshPage(async (page) => {
      await page.goto(`${server.url}?case=family_violence_10&lang=es&mode=evaluation&trainee=Recarga`);
      await page.click('[data-start-case]');
      for (const [step, choice] of [0, 0, 0].entries()) {
        await page.waitForSelector(`.dialogue[data-step="${step}"] [data-choice-index]:not([disabled])`);
        await page.locator(`[data-choice-index="${choice}"]`).click();
      }
      await page.waitForSelector('.dialogue[data-step="3"] [data-choice-index]:not([disabled])');
      const before = await optionTexts(page);
      // the autosave is written once the options are painted
      await expect.poll(async () => (await storedProgress(page))?.choices).toEqual([0, 0, 0]);
      const saved = await storedProgress(page);
      await page.reload();
      await page.waitForSelector('[data-choice-index]:not([disabled])');
      expect(await optionTexts(page)).toEqual(before);
      expect(await storedProgress(page)).toEqual(saved);
      expect(await page.locator('[role="log"] li.choice').count()).toBe(3);
    });
  });

  it('asks the audio player for a new ambient loop when the scene changes', async () => {
    await withFreshPage(async (page) => {
      await page.addInitScript(() => {
        const heard: (string | null)[] = [];
        (window as unknown as { ambients: (string | null)[] }).ambients = heard;
        window.addEventListener('audio:ambient', (e) => heard.push((e as CustomEvent<string | null>).detail));
      });
      await page.goto(`${server.url}?case=disclosure_8&lang=es&mode=practice&trainee=Audio`);
      await page.click('[data-start-case]');
      const ambients = () =>
        page.evaluate(() => (window as unknown as { ambients: (string | null)[] }).ambients);
      // Attend at once (reception), then talk in the waiting area: the story then goes to the private room.
      for (const step of [0, 1]) {
        await page.waitForSelector(`.dialogue[data-step="${step}"] [data-choice-index]:not([disabled])`);
        await page.locator('[data-choice-index="0"]').click();
      }
      await page.waitForSelector('.dialogue[data-step="2"] [data-choice-index]:not([disabled])');
      await page.waitForFunction(() =>
        (window as unknown as { ambients: (string | null)[] }).ambients.includes('quiet_room'),
      );
      const heard = await ambients();
      expect(heard[0]).toBe('front_desk_busy');
      expect(heard).toContain('quiet_room');
      await page.waitForSelector('.stage[data-stage-scene="private_room"]');
    });
  });

  it('changes every visible string when the language is switched', async () => {
    await withFreshPage(async (page) => {
      await page.goto(server.url);
      await page.waitForSelector('#trainee-name');
      const spanish = await page.locator('body').innerText();
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const english = await page.locator('body').innerText();
      const uiStrings = Object.entries(es).filter(([, v]) => typeof v === 'string') as [
        keyof typeof en,
        string,
      ][];
      const shown = uiStrings.filter(([, v]) => spanish.includes(v));
      expect(shown.length).toBeGreaterThanOrEqual(8);
      for (const [key, text] of shown) {
        if (text === en[key]) continue;
        expect(english, `'${key}' still in Spanish`).not.toContain(text);
        expect(english).toContain(en[key] as string);
      }
    });
  });

  it('has no serious accessibility violations on the start screen, a case in progress and the debrief; the canvas is drawn', async () => {
    await withFreshPage(async (page) => {
      await page.goto(server.url);
      await page.waitForSelector('#trainee-name');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.goto(`${server.url}?case=disclosure_8&lang=es&mode=practice&trainee=Axe`);
      await page.click('[data-start-case]');
      await page.waitForSelector('[data-choice-index]:not([disabled])');
      await page.locator('[data-choice-index="0"]').click();
      await page.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      await page.waitForSelector('[data-stage-ready="true"]');
      expect(await seriousA11yViolations(page)).toEqual([]);
      const shot = await page.locator('.stage').screenshot();
      expect(await distinctColours(page, shot)).toBeGreaterThan(20);
      for (let i = 1; i < 80; i++) {
        await page.waitForSelector(
          `.dialogue[data-step="${i}"] [data-choice-index]:not([disabled]), [data-debrief]`,
        );
        if (await page.locator('[data-debrief]').count()) break;
        await page.locator('[data-choice-index]').last().click();
      }
      await page.waitForSelector('[data-debrief]');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  });
});

describe.skipIf(enabled)('the simulator in Chromium (skipped)', () => {
  it('needs Chromium: install it with apt-get install -y chromium, or set CHROMIUM_PATH', () => {
    expect(enabled).toBe(false);
  });
});
