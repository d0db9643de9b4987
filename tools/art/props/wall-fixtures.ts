/** Things fixed to a wall: a clock, a framed window, the police shield emblem. */
import { P } from '../palette.ts';
import { circle, ellipse, g, n, n2, path, poly, rect, stroke } from '../svg.ts';

export function clock(cx: number, cy: number, r: number, hour: number, minute: number): string {
  const ticks: string[] = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    const r1 = r * (i % 3 === 0 ? 0.7 : 0.78);
    ticks.push(
      `M${n(cx + Math.sin(a) * r1)} ${n(cy - Math.cos(a) * r1)}L${n(cx + Math.sin(a) * r * 0.86)} ${n(cy - Math.cos(a) * r * 0.86)}`,
    );
  }
  const ha = ((hour % 12) / 12 + minute / 720) * Math.PI * 2;
  const ma = (minute / 60) * Math.PI * 2;
  return g([
    circle(cx + 4, cy + 5, r + 6, P.ink, { opacity: 0.12 }),
    circle(cx, cy, r + 6, P.slate),
    circle(cx, cy, r, P.white),
    stroke(ticks.join(''), P.slate, r * 0.06),
    stroke(
      `M${cx} ${cy}L${n(cx + Math.sin(ha) * r * 0.5)} ${n(cy - Math.cos(ha) * r * 0.5)}`,
      P.ink,
      r * 0.09,
    ),
    stroke(
      `M${cx} ${cy}L${n(cx + Math.sin(ma) * r * 0.75)} ${n(cy - Math.cos(ma) * r * 0.75)}`,
      P.ink,
      r * 0.06,
    ),
    circle(cx, cy, r * 0.07, P.flag),
  ]);
}

/** Framed window with sky; `content` is drawn clipped-by-design inside the glass box. */
export function windowFrame(
  x: number,
  y: number,
  w: number,
  h: number,
  glassFill: string,
  content: string[] = [],
  frame: string = P.white,
  cross = true,
): string {
  const parts = [
    rect(x - 14, y - 14, w + 28, h + 28, frame),
    rect(x, y, w, h, glassFill),
    ...content,
    poly([x + w * 0.55, y, x + w * 0.75, y, x + w * 0.35, y + h, x + w * 0.15, y + h], P.white, {
      opacity: 0.16,
    }),
  ];
  if (cross) {
    parts.push(rect(x + w / 2 - 5, y, 10, h, frame));
    parts.push(rect(x, y + h * 0.45 - 5, w, 10, frame));
  }
  parts.push(rect(x - 24, y + h + 8, w + 48, 16, frame));
  parts.push(rect(x - 24, y + h + 20, w + 48, 6, P.ink, { opacity: 0.12 }));
  return g(parts);
}

/** Shield emblem without lettering: green field, gold rim, sun and laurel shapes. */
export function shield(cx: number, cy: number, s: number): string {
  const shape =
    'M0 -100C40 -88 70 -92 84 -100C90 -40 84 40 0 100C-84 40 -90 -40 -84 -100C-70 -92 -40 -88 0 -100Z';
  const laurel: string[] = [];
  for (let i = 0; i < 6; i++) {
    const t = i / 5;
    const yy = 56 - t * 78;
    const xx = 38 + Math.sin(t * Math.PI) * 10;
    laurel.push(
      ellipse(-xx, yy, 5, 10, P.sun, { transform: `rotate(${n(-30 + t * 20)} ${n(-xx)} ${n(yy)})` }),
    );
    laurel.push(ellipse(xx, yy, 5, 10, P.sun, { transform: `rotate(${n(30 - t * 20)} ${n(xx)} ${n(yy)})` }));
  }
  const rays: string[] = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    rays.push(
      `M${n(Math.cos(a) * 20)} ${n(-10 + Math.sin(a) * 20)}L${n(Math.cos(a) * 30)} ${n(-10 + Math.sin(a) * 30)}`,
    );
  }
  return g(
    [
      path(shape, P.sun, { transform: 'scale(1.1)' }),
      path(shape, P.pine),
      ...laurel,
      circle(0, -10, 15, P.sun),
      stroke(rays.join(''), P.sun, 4),
      poly([0, 40, 10, 56, 0, 72, -10, 56], P.sun),
    ],
    { transform: `translate(${n(cx)} ${n(cy)}) scale(${n2(s)})` },
  );
}
