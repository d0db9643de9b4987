import type { Clock } from '../../src/core/clock.ts';

/** A Clock that tests move by hand. */
export class FixedClock implements Clock {
  constructor(private time = Date.UTC(2026, 10, 28, 9, 0, 0)) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}
