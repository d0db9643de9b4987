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
 * under way: its main-thread work ends with the task, so a timer posted now fires after it. Any other
 * change is painted by the next frame. The frame under way is known by wrapping `requestAnimationFrame`;
 * it is over at the next timer or input event (input may run before timers).
 */
export function installPaintClock(): void {
  const raf = window.requestAnimationFrame.bind(window);
  let inFrame = false;
  const over = () => void (inFrame = false);
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      if (!inFrame) setTimeout(over, 0);
      inFrame = true;
      callback(t);
    });
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'])
    window.addEventListener(type, over, true);
  (window as unknown as PaintClockWindow).__afterPaint = (done) => {
    const stamp = () => void setTimeout(() => done(performance.now()), 0);
    if (inFrame) stamp();
    else raf(stamp);
  };
}
