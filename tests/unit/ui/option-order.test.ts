import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../../src/ui/option-order.ts';

const options = ['a', 'b', 'c', 'd'];

describe('optionOrder', () => {
  it('keeps every option exactly once', () => {
    expect(optionOrder(options, 7, 3).sort()).toEqual(options);
  });

  it('gives the same order for the same session and step (a resume shows the same buttons)', () => {
    expect(optionOrder(options, 12345, 4)).toEqual(optionOrder(options, 12345, 4));
  });

  it('does not leave the first option first at most steps', () => {
    const firstStaysFirst = Array.from(
      { length: 200 },
      (_, step) => optionOrder(options, 99, step)[0] === 'a',
    ).filter(Boolean).length;
    expect(firstStaysFirst).toBeGreaterThan(20);
    expect(firstStaysFirst).toBeLessThan(90);
  });
});
