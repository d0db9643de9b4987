// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, nextFrame } from '../../../src/session/after-paint.ts';

/** Frames run only when the test says so; the task scheduler records each task's priority. */
function stubFrames() {
  const frames: FrameRequestCallback[] = [];
  const priorities: string[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('scheduler', {
    postTask: (work: () => void, options: { priority: string }) => {
      priorities.push(options.priority);
      return new Promise<void>((resolve) => setTimeout(() => resolve(work()), 0));
    },
  });
  const frame = () => frames.splice(0).forEach((callback) => callback(performance.now()));
  return { frame, priorities };
}

let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('nextFrame', () => {
  it('resolves in the next frame, not before', async () => {
    const { frame } = stubFrames();
    let done = false;
    void nextFrame().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    frame();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('in a hidden tab (no frames) resolves at once; hidden meanwhile, after 250 ms', async () => {
    stubFrames();
    hidden = true;
    let first = false;
    void nextFrame().then(() => (first = true));
    await Promise.resolve();
    expect(first).toBe(true);
    hidden = false;
    let second = false;
    void nextFrame().then(() => (second = true));
    hidden = true; // no frame comes
    await vi.advanceTimersByTimeAsync(249);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toBe(true);
  });
});

describe('afterPaint', () => {
  it('runs the work in a task after the next frame, in the order asked, at the priority asked', async () => {
    const { frame, priorities } = stubFrames();
    const ran: string[] = [];
    afterPaint(() => ran.push('history'));
    afterPaint(() => ran.push('save'), 'user-visible');
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]); // not in the frame itself
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['history', 'save']);
    expect(priorities).toEqual(['background', 'user-visible']);
  });

  it('a frame that comes late runs the work once, not twice', async () => {
    const { frame } = stubFrames();
    const work = vi.fn();
    afterPaint(work);
    await vi.advanceTimersByTimeAsync(300); // the 250 ms fallback ran it
    expect(work).toHaveBeenCalledTimes(1);
    frame();
    await vi.advanceTimersByTimeAsync(10);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
