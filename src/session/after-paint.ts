type PostTask = (work: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Runs `work` once the browser has painted what is on screen now (the frame after the current one
 * has started): what the trainee does not need to see at once (the history, the picture, the
 * sounds) waits for it, so a click shows its next options first. Callbacks run in the order given.
 * Where the browser has a task scheduler, the work is a background task: input, and any task the
 * page asked for in the meantime, go before it. Without frames (a hidden tab, a test DOM without
 * them) it runs on the next turn of the event loop.
 */
export function afterPaint(work: () => void): void {
  const later = laterTask();
  if (typeof requestAnimationFrame !== 'function') return later(work);
  requestAnimationFrame(() => later(work));
}

/** Resolves in a background task (see `afterPaint`): input and the page's own tasks go first. */
export function inBackground(): Promise<void> {
  return new Promise((resolve) => laterTask()(resolve));
}

function laterTask(): (work: () => void) => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = scheduler?.postTask?.bind(scheduler);
  if (!postTask) return (work) => void setTimeout(work, 0);
  return (work) => void postTask(work, { priority: 'background' }).catch(reportLater);
}

/** An error in background work is reported as an uncaught error, as it would be from a timer. */
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}
