import type { CDPSession, Page } from 'playwright-core';
import { freshBrowser } from '../../tests/e2e/support/browser.ts';
import { installProbe, nameShim } from './probe.ts';
import { installPaintClock } from './paint-clock.ts';
import type { BenchProbe, Milestone, Pacing, ProbeWindow } from './probe.ts';
import type { CpuProfile } from './profile.ts';

/** Everything one cold run (fresh profile, fresh browser) observed. Times are ms since navigation start. */
export interface RawRun {
  readonly rate: number;
  readonly probe: BenchProbe;
  readonly firstChoiceMark: number | null;
  readonly firstOptionEnabled: boolean;
  /** Scripts the page requested, with the time each request started. */
  readonly scripts: readonly { readonly url: string; readonly start: number }[];
  /** JS heap after a forced GC once the debrief is on screen (CDP Runtime.getHeapUsage), and performance.memory. */
  readonly heap: { readonly used: number; readonly total: number; readonly perfMemoryUsed: number | null };
  readonly profile: { readonly data: CpuProfile; readonly offsetMs: number } | undefined;
}

const timeout = 120_000;
/** Ink's option 0 (the buttons are shown shuffled; each keeps its ink index). */
const optionZeroAt = (step: number) =>
  `.dialogue[data-step="${step}"] button[data-choice-index="0"]:not([disabled])`;
/** Decisions paced like a reader (and measured); later ones are clicked at once, just to reach the debrief. */
export const pacedDecisions = 10;
/** Reading pause after a click: 0.6 s once the picture has drawn; 1.5 s after a change of place (frames are sampled for 1.5 s). */
const pacingAfter = (sceneChange: boolean): Pacing => ({ minimum: sceneChange ? 1500 : 600, cap: 1500 });

/** `work` (a wait inside the page), failing after `timeout` instead of hanging. */
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

/** Waits in the page (no polling from outside). */
function until(page: Page, milestone: Milestone): Promise<void> {
  return inTime(
    page.evaluate((m) => (window as unknown as ProbeWindow).__benchControl.until(m), milestone),
    JSON.stringify(milestone),
  );
}

/** Loads the case cold at `rate`× CPU throttling and plays it with option 0 at every step, to its debrief. */
export async function runOnce(
  url: string,
  caseId: string,
  rate: number,
  sceneSteps: ReadonlySet<number>,
  profile: boolean,
  log: (s: string) => void,
): Promise<RawRun> {
  const t0 = Date.now();
  const phases: string[] = [];
  const phase = (name: string) => phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  const browser = await freshBrowser();
  phase('launched');
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript({ content: nameShim });
    await page.addInitScript(installPaintClock);
    await page.addInitScript(installProbe);
    const requests: { url: string; epochStart: number }[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') requests.push({ url: r.url(), epochStart: r.timing().startTime });
    });

    await page.goto(`${url}?case=${encodeURIComponent(caseId)}&lang=es&mode=evaluation&trainee=Bench`, {
      waitUntil: 'commit',
      timeout,
    });
    // Click the content note's button as soon as it exists (force: no waiting for stable frames).
    await until(page, 'note');
    await page.locator('[data-start-case]').click({ force: true, timeout });
    await until(page, { options: 0 });
    const firstChoiceMark = await page.evaluate(
      () => performance.getEntriesByName('sim:first-choice')[0]?.startTime ?? null,
    );
    const firstOptionEnabled = await page.locator(optionZeroAt(0)).isEnabled();
    phase('first option');
    await until(page, 'stage').catch(() => log('  the station picture never became ready'));
    phase('picture');

    const profiling = profile ? await startProfiler(cdp, page) : undefined;
    await page.evaluate(() => (window as unknown as ProbeWindow).__benchControl.startFrames());
    const decisions = await playToDebrief(page, sceneSteps);
    phase('debrief');
    await until(page, 'debrief');
    await page.waitForTimeout(500);
    await page.evaluate(() => (window as unknown as ProbeWindow).__benchControl.stopFrames());
    const profileData = profiling
      ? { data: (await cdp.send('Profiler.stop')).profile as CpuProfile, offsetMs: profiling.offsetMs }
      : undefined;

    const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__bench);
    const timing = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
    }));
    const scripts = requests.map((r) => ({
      url: r.url,
      start: timing.entries.find((e) => e.name === r.url)?.start ?? r.epochStart - timing.origin,
    }));
    const heap = await heapAfterGc(cdp, page);
    log(
      `  ${rate}×: ${decisions} decisions, first option at ${Math.round(firstChoiceMark ?? NaN)} ms, heap ${(heap.used / 1e6).toFixed(1)} MB (${phases.join(', ')})`,
    );
    return { rate, probe, firstChoiceMark, firstOptionEnabled, scripts, heap, profile: profileData };
  } finally {
    await browser.close();
  }
}

/**
 * Plays option 0 until the debrief. Before each of the first `pacedDecisions` clicks it waits as a reader
 * would: 0.6 s after the previous click once the picture has drawn that step, at most 1.5 s, and always
 * 1.5 s after a change of place (so each one gets 1.5 s of sampled frames); the first click waits for the
 * picture to be ready. One page round trip per decision, then a trusted mouse click (CDP) on the option.
 */
async function playToDebrief(page: Page, sceneSteps: ReadonlySet<number>): Promise<number> {
  let misses = 0;
  for (let step = 0; step < 200; step++) {
    const pace = step > 0 && step <= pacedDecisions ? pacingAfter(sceneSteps.has(step - 1)) : null;
    const move = await inTime(
      page.evaluate(([s, p]) => (window as unknown as ProbeWindow).__benchControl.next(s, p), [
        step,
        pace,
      ] as const),
      `step ${step}`,
    );
    if (move.kind === 'debrief') return step;
    if (move.kind === 'missed') {
      // The mouse click landed elsewhere (the layout moved): click the previous option again, the slow way.
      if (++misses > 3) throw new Error(`the click on option 0 at step ${step - 1} never arrived`);
      await page.locator(optionZeroAt(step - 1)).click({ force: true, timeout });
      step -= 2;
      continue;
    }
    await page.mouse.click(move.x, move.y);
  }
  throw new Error('no debrief after 200 decisions');
}

async function startProfiler(cdp: CDPSession, page: Page): Promise<{ offsetMs: number }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  // Profile timestamps are monotonic µs; align them with performance.now() once, right after the start.
  const now = await page.evaluate(() => performance.now());
  return { offsetMs: now };
}

async function heapAfterGc(cdp: CDPSession, page: Page): Promise<RawRun['heap']> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const perfMemoryUsed = await page.evaluate(
    () =>
      (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  );
  return { used: usage.usedSize, total: usage.totalSize, perfMemoryUsed };
}
