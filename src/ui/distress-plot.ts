import type { Strings } from '../i18n/translate.ts';

const ns = 'http://www.w3.org/2000/svg';
const el = (tag: string, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(ns, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/** The child's distress (and trust) after each decision, as a small accessible SVG line chart. */
export function distressPlot(
  levels: readonly { trust: number; distress: number }[],
  strings: Strings,
): SVGSVGElement {
  const w = 600;
  const hgt = 180;
  const pad = 28;
  const x = (i: number) => pad + (levels.length <= 1 ? 0 : (i * (w - 2 * pad)) / (levels.length - 1));
  const y = (v: number) => hgt - pad - (v * (hgt - 2 * pad)) / 10;
  const svg = el('svg', { viewBox: `0 0 ${w} ${hgt}`, role: 'img', class: 'distress-plot' }) as SVGSVGElement;
  const described = levels.map((l, i) => `${i}: ${l.distress}`).join(', ');
  svg.append(Object.assign(el('title', {}), { textContent: `${strings.distressPlot}. ${described}` }));
  for (const v of [0, 5, 10]) {
    svg.append(el('line', { x1: pad, x2: w - pad, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(Object.assign(el('text', { x: 4, y: y(v) + 4, class: 'axis' }), { textContent: String(v) }));
  }
  const line = (key: 'trust' | 'distress') =>
    el('polyline', {
      points: levels.map((l, i) => `${x(i)},${y(l[key])}`).join(' '),
      class: `series ${key}`,
      fill: 'none',
    });
  svg.append(line('trust'), line('distress'));
  levels.forEach((l, i) =>
    svg.append(el('circle', { cx: x(i), cy: y(l.distress), r: 3.5, class: 'point distress' })),
  );
  const legend = (text: string, cls: string, at: number) =>
    Object.assign(el('text', { x: at, y: 14, class: `legend ${cls}` }), { textContent: text });
  svg.append(
    legend(`— ${strings.distress}`, 'distress', pad),
    legend(`— ${strings.trust}`, 'trust', pad + 140),
  );
  return svg;
}
