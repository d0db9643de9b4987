/** Quiet time (no pointer or key input) that counts as the trainee reading, not about to click. */
export const readingPauseMs = 1200;

/**
 * How long, at most, the work then waits for an idle period: a page that draws every frame (a
 * polling script, an animation, the offline worker installing) may have none for a long time.
 */
const idleWaitMs = 1000;

const inputs = ['pointerdown', 'keydown', 'click'] as const;

/** Work the trainee is waiting for (a case starting): no reading pause ends while some is pending. */
let held = 0;
const waiting = new Set<() => void>();

/** Holds every reading pause until `work` settles; the quiet time counts again from then. */
export function holdReadingPause<T>(work: Promise<T>): Promise<T> {
  held++;
  const release = () => {
    held--;
    if (held === 0) [...waiting].forEach((restart) => restart());
  };
  work.then(release, release);
  return work;
}

/**
 * Runs `work` in the trainee's first reading pause: once `quietMs` have passed without any input
 * (every input starts the wait again), and then when the page is idle. For heavy work that is one
 * long task and cannot be split (e.g. evaluating the Phaser chunk), so that it never makes a click
 * wait. Returns a function that cancels it.
 */
export function inReadingPause(
  work: () => void,
  target: EventTarget = document,
  quietMs = readingPauseMs,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let done = false;
  const stop = () => {
    done = true;
    waiting.delete(restart);
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && 'cancelIdleCallback' in window) cancelIdleCallback(idle);
    inputs.forEach((name) => target.removeEventListener(name, restart, true));
  };
  const fire = () => {
    if (done) return;
    if (held > 0) return void waiting.add(restart); // the trainee is waiting for something: not a pause
    stop();
    work();
  };
  const arm = () => {
    timer = setTimeout(() => {
      if ('requestIdleCallback' in window) idle = requestIdleCallback(fire, { timeout: idleWaitMs });
      else fire();
    }, quietMs);
  };
  function restart(): void {
    waiting.delete(restart);
    if (done) return;
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && 'cancelIdleCallback' in window) cancelIdleCallback(idle);
    idle = undefined;
    arm();
  }
  inputs.forEach((name) => target.addEventListener(name, restart, true));
  arm();
  return stop;
}
