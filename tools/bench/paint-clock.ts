/**
 * When a change to the page is painted, for the probes (`probe.ts`, `paired-probe.ts`): installed in the
 * page before them and before the page's own scripts. Serialised with toString(): plain DOM only.
 */
export type PaintClockWindow = Window & {
  /** Calls `done(now)` once the frame that paints the page as it is now has done its main-thread work. */
  __afterPaint: (done: (t: number) => void) => void;
};

/**
 * A change made in an animation-frame callback (or in the microtasks after it) is painted by the frame
 * under way: its main-thread work ends with the task, so a task posted now runs after it. Any other
 * change is painted by the next frame. The frame under way is known by wrapping `requestAnimationFrame`;
 * it is over at the next task or input event (input may run first). The stamp is a task of the highest
 * priority the page can ask for (`scheduler.postTask`, user-blocking), else a timer: a timer waited
 * behind the page's other tasks (an autosave, a module compiled) and behind the next click, up to
 * 150 ms after the frame that showed the options.
 */
export function installPaintClock(): void {
  const raf = window.requestAnimationFrame.bind(window);
  type PostTask = (work: () => void, options: { priority: 'user-blocking' }) => Promise<unknown>;
  const scheduler = (window as unknown as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = scheduler?.postTask?.bind(scheduler);
  const next = (work: () => void) =>
    postTask ? void postTask(work, { priority: 'user-blocking' }) : void setTimeout(work, 0);
  let inFrame = false;
  const over = () => void (inFrame = false);
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      if (!inFrame) next(over);
      inFrame = true;
      callback(t);
    });
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'])
    window.addEventListener(type, over, true);
  (window as unknown as PaintClockWindow).__afterPaint = (done) => {
    const stamp = () => next(() => done(performance.now()));
    if (inFrame) stamp();
    else raf(stamp);
  };
}
