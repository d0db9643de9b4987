/** Children's crayon drawings, taped to walls in the child-friendly rooms. */
import { P } from '../palette.ts';
import { circle, ellipse, g, n, n2, path, poly, rect, stroke } from '../svg.ts';

export type DrawingKind = 'sunHouse' | 'family' | 'rainbow' | 'flower' | 'mountains' | 'heart';

/** A child's crayon drawing on a sheet (drawn in a 100x80 box, then scaled). */
export function childDrawing(
  x: number,
  y: number,
  w: number,
  rot: number,
  kind: DrawingKind,
  tape: string = P.sand,
  sheet: string = P.white,
): string {
  const s = w / 100;
  const cw = 4;
  let art: string[] = [];
  switch (kind) {
    case 'sunHouse':
      art = [
        circle(80, 18, 9, P.sun),
        stroke('M80 4V0M94 18H99M90 8L94 4M70 8L66 4M90 28L94 32', P.sun, cw * 0.7),
        rect(22, 38, 30, 26, P.peach),
        poly([18, 40, 37, 22, 56, 40], P.terracotta),
        rect(32, 50, 9, 14, P.woodDark),
        stroke('M6 66Q30 60 50 66T94 66', P.leaf, cw),
      ];
      break;
    case 'family':
      art = [
        ...[
          [24, 20, P.sky],
          [46, 26, P.coral],
          [66, 40, P.leaf],
          [82, 44, P.lilac],
        ].map(([cx, top, c]) => {
          const t = top as number;
          const X = cx as number;
          const hh = 66 - t;
          return g([
            circle(X, t + 6, 6, c as string),
            stroke(
              `M${X} ${t + 12}V${n(t + hh * 0.65)}M${X} ${n(t + hh * 0.65)}L${X - 6} 66M${X} ${n(t + hh * 0.65)}L${X + 6} 66M${X - 9} ${n(t + hh * 0.3)}H${X + 9}`,
              c as string,
              cw * 0.8,
            ),
          ]);
        }),
        path('M50 8c-3-5-10-3-8 3l8 7 8-7c2-6-5-8-8-3z', P.coral),
      ];
      break;
    case 'rainbow':
      art = [
        stroke('M12 64A38 38 0 0 1 88 64', P.coral, cw * 1.6),
        stroke('M20 64A30 30 0 0 1 80 64', P.sun, cw * 1.6),
        stroke('M28 64A22 22 0 0 1 72 64', P.leaf, cw * 1.6),
        stroke('M36 64A14 14 0 0 1 64 64', P.sky, cw * 1.6),
        ellipse(16, 66, 12, 6, P.skyPale),
        ellipse(84, 66, 12, 6, P.skyPale),
      ];
      break;
    case 'flower':
      art = [
        stroke('M50 70V34M50 56Q38 46 34 52M50 50Q62 40 66 46', P.leaf, cw),
        ...[0, 72, 144, 216, 288].map((a) =>
          ellipse(50, 18, 7, 11, P.coral, { transform: `rotate(${a} 50 28)` }),
        ),
        circle(50, 28, 7, P.sun),
        stroke('M6 72H94', P.leaf, cw * 0.7),
      ];
      break;
    case 'mountains':
      art = [
        poly([4, 70, 34, 24, 56, 56, 72, 36, 96, 70], P.sage),
        poly([27, 35, 34, 24, 41, 35, 34, 39], P.white),
        circle(78, 16, 9, P.sun),
        stroke('M4 72H96', P.leaf, cw * 0.8),
      ];
      break;
    case 'heart':
      art = [
        path('M50 26c-8-16-34-10-28 8 4 12 28 28 28 28s24-16 28-28c6-18-20-24-28-8z', P.coral),
        stroke('M16 12l8 4M84 12l-8 4M50 8v-4', P.sun, cw * 0.8),
      ];
      break;
  }
  const h = 80 * s;
  return g(
    [
      rect(x + 4, y + 5, w, h, P.ink, { opacity: 0.12 }),
      rect(x, y, w, h, sheet),
      g(art, { transform: `translate(${n(x)} ${n(y)}) scale(${n2(s)})` }),
      rect(x + w / 2 - 14, y - 6, 28, 12, tape, { opacity: 0.85 }),
    ],
    { transform: `rotate(${rot} ${n(x + w / 2)} ${n(y + h / 2)})` },
  );
}
