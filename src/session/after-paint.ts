/** 'user-visible' runs like a timer; 'background' after input and the page's other tasks. */
type TaskPriority = 'user-visible' | 'background';
type PostTask = (work: () => void, options: { priority: TaskPriority }) => Promise<unknown>;

/**
 * Runs `work` once the browser has painted what is on screen now (the frame after the current one
 * has started): what the trainee does not need to see at once (the history, the picture, the
 * sounds) waits for it, so a click shows its next options first. Callbacks run in the order given.
 * Where the browser has a task scheduler, the work is a background task (input, and any task the
 * page asked for in the meantime, go before it), or with `user-visible`, a task like a timer's.
 */
export function afterPaint(work: () => void, priority: TaskPriority = 'background'): void {
  const later = laterTask(priority);
  onNextFrame(() => later(work));
}

/**
 * Resolves at the start of the next frame, in its animation-frame callbacks, before the browser lays
 * it out and paints it: what is put in the page then is painted by that very frame, and the task that
 * asked for it ends sooner.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => onNextFrame(resolve));
}

/**
 * Calls `work` in the next frame's animation-frame callbacks. Without frames (a test DOM, a hidden
 * tab) it is called at once; in a tab hidden meanwhile, which has no frames, after 250 ms.
 */
function onNextFrame(work: () => void): void {
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (typeof requestAnimationFrame !== 'function' || hidden) return work();
  let done = false;
  const once = () => void (done || ((done = true), work()));
  const timer = setTimeout(once, 250);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    once();
  });
}

/** Resolves in a background task (see `afterPaint`): input and the page's own tasks go first. */
export function inBackground(): Promise<void> {
  return new Promise((resolve) => laterTask()(resolve));
}

function laterTask(priority: TaskPriority = 'background'): (work: () => void) => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = scheduler?.postTask?.bind(scheduler);
  if (!postTask) return (work) => void setTimeout(work, 0);
  return (work) => void postTask(work, { priority }).catch(reportLater);
}

/** An error in background work is reported as an uncaught error, as it would be from a timer. */
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}
