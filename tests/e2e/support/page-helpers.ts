import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the current page (axe goes in through DevTools: the page's CSP allows no inline script). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

/** The autosave of the case in progress, read straight from IndexedDB. */
export async function storedProgress(
  page: Page,
): Promise<{ choices: number[]; verdicts: unknown[]; step: number } | undefined> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('primer-contacto');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const all = open.result.transaction('progress').objectStore('progress').getAll();
          all.onsuccess = () => {
            const save = (
              all.result as {
                run: {
                  choices: number[];
                  protocol: { context: { verdicts: unknown[] } };
                  story: { step: { index: number } };
                };
              }[]
            )[0];
            open.result.close();
            resolve(
              save && {
                choices: save.run.choices,
                verdicts: save.run.protocol.context.verdicts,
                step: save.run.story.step.index,
              },
            );
          };
        };
      }),
  );
}

/** Number of distinct colours in a PNG, decoded by the browser itself. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 16)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.toString('base64'));
}

/** Visible option texts of the current step. */
export async function optionTexts(page: Page): Promise<string[]> {
  return page.locator('[data-choice-index]').allInnerTexts();
}

/** Makes `choices` (by data-choice-index) from the current step; stops at the debrief. */
export async function play(page: Page, choices: readonly number[]): Promise<void> {
  for (const choice of choices) {
    const step = Number(await page.locator('.dialogue').getAttribute('data-step'));
    await page
      .locator(`.dialogue[data-step="${step}"] [data-choice-index="${choice}"]:not([disabled])`)
      .click();
    await page.waitForSelector(
      `.dialogue[data-step="${step + 1}"] [data-choice-index]:not([disabled]), [data-debrief]`,
    );
    if (await page.locator('[data-debrief]').count()) return;
  }
}

/** Makes the choice of step `step` (option 0 of the story) in a page or a frame; false once the case has ended. */
export async function chooseAt(target: Page | Frame, step: number): Promise<boolean> {
  const options = `.dialogue[data-step="${step}"] [data-choice-index]:not([disabled])`;
  await target.waitForSelector(`${options}, [data-debrief]`);
  if (await target.locator('[data-debrief]').count()) return false;
  await target.locator(`.dialogue[data-step="${step}"] [data-choice-index="0"]`).click();
  return true;
}

/** Plays option 0 from step `from` to the debrief; the number of the last step reached. */
export async function playToDebrief(target: Page | Frame, from: number): Promise<number> {
  let step = from;
  while (await chooseAt(target, step)) step++;
  await target.waitForSelector('[data-debrief]');
  return step;
}
