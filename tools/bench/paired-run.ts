import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { freshBrowser } from '../../tests/e2e/support/browser.ts';
import { nameShim } from './probe.ts';
import { installPaintClock } from './paint-clock.ts';
import { installPairedProbe } from './paired-probe.ts';
import type { PairedProbe, PairedTarget, PairedWindow } from './paired-probe.ts';

/** One page of the pair: where it is served from and what its options look like. */
export interface PairedSide {
  readonly name: string;
  readonly url: string;
  /** The folder served at `url` (to size the scripts it sent). */
  readonly dir: string;
  readonly target: PairedTarget;
}

/** What one cold load and quick play-through of one side gave. Times in ms. */
export interface PairedFigures {
  /** Navigation → first clickable option (the content-note click included). */
  readonly firstOption: number;
  /** Click → the frame after the next options, per decision. */
  readonly nextOptions: readonly number[];
  /** Per decision, the longest long task running between the click and that frame (0: none). */
  readonly decisionLongestTask: readonly number[];
  /** gzip -9 bytes of the scripts requested before the first option. */
  readonly jsBeforeFirstOption: number;
}

const timeout = 120_000;

export const simulatorTarget: PairedTarget = {
  note: '[data-start-case]',
  option: '.dialogue[data-step] button[data-choice-index]:not([disabled])',
  pick: '[data-choice-index="0"]',
  end: '[data-debrief]',
  settle: false,
};

/**
 * inkle's web export template: each choice is `<p class="choice"><a href="#">`. Its page scrolls smoothly
 * to the new text after a click, so the harness waits for the option to stand still before clicking it
 * (that wait is not measured: a decision is timed from the click's own timestamp).
 */
export const inkExportTarget: PairedTarget = {
  note: null,
  option: 'p.choice a',
  pick: 'a',
  end: null,
  settle: true,
};

async function inTime<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeout);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads `side` cold (fresh profile, fresh browser) at `rate`× CPU and clicks an option as soon as the
 * options appear, `decisions` times or until the story ends (a trusted mouse click through CDP).
 */
export async function pairedRun(side: PairedSide, rate: number, decisions: number): Promise<PairedFigures> {
  const browser = await freshBrowser();
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript({ content: nameShim });
    await page.addInitScript(installPaintClock);
    await page.addInitScript({ content: `window.__pairedTarget = ${JSON.stringify(side.target)};` });
    await page.addInitScript(installPairedProbe);
    await page.goto(side.url, { waitUntil: 'commit', timeout });
    if (side.target.note) {
      const at = await inTime(
        page.evaluate(() => (window as unknown as PairedWindow).__pairedControl.note()),
        'the content note',
      );
      if (at.kind === 'click') await page.mouse.click(at.x, at.y);
    }
    for (let n = 0; n < decisions; n++) {
      if (!(await clickNext(page, n))) break;
    }
    // The frame after the last options.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const probe = await page.evaluate(() => (window as unknown as PairedWindow).__paired);
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        start: e.startTime,
        type: (e as PerformanceResourceTiming).initiatorType,
      })),
    );
    return figuresOf(probe, resources, side.dir);
  } finally {
    await browser.close();
  }
}

/**
 * Clicks an option of the options that followed `n` clicks; false at the end of the story. A click that
 * did not reach an option (the page was still scrolling) is made again, at the option's new place.
 */
async function clickNext(page: Page, n: number): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const wait = n === 0 ? timeout : 10_000;
    const move = await inTime(
      page.evaluate(([k, w]) => (window as unknown as PairedWindow).__pairedControl.next(k, w), [
        n,
        wait,
      ] as const),
      `options after ${n} clicks`,
    );
    if (move.kind === 'end') return false;
    await page.mouse.click(move.x, move.y);
    const arrived = await page.evaluate(
      (k) => (window as unknown as PairedWindow).__paired.clicks.length > k,
      n,
    );
    if (arrived) return true;
    await page.waitForTimeout(100);
  }
  throw new Error(`the click after ${n} decisions never reached an option`);
}

function figuresOf(
  p: PairedProbe,
  resources: readonly { name: string; start: number; type: string }[],
  dir: string,
): PairedFigures {
  const firstOption = p.ready[0] ?? NaN;
  const nextOptions: number[] = [];
  const decisionLongestTask: number[] = [];
  p.clicks.forEach((at, i) => {
    const painted = p.painted[i + 1];
    if (painted === undefined) return;
    nextOptions.push(painted - at);
    const tasks = p.longTasks
      .filter((t) => t.start < painted && t.start + t.duration > at)
      .map((t) => t.duration);
    decisionLongestTask.push(tasks.length ? Math.max(...tasks) : 0);
  });
  const scripts = resources.filter(
    (r) => r.start < firstOption && (r.type === 'script' || /\.m?js(\?|$)/.test(r.name)),
  );
  const jsBeforeFirstOption = [...new Set(scripts.map((s) => s.name))].reduce(
    (total, url) => total + gzipOf(dir, url),
    0,
  );
  return { firstOption, nextOptions, decisionLongestTask, jsBeforeFirstOption };
}

function gzipOf(dir: string, url: string): number {
  const path = normalize(decodeURIComponent(new URL(url).pathname)).replace(/^[/\\]+/, '');
  if (path.startsWith('..')) return 0;
  try {
    return gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  } catch {
    return 0;
  }
}
