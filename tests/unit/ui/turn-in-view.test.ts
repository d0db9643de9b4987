import { describe, expect, it } from 'vitest';
import { turnScrollDelta } from '../../../src/ui/turn-in-view.ts';

/** An element whose box is [top, bottom] in viewport pixels. */
function box(top: number, bottom: number): HTMLElement {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({
    top,
    bottom,
    height: bottom - top,
    left: 0,
    right: 100,
    width: 100,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  return el;
}

const header = box(0, 60);

describe('turnScrollDelta', () => {
  it('does not scroll when the comment and the last option are already in view', () => {
    expect(turnScrollDelta({ header, top: box(75, 300), bottom: box(600, 660) }, 768)).toBe(0);
  });

  it('scrolls down just enough to show the last option', () => {
    expect(turnScrollDelta({ header, top: box(300, 400), bottom: box(700, 800) }, 768)).toBe(40);
  });

  it('never scrolls the comment under the header, even if the options then stay below', () => {
    // room above the comment is 300 - 60 - 8 = 232; the last option would need 1232
    expect(turnScrollDelta({ header, top: box(300, 500), bottom: box(1900, 2000) }, 768)).toBe(232);
  });

  it('scrolls back up when the comment is hidden under the header', () => {
    expect(turnScrollDelta({ header, top: box(-250, 100), bottom: box(400, 450) }, 768)).toBe(-318);
  });

  it('without options, only keeps the comment clear of the header', () => {
    expect(turnScrollDelta({ header, top: box(200, 300), bottom: null }, 768)).toBe(0);
  });
});
