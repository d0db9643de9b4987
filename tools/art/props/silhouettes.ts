/** Anonymous people in the background: flat silhouettes, standing or seated. */
import type { Attrs } from '../svg.ts';
import { el, g, n, n2, path } from '../svg.ts';

const STAND =
  'M-.05 .165L-.13 .19Q-.168 .2-.168 .245L-.172 .5Q-.172 .535-.145 .535L-.12 .535L-.1 .98Q-.1 1-.075 1L-.028 1L-.015 .6L.015 .6L.028 1L.075 1Q.1 1 .1 .98L.12 .535L.145 .535Q.172 .535 .172 .5L.168 .245Q.168 .2 .13 .19L.05 .165Z';
const SIT =
  'M-.05 .435L-.13 .46Q-.168 .47-.168 .515L-.172 .66L-.14 .7L-.12 .72L-.1 .98Q-.1 1-.075 1L-.03 1L-.02 .74L.02 .74L.03 1L.075 1Q.1 1 .1 .98L.12 .72L.14 .7L.172 .66L.168 .515Q.168 .47 .13 .46L.05 .435Z';

/**
 * Anonymous person shape. (x, feetY) is the floor point; h is standing height.
 * widthScale lets the same shape read as different builds.
 */
export function person(
  x: number,
  feetY: number,
  h: number,
  fill: string,
  pose: 'stand' | 'sit' = 'stand',
  widthScale = 1,
  a: Attrs = {},
): string {
  const headY = pose === 'stand' ? 0.085 : 0.355;
  return g([path(pose === 'stand' ? STAND : SIT, fill), el('circle', { cx: 0, cy: headY, r: 0.072, fill })], {
    transform: `translate(${n(x)} ${n(feetY - h)}) scale(${n2(h * widthScale)} ${n2(h)})`,
    ...a,
  });
}
