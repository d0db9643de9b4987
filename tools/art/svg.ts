/** Tiny string builders for hand-made SVG. Numbers are rounded to keep files small. */
import { paletteComment } from './palette.ts';

export type Attrs = Record<string, string | number | undefined>;

export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Two-decimal formatting for scale factors. */
export function n2(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : v}"`;
  }
  return out;
}

export function el(tag: string, a: Attrs = {}, children: string | string[] = ''): string {
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

export const g = (children: string[], a: Attrs = {}): string => el('g', a, children);

export const rect = (x: number, y: number, w: number, h: number, fill: string, a: Attrs = {}): string =>
  el('rect', { x, y, width: w, height: h, fill, ...a });

export const rrect = (
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string,
  a: Attrs = {},
): string => el('rect', { x, y, width: w, height: h, rx: r, fill, ...a });

export const circle = (cx: number, cy: number, r: number, fill: string, a: Attrs = {}): string =>
  el('circle', { cx, cy, r, fill, ...a });

export const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  a: Attrs = {},
): string => el('ellipse', { cx, cy, rx, ry, fill, ...a });

export const path = (d: string, fill: string, a: Attrs = {}): string => el('path', { d, fill, ...a });

/** Polygon from a flat list of coordinates. */
export const poly = (pts: number[], fill: string, a: Attrs = {}): string => {
  const parts: string[] = [];
  for (let i = 0; i + 1 < pts.length; i += 2) parts.push(`${n(pts[i] ?? 0)},${n(pts[i + 1] ?? 0)}`);
  return el('polygon', { points: parts.join(' '), fill, ...a });
};

export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  w: number,
  a: Attrs = {},
): string => el('line', { x1, y1, x2, y2, stroke, 'stroke-width': w, ...a });

/** Open stroked path with round ends (crayon lines, cables, scribbles). */
export const stroke = (d: string, colour: string, w: number, a: Attrs = {}): string =>
  el('path', {
    d,
    fill: 'none',
    stroke: colour,
    'stroke-width': w,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...a,
  });

export const linearGradient = (
  id: string,
  stops: [offset: number, colour: string, opacity?: number][],
  x1 = 0,
  y1 = 0,
  x2 = 0,
  y2 = 1,
): string =>
  el(
    'linearGradient',
    { id, x1, y1, x2, y2 },
    stops.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })),
  );

export const radialGradient = (
  id: string,
  stops: [offset: number, colour: string, opacity?: number][],
  a: Attrs = {},
): string =>
  el(
    'radialGradient',
    { id, ...a },
    stops.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })),
  );

export interface Doc {
  w: number;
  h: number;
  title: string;
  defs?: string[];
  body: string[];
}

export function svgDoc(d: Doc): string {
  const head = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${d.w} ${d.h}`,
      // explicit size: some browsers cannot draw a size-less SVG onto a canvas
      width: d.w,
      height: d.h,
      role: 'img',
      'aria-label': d.title,
    },
    'X',
  );
  const [open, close] = head.split('X') as [string, string];
  const defs = d.defs && d.defs.length > 0 ? el('defs', {}, d.defs) + '\n' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    paletteComment() +
    '\n' +
    open +
    '\n' +
    defs +
    d.body.join('\n') +
    '\n' +
    close +
    '\n'
  );
}

/** Deterministic pseudo-random numbers so regenerating gives identical files. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
