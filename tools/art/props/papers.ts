/** Paperwork: unreadable writing and pinned sheets. */
import { P } from '../palette.ts';
import { circle, g, n, rect, rng, stroke } from '../svg.ts';

/** Unreadable writing: rows of short strokes. */
export function scribbles(
  x: number,
  y: number,
  w: number,
  h: number,
  seed: number,
  colour: string = P.steel,
  heading = true,
): string {
  const r = rng(seed);
  const rows: string[] = [];
  let yy = y + h * 0.16;
  const step = Math.max(7, h * 0.11);
  if (heading) {
    rows.push(`M${n(x + w * 0.15)} ${n(yy)}H${n(x + w * (0.55 + r() * 0.25))}`);
    yy += step * 1.4;
  }
  while (yy < y + h - step * 0.6) {
    const len = w * (0.45 + r() * 0.4);
    rows.push(`M${n(x + w * 0.12)} ${n(yy)}H${n(x + w * 0.12 + len)}`);
    yy += step;
  }
  return stroke(rows.join(''), colour, Math.max(1.5, step * 0.28), { opacity: 0.55 });
}

/** A sheet of paper with scribbles, optionally rotated. */
export function paper(
  x: number,
  y: number,
  w: number,
  h: number,
  rot: number,
  seed: number,
  fill: string = P.white,
  pin: string | undefined = P.coral,
): string {
  const parts = [
    rect(x + 3, y + 4, w, h, P.ink, { opacity: 0.12 }),
    rect(x, y, w, h, fill),
    scribbles(x, y, w, h, seed),
  ];
  if (pin !== undefined) parts.push(circle(x + w / 2, y + 7, 5, pin));
  return g(parts, { transform: `rotate(${rot} ${n(x + w / 2)} ${n(y + h / 2)})` });
}
