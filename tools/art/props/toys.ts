/** Toys shared by the scenes: the soft llama of the children's corner and the title. */
import { P } from '../palette.ts';
import { circle, ellipse, g, n, rect, rrect } from '../svg.ts';

/** Soft toy llama sitting on the floor; (x, y) is its base centre. */
export function llama(x: number, y: number, s: number): string {
  return g(
    [
      ellipse(0, 0, 70, 9, P.ink, { opacity: 0.14 }),
      ellipse(-50, -12, 18, 11, P.linen),
      ellipse(30, -10, 18, 11, P.linen),
      ellipse(-64, -56, 12, 14, P.white),
      ellipse(0, -44, 64, 36, P.white),
      rrect(26, -150, 34, 120, 17, P.white),
      ellipse(50, -150, 26, 19, P.white),
      ellipse(72, -144, 14, 11, P.linen),
      ellipse(36, -174, 6, 16, P.white, { transform: 'rotate(-12 36 -174)' }),
      ellipse(54, -176, 6, 16, P.white, { transform: 'rotate(12 54 -176)' }),
      ellipse(36, -172, 2.5, 9, P.peach, { transform: 'rotate(-12 36 -172)' }),
      ellipse(54, -174, 2.5, 9, P.peach, { transform: 'rotate(12 54 -174)' }),
      circle(52, -154, 4, P.cocoa),
      rrect(-40, -82, 64, 34, 8, P.coral),
      rect(-40, -70, 64, 5, P.sun),
      rect(-40, -60, 64, 4, P.teal),
      rrect(26, -96, 34, 10, 5, P.sun),
      ellipse(-20, -30, 36, 12, P.linen, { opacity: 0.6 }),
    ],
    { transform: `translate(${n(x)} ${n(y)}) scale(${s})` },
  );
}
