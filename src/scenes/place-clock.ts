import type { SceneId } from '../core/story/vocabulary.ts';

/** Where a place's wall clock hangs, in logical units (tools/art draws its face there). */
export const clockSpots: Partial<
  Record<SceneId, { readonly x: number; readonly y: number; readonly r: number }>
> = {
  front_desk: { x: 855, y: 150, r: 42 },
};

/** The hands of a clock at a time: angles in radians, clockwise from twelve. */
export function clockHands(hour: number, minute: number): { hour: number; minute: number } {
  const turn = Math.PI * 2;
  return { hour: (((hour % 12) + minute / 60) / 12) * turn, minute: (minute / 60) * turn };
}
