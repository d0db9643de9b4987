import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/core/language.ts';
import { StoryRunner } from '../../src/core/story/story-runner.ts';
import { stringsFor } from '../../src/i18n/translate.ts';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import { hasChromium, withFreshPage } from './support/browser.ts';
import { servedDev } from './support/dev-server.ts';
import { seriousA11yViolations } from './support/page-helpers.ts';

/**
 * The author view as a writer opens it: `npm start`, then `/?author=1&case=<id>` (dev server
 * only). No trainee name asked, every word in the interface's language, every control named.
 */
const enabled = hasChromium();
const root = join(import.meta.dirname, '..', '..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: Awaited<ReturnType<typeof servedDev>>;

/** The first line of a knot of lost_child_5, as the story runner gives it after a jump. */
function firstLineOf(knot: string, lang: Language): string {
  const json = compileInk(join(root, 'stories', 'lost_child_5', `${lang}.ink`)).json!;
  const runner = new StoryRunner({ json });
  runner.start();
  return runner.jumpTo(knot).lines[0]!.text;
}

/** axe's rules that a control without a name breaks (any impact). */
async function unnamedControls(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Axe = {
      run: (
        ctx: Document,
        o: object,
      ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
    };
    const { axe } = window as unknown as { axe: Axe };
    const rules = [
      'button-name',
      'select-name',
      'label',
      'input-button-name',
      'link-name',
      'aria-input-field-name',
    ];
    const result = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe.runIf(enabled)('the author view in Chromium (dev server)', () => {
  beforeAll(async () => {
    server = await servedDev();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each<Language>(['es', 'en'])(
    'opens in %s without a name, names every control, shows actions and verdicts, and jumps',
    async (lang) => {
      const t = stringsFor(lang);
      await withFreshPage(async (page) => {
        await page.goto(`${server.url}?author=1&case=lost_child_5&lang=${lang}`);
        // no start form: straight to the content note, in the interface's language
        await page.waitForSelector('[data-start-case]');
        expect(await page.locator('.start-form').count()).toBe(0);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'es' ? 'es-PE' : 'en');
        await page.click('[data-start-case]');
        await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
        const panel = page.locator('[data-author-panel]');
        await expect(panel.locator('h2').innerText()).resolves.toBe(t.authorTitle);
        await expect(page.locator('label[for="author-knot"]').innerText()).resolves.toBe(t.authorJump);

        // each option shows its actions (do:…), beside its button
        const options = page.locator('.dialogue[data-step="0"] [data-choice-index]');
        const count = await options.count();
        expect(count).toBeGreaterThan(1);
        const actions = await page
          .locator('.dialogue[data-step="0"] .option-row .author-actions')
          .allInnerTexts();
        expect(actions).toHaveLength(count);
        for (const a of actions) expect(a).toMatch(/^do:[a-z_]+( do:[a-z_]+)*$/);

        // a choice lists its verdicts, in the interface's language
        await options.first().click();
        await page.waitForSelector('.author-verdicts li');
        const verdicts = await page.locator('.author-verdicts li').allInnerTexts();
        expect(verdicts.length).toBeGreaterThan(0);
        for (const line of verdicts) {
          expect(line).toMatch(new RegExp(`^${t.step(1)} · [A-Z]{3}-\\d\\d · (${t.met}|${t.violated} \\()`));
          expect(line).not.toMatch(/\b(met|violated|not_reached|minor|major|critical)\b/);
        }
        expect(await unnamedControls(page)).toEqual([]);
        expect(await seriousA11yViolations(page)).toEqual([]);

        // a jump to a knot continues the story from there
        await page.selectOption('#author-knot', 'llega_mama');
        await page.click('[data-author-jump]');
        await expect
          .poll(() => page.locator('.dialogue').innerText(), { timeout: 30_000 })
          .toContain(firstLineOf('llega_mama', lang));
        await page.waitForSelector('.dialogue [data-choice-index]:not([disabled])');
        expect(await unnamedControls(page)).toEqual([]);
      });
    },
  );
});
