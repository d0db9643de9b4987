/**
 * Runs `work` once the browser has painted what is on screen now (the frame after the current one
 * has started): what the trainee does not need to see at once (the history, the picture, the
 * sounds) waits for it, so a click shows its next options first. Callbacks run in the order given.
 * Without frames (a hidden tab, a test DOM without them) it runs on the next turn of the event loop.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** Resolves in a new task (input and rendering can come in between), at once if nothing else waits. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
