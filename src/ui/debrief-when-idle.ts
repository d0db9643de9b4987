import { debrief, type DebriefStep } from '../core/record/debrief.ts';

/** Resolves once the browser is idle (or after `timeout` ms at most), so a click handler has long returned. */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/**
 * The debrief tries every option at every step: it is computed off the click path, once
 * the last click's handler has returned and the browser is idle, never inside it.
 */
export async function debriefWhenIdle(
  json: string,
  choices: readonly number[],
  seed: number,
): Promise<DebriefStep[]> {
  await idle(300);
  return debrief(json, choices, seed);
}
