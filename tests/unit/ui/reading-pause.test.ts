// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdReadingPause, inReadingPause } from '../../../src/ui/reading-pause.ts';

describe('inReadingPause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work once the page has been quiet for the pause, never while the trainee keeps clicking', () => {
    const work = vi.fn();
    const target = new EventTarget();
    inReadingPause(work, target, 1000);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(600);
      target.dispatchEvent(new Event('pointerdown'));
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('keydown'));
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const work = vi.fn();
    const cancel = inReadingPause(work, new EventTarget(), 1000);
    vi.advanceTimersByTime(500);
    cancel();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });

  it('waits while held (a case starting) and counts the quiet time again from when it is released', async () => {
    const work = vi.fn();
    let release = () => undefined as void;
    const starting = holdReadingPause(new Promise<void>((resolve) => (release = resolve)));
    inReadingPause(work, new EventTarget(), 1000);
    vi.advanceTimersByTime(5000);
    vi.runOnlyPendingTimers();
    expect(work).not.toHaveBeenCalled();
    release();
    await starting;
    await Promise.resolve();
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
