/**
 * What the page records about itself. `installProbe` runs in the page before any of its scripts
 * (page.addInitScript); every time is `performance.now()`-based, i.e. ms since navigation start.
 */
import type { PaintClockWindow } from './paint-clock.ts';

export interface BenchProbe {
  /** `[data-start-case]` (the content note's button) entered the DOM, and the frame after. */
  contentNoteAt: number | null;
  contentNotePaintedAt: number | null;
  /** The trusted click on `[data-start-case]` (event.timeStamp). */
  startClickAt: number | null;
  /** Step number → first moment `.dialogue[data-step=N]` had an enabled option; and the frame after it. */
  ready: Record<string, number>;
  painted: Record<string, number>;
  /** Clicks on an option: the step they were made at, the input's time (event.timeStamp) and when the page got to handle it. */
  clicks: { step: number; at: number; handled: number }[];
  debriefAt: number | null;
  debriefPaintedAt: number | null;
  /** `.stage` got `data-stage-ready="true"`. */
  stageReadyAt: number | null;
  /** `stage:drawn` events and the place they show. */
  drawn: { at: number; scene: string }[];
  longTasks: { start: number; duration: number }[];
  /** requestAnimationFrame timestamps while sampling is on. */
  frames: number[];
}

/** What the harness can wait for without polling from outside. */
export type Milestone = 'note' | 'stage' | 'debrief' | { readonly options: number };

export interface ProbeControl {
  startFrames(): void;
  stopFrames(): void;
  /** Resolves once the milestone has been reached (options: that step's options are enabled). */
  until(milestone: Milestone): Promise<void>;
  /**
   * Resolves once the reader has had time after the click made at `step`: `minimum` ms after it once the
   * picture has drawn that step, and `cap` ms after it in any case.
   */
  settle(step: number, pacing: Pacing): Promise<void>;
  /**
   * One round trip per decision: waits for the options of `step` (then, with `pacing`, for the reader), and
   * says where ink's option 0 is to be clicked; 'missed' if the click made at the previous step never arrived.
   */
  next(step: number, pacing: Pacing | null): Promise<NextMove>;
}

export interface Pacing {
  readonly minimum: number;
  readonly cap: number;
}

export type NextMove =
  | { readonly kind: 'debrief' }
  | { readonly kind: 'missed' }
  | { readonly kind: 'click'; readonly x: number; readonly y: number };

export type ProbeWindow = Window & { __bench: BenchProbe; __benchControl: ProbeControl };

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)` calls; functions
 * serialised into the page need that helper defined first. Add this before any other init script.
 */
export const nameShim =
  "Object.defineProperty(globalThis, '__name', { value: (f) => f, configurable: true });";

/** Runs in the page. Only arrow functions and plain DOM APIs: it is serialised with toString(). */
export function installProbe(): void {
  const probe: BenchProbe = {
    contentNoteAt: null,
    contentNotePaintedAt: null,
    startClickAt: null,
    ready: {},
    painted: {},
    clicks: [],
    debriefAt: null,
    debriefPaintedAt: null,
    stageReadyAt: null,
    drawn: [],
    longTasks: [],
    frames: [],
  };
  const win = window as unknown as ProbeWindow;
  win.__bench = probe;
  // See paint-clock.ts: installed before this probe.
  const afterFrame = (window as unknown as PaintClockWindow).__afterPaint;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-start-case]') && probe.startClickAt === null)
        probe.startClickAt = event.timeStamp;
      const dialogue = target
        ?.closest('button[data-choice-index]')
        ?.closest<HTMLElement>('.dialogue[data-step]');
      if (dialogue)
        probe.clicks.push({
          step: Number(dialogue.dataset.step),
          at: event.timeStamp,
          handled: performance.now(),
        });
    },
    true,
  );

  window.addEventListener('stage:drawn', (event) => {
    const detail = (event as CustomEvent<{ scene?: string } | null>).detail;
    probe.drawn.push({ at: performance.now(), scene: detail?.scene ?? '' });
  });

  const reached = (m: Milestone) =>
    m === 'note'
      ? probe.contentNoteAt !== null
      : m === 'stage'
        ? probe.stageReadyAt !== null
        : m === 'debrief'
          ? probe.debriefAt !== null
          : probe.ready[String(m.options)] !== undefined || probe.debriefAt !== null;
  let waiters: { milestone: Milestone; resolve: () => void }[] = [];

  const check = () => {
    const now = performance.now();
    if (probe.contentNoteAt === null && document.querySelector('[data-start-case]')) {
      probe.contentNoteAt = now;
      afterFrame((t) => (probe.contentNotePaintedAt = t));
    }
    const dialogue = document.querySelector<HTMLElement>('.dialogue[data-step]');
    const step = dialogue?.dataset.step;
    if (
      dialogue &&
      step !== undefined &&
      probe.ready[step] === undefined &&
      dialogue.querySelector('button[data-choice-index]:not([disabled])')
    ) {
      probe.ready[step] = now;
      afterFrame((t) => (probe.painted[step] = t));
    }
    if (probe.debriefAt === null && document.querySelector('[data-debrief]')) {
      probe.debriefAt = now;
      afterFrame((t) => (probe.debriefPaintedAt = t));
    }
    if (probe.stageReadyAt === null && document.querySelector('.stage[data-stage-ready="true"]'))
      probe.stageReadyAt = now;
    const due = waiters.filter((w) => reached(w.milestone));
    waiters = waiters.filter((w) => !due.includes(w));
    due.forEach((w) => w.resolve());
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-step', 'disabled', 'data-stage-ready'],
  });

  let sampling = false;
  const tick = (t: number) => {
    if (!sampling) return;
    probe.frames.push(t);
    requestAnimationFrame(tick);
  };
  const control: ProbeControl = {
    startFrames: () => {
      if (sampling) return;
      sampling = true;
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      sampling = false;
    },
    until: (milestone) =>
      new Promise((resolve) => {
        waiters.push({ milestone, resolve });
        check();
      }),
    settle: (step, pacing) =>
      new Promise((resolve) => {
        const click = probe.clicks.find((c) => c.step === step);
        const decide = () => {
          if (!click) return resolve();
          const wait = probe.drawn.some((d) => d.at > click.at)
            ? Math.min(pacing.minimum, pacing.cap)
            : pacing.cap;
          const left = click.at + wait - performance.now();
          if (left <= 0) resolve();
          else setTimeout(decide, Math.min(50, left));
        };
        decide();
      }),
    next: async (step, pacing) => {
      if (step > 0 && !probe.clicks.some((c) => c.step === step - 1)) return { kind: 'missed' };
      await control.until({ options: step });
      if (probe.debriefAt !== null) return { kind: 'debrief' };
      if (pacing && step > 0) await control.settle(step - 1, pacing);
      const button = document.querySelector<HTMLElement>(
        `.dialogue[data-step="${step}"] button[data-choice-index="0"]:not([disabled])`,
      );
      if (!button) throw new Error(`bench: no enabled option 0 at step ${step}`);
      button.scrollIntoView({ block: 'nearest' });
      const box = button.getBoundingClientRect();
      return { kind: 'click', x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
  };
  win.__benchControl = control;
}
