import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';

/**
 * A case written only as ink files (tests/fixtures/cases/tomas_7: a new child and a new adult
 * declared with `cast:`, no code), added to the build with PC_EXTRA_STORIES, played to its debrief.
 * The boy has his own drawings (people/tomas/<mood>.svg in the case folder); the grandmother none.
 */
const enabled = hasChromium();
const extra = join(import.meta.dirname, '..', 'fixtures', 'cases');
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'fixture-case');
let server: Awaited<ReturnType<typeof servedBuild>>;

describe.runIf(enabled)('a case written only as ink files, in Chromium', () => {
  beforeAll(async () => {
    const before = process.env.PC_EXTRA_STORIES;
    process.env.PC_EXTRA_STORIES = extra;
    try {
      server = await servedBuild();
    } finally {
      if (before === undefined) delete process.env.PC_EXTRA_STORIES;
      else process.env.PC_EXTRA_STORIES = before;
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('plays with the boy drawn from his own drawings, the grandmother as a generic figure, and ends in its debrief', async () => {
    await withFreshPage(async (page) => {
      const images = new Map<string, number>();
      const own = new Map<string, number>(); // the case folder's drawings, built as assets/<mood>-<hash>.svg
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.includes('/images/')) images.set(path.replace(/^.*\/images\//, ''), r.status());
        if (/\/assets\/[a-z]+-[\w-]+\.svg$/.test(path)) own.set(r.url(), r.status());
      });
      await page.goto(`${server.url}?case=tomas_7&lang=es&mode=practice&trainee=Autora`);
      await page.click('[data-start-case]');
      await expect(page.locator('#case-title').textContent()).resolves.toBe('Tomás llega con su abuela');
      await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
      await expect(page.locator('.dialogue').textContent()).resolves.toContain('Abuela de Tomás');
      await page.locator('[data-choice-index="0"]').click();
      await page.waitForSelector('.dialogue[data-step="1"] [data-choice-index]:not([disabled])');
      // the grandmother holds the boy on her lap (held_by:abuela): kept for a look in test-results/
      await expect.poll(() => images.get('figures/adult_female.svg'), { timeout: 30_000 }).toBe(200);
      await page.waitForTimeout(1500);
      await page.locator('.stage').screenshot({ path: join(shots, 'tomas_7-room.png') });
      await page.locator('[data-choice-index="0"]').click();
      await page.waitForSelector('[data-debrief]');
      await expect(page.locator('[data-debrief]').getAttribute('data-debrief')).resolves.toBe('passed');
      // the grandmother was drawn from the generic figure; the boy from his own drawings, never the figure's
      await expect.poll(() => images.get('figures/adult_female.svg'), { timeout: 30_000 }).toBe(200);
      expect([...images.keys()].filter((path) => path.startsWith('figures/child_male'))).toEqual([]);
      const anxious = [...own.keys()].find((url) => /\/anxious-[\w-]+\.svg$/.test(url));
      expect(anxious && own.get(anxious)).toBe(200);
      expect(await (await page.request.get(anxious!)).text()).toContain('Tomás (anxious)');
      expect([...own.values()].every((status) => status === 200)).toBe(true);
      expect(
        [...images.keys()].filter((p) => p.includes('people/tomas') || p.includes('people/abuela')),
      ).toEqual([]);
    });
  });
});
