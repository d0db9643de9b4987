/** Numbers and SVG element builders for the cast: points are [x, y], numbers keep one decimal. */

export type Pt = readonly [number, number];

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export const mix = (p: Pt, q: Pt, t: number): Pt => [lerp(p[0], q[0], t), lerp(p[1], q[1], t)];

/** One decimal, no trailing zero: keeps files small. */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
export const pt = (p: Pt): string => `${n(p[0])} ${n(p[1])}`;
export const xy = (x: number, y: number): string => `${n(x)} ${n(y)}`;

export type Attrs = Record<string, string | number | undefined>;
export function el(tag: string, a: Attrs, inner = ''): string {
  let s = `<${tag}`;
  for (const [k, v] of Object.entries(a))
    if (v !== undefined) s += ` ${k}="${typeof v === 'number' ? n(v) : v}"`;
  return inner === '' ? `${s}/>` : `${s}>${inner}</${tag}>`;
}
export const fill = (d: string, c: string, a: Attrs = {}): string => el('path', { d, fill: c, ...a });
export const line = (d: string, c: string, w: number, a: Attrs = {}): string =>
  el('path', { d, fill: 'none', stroke: c, 'stroke-width': w, ...a });
export const circ = (p: Pt, r: number, c: string, a: Attrs = {}): string =>
  el('circle', { cx: p[0], cy: p[1], r, fill: c, ...a });
export const oval = (p: Pt, rx: number, ry: number, c: string, a: Attrs = {}): string =>
  el('ellipse', { cx: p[0], cy: p[1], rx, ry, fill: c, ...a });
export const box = (x: number, y: number, w: number, h: number, c: string, a: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, fill: c, ...a });
export const group = (transform: string, inner: string): string =>
  transform ? el('g', { transform }, inner) : inner;
