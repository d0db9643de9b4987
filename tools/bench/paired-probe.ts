/**
 * The in-page side of `npm run bench -- --peer DIR`: one probe for both pages (the simulator and the
 * bare Ink export), told by `PairedTarget` what an option and a content note look like. Every time is
 * `performance.now()`-based (ms since navigation start).
 */

import type { PaintClockWindow } from './paint-clock.ts';

/** What differs between the two pages. */
export interface PairedTarget {
  /** A button to click before the first options (the simulator's content note), or null. */
  readonly note: string | null;
  /** Clickable options. */
  readonly option: string;
  /** Among the new options, the one to click (the simulator shows them shuffled: ink's option 0). */
  readonly pick: string;
  /** Present once the play-through is over (the simulator's debrief), or null. */
  readonly end: string | null;
  /** Wait for the option to stop moving before clicking it (the page animates its scrolling). */
  readonly settle: boolean;
}

export interface PairedProbe {
  noteAt: number | null;
  /** Options that were not on the page at the previous click: first in the DOM, and the frame after. */
  ready: number[];
  painted: number[];
  /** Trusted clicks on an option (event.timeStamp). */
  clicks: number[];
  endAt: number | null;
  longTasks: { start: number; duration: number }[];
}

export type PairedMove =
  { readonly kind: 'end' } | { readonly kind: 'click'; readonly x: number; readonly y: number };

export interface PairedControl {
  /** Waits for the note button and says where it is. */
  note(): Promise<PairedMove>;
  /** Waits for the options after `clicks` clicks (or the end) and says where to click next. */
  next(clicks: number, waitMs: number): Promise<PairedMove>;
}

export type PairedWindow = Window & {
  __pairedTarget: PairedTarget;
  __paired: PairedProbe;
  __pairedControl: PairedControl;
};

/** Runs in the page, after `window.__pairedTarget` is set. Plain DOM only: it is serialised with toString(). */
export function installPairedProbe(): void {
  const win = window as unknown as PairedWindow;
  const target = win.__pairedTarget;
  const probe: PairedProbe = { noteAt: null, ready: [], painted: [], clicks: [], endAt: null, longTasks: [] };
  win.__paired = probe;
  let stale = new Set<Element>();
  let waiters: (() => void)[] = [];
  const fresh = () => [...document.querySelectorAll(target.option)].filter((e) => !stale.has(e));

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  window.addEventListener(
    'click',
    (event) => {
      const el = event.target instanceof Element ? event.target : null;
      if (!el?.closest(target.option)) return;
      probe.clicks.push(event.timeStamp);
      stale = new Set(document.querySelectorAll(target.option));
    },
    true,
  );

  const check = () => {
    const now = performance.now();
    if (probe.noteAt === null && target.note && document.querySelector(target.note)) probe.noteAt = now;
    if (probe.ready.length === probe.clicks.length && fresh().length > 0) {
      const i = probe.ready.length;
      probe.ready.push(now);
      (window as unknown as PaintClockWindow).__afterPaint((t) => (probe.painted[i] = t)); // paint-clock.ts
    }
    if (probe.endAt === null && target.end && document.querySelector(target.end)) probe.endAt = now;
    const due = waiters;
    waiters = [];
    due.forEach((w) => w());
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-step'],
  });

  const waitFor = (done: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(done()), ms);
      const again = () => {
        if (done()) {
          clearTimeout(timer);
          resolve(true);
        } else waiters.push(again);
      };
      again();
    });
  const where = (el: Element): PairedMove => {
    el.scrollIntoView({ block: 'nearest' });
    const box = el.getBoundingClientRect();
    return { kind: 'click', x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  /** Resolves once `el` has kept its place for two frames (at most 3 s). */
  const still = (el: Element) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      let last = NaN;
      let same = 0;
      const frame = () => {
        el.scrollIntoView({ block: 'nearest' });
        const top = el.getBoundingClientRect().top;
        same = top === last ? same + 1 : 0;
        last = top;
        if (same >= 2 || performance.now() - started > 3000) resolve();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  win.__pairedControl = {
    note: async () => {
      await waitFor(() => probe.noteAt !== null, 120_000);
      const el = target.note ? document.querySelector(target.note) : null;
      if (!el) throw new Error('bench: no content note');
      return where(el);
    },
    next: async (clicks, waitMs) => {
      await waitFor(() => probe.ready.length > clicks || probe.endAt !== null, waitMs);
      if (probe.ready.length <= clicks) return { kind: 'end' };
      const options = fresh();
      const el = options.find((e) => e.matches(target.pick)) ?? options[0];
      if (el && target.settle) await still(el);
      return el ? where(el) : { kind: 'end' };
    },
  };
  check();
}
