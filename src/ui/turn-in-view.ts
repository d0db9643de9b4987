/** Room left between the sticky header and the feedback, and under the last option, in CSS pixels. */
const Margin = 8;

export interface TurnParts {
  /** The sticky header: whatever is under its bottom edge is hidden. */
  readonly header: HTMLElement;
  /** The first thing the trainee must see after a choice: the coach's comment, or the dialogue. */
  readonly top: HTMLElement;
  /** The last thing to bring into view if it fits: the last option. */
  readonly bottom: HTMLElement | null;
}

/**
 * How far to scroll the page (positive: down) so that, after a choice, the turn reads from its top:
 * the top of `top` is never above the header's bottom edge, and as much of what follows as fits
 * (up to the bottom of `bottom`) is brought into view. Scrolls up when the feedback is hidden under
 * the header, never further down than needed.
 */
export function turnScrollDelta(parts: TurnParts, viewportHeight: number): number {
  const headerBottom = parts.header.getBoundingClientRect().bottom;
  const room = parts.top.getBoundingClientRect().top - headerBottom - Margin;
  if (room < 0) return room;
  const bottom = parts.bottom?.getBoundingClientRect().bottom;
  if (bottom === undefined) return 0;
  const overflow = bottom + Margin - viewportHeight;
  return Math.max(0, Math.min(overflow, room));
}

/** Scrolls the page so the turn is in view (see `turnScrollDelta`); instant, so nothing moves under the reader. */
export function keepTurnInView(parts: TurnParts): void {
  if (parts.header.getBoundingClientRect().height === 0) return; // not laid out (hidden, or no layout engine)
  const delta = turnScrollDelta(parts, window.innerHeight);
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}

/** Puts the page back at its top, for a screen that has just opened. */
export function scrollToTop(): void {
  document.documentElement.scrollTop = 0;
  document.body.scrollTop = 0;
}
