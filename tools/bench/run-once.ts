import type { CDPSession, Page } from 'playwright-core';
import { freshBrowser } from '../../tests/e2e/support/browser.ts';
import { installProbe, nameShim } from './probe.ts';
import type { BenchProbe, ProbeWindow } from './probe.ts';
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

const timeout = 90_000;
const optionsAt = (step: number) => `.dialogue[data-step="${step}"] button[data-choice-index]:not([disabled])`;
/** Ink's option 0 (the buttons are shown shuffled; each keeps its ink index). */
const optionZeroAt = (step: number) => `.dialogue[data-step="${step}"] button[data-choice-index="0"]:not([disabled])`;
const probeOf = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__bench);

/** Loads the case cold at `rate`× CPU throttling and plays it with option 0 at every step, to its debrief. */
export async function runOnce(url: string, caseId: string, rate: number, profile: boolean, log: (s: string) => void): Promise<RawRun> {
  const browser = await freshBrowser();
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript({ content: nameShim });
    await page.addInitScript(installProbe);
    const requests: { url: string; epochStart: number }[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') requests.push({ url: r.url(), epochStart: r.timing().startTime });
    });

    await page.goto(`${url}?case=${encodeURIComponent(caseId)}&lang=es&mode=evaluation&trainee=Bench`, { waitUntil: 'commit', timeout });
    await page.locator('[data-start-case]').click({ timeout });
    await page.waitForSelector(optionsAt(0), { timeout });
    const firstChoiceMark = await page.evaluate(() => performance.getEntriesByName('sim:first-choice')[0]?.startTime ?? null);
    const firstOptionEnabled = await page.locator(optionsAt(0)).first().isEnabled();
    await page.waitForSelector('.stage[data-stage-ready="true"]', { timeout }).catch(() => log('  the station picture never became ready'));

    const profiling = profile ? await startProfiler(cdp, page) : undefined;
    await page.evaluate(() => (window as unknown as ProbeWindow).__benchControl.startFrames());
    const decisions = await playToDebrief(page);
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.debriefPaintedAt !== null, undefined, { timeout });
    await page.waitForTimeout(500);
    await page.evaluate(() => (window as unknown as ProbeWindow).__benchControl.stopFrames());
    const profileData = profiling ? { data: (await cdp.send('Profiler.stop')).profile as CpuProfile, offsetMs: profiling.offsetMs } : undefined;

    const probe = await probeOf(page);
    const timing = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
    }));
    const scripts = requests.map((r) => ({
      url: r.url,
      start: timing.entries.find((e) => e.name === r.url)?.start ?? r.epochStart - timing.origin,
    }));
    const heap = await heapAfterGc(cdp, page);
    log(`  ${rate}× ${decisions} decisions, first option at ${Math.round(firstChoiceMark ?? NaN)} ms, heap ${(heap.used / 1e6).toFixed(1)} MB`);
    return { rate, probe, firstChoiceMark, firstOptionEnabled, scripts, heap, profile: profileData };
  } finally {
    await browser.close();
  }
}

/** Decisions paced like a reader (and measured); later ones are clicked at once, just to reach the debrief. */
export const pacedDecisions = 10;
const readingMs = 1500;

/**
 * Plays option 0 until the debrief. Before each of the first `pacedDecisions` clicks it waits as a reader
 * would: until the picture has drawn the previous step (at most 1.5 s after the previous click), and at
 * least 0.6 s after it, or the whole 1.5 s when the place changed or has not been drawn yet, so that every
 * scene change gets 1.5 s of sampled frames.
 */
async function playToDebrief(page: Page): Promise<number> {
  let decisions = 0;
  for (; decisions < 200; decisions++) {
    await page.waitForSelector(`${optionsAt(decisions)}, [data-debrief]`, { timeout });
    if ((await page.locator('[data-debrief]').count()) > 0) return decisions;
    if (decisions > 0 && decisions <= pacedDecisions) await settle(page, decisions - 1);
    await page.locator(optionZeroAt(decisions)).click({ timeout });
  }
  throw new Error('no debrief after 200 decisions');
}

async function settle(page: Page, step: number): Promise<void> {
  const drewAfterClick = ([s, cap]: readonly [number, number]) => {
    const probe = (window as unknown as ProbeWindow).__bench;
    const click = probe.clicks.find((c) => c.step === s);
    return click === undefined || performance.now() >= click.at + cap || probe.drawn.some((d) => d.at > click.at);
  };
  await page.waitForFunction(drewAfterClick, [step, readingMs] as const, { timeout });
  const wait = await page.evaluate(([s, full]) => {
    const probe = (window as unknown as ProbeWindow).__bench;
    const click = probe.clicks.find((c) => c.step === s);
    if (!click) return 0;
    const after = probe.drawn.filter((d) => d.at > click.at).at(-1)?.scene;
    const before = probe.drawn.filter((d) => d.at <= click.at).at(-1)?.scene;
    const minimum = after !== undefined && after === before ? 600 : full;
    return Math.max(0, click.at + minimum - performance.now());
  }, [step, readingMs] as const);
  if (wait > 0) await page.waitForTimeout(wait);
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
  const perfMemoryUsed = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  return { used: usage.usedSize, total: usage.totalSize, perfMemoryUsed };
}
