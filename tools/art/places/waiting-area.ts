/** Waiting area with a children's corner: benches, drawings, a low table and toys. */
import { P } from '../palette.ts';
import { childDrawing } from '../props/child-drawing.ts';
import { plant, seatRow, shadow } from '../props/furnishings.ts';
import { scribbles } from '../props/papers.ts';
import { floorShadeDef, room, tube } from '../props/room.ts';
import { llama } from '../props/toys.ts';
import { circle, ellipse, g, linearGradient, path, poly, rect, rrect, stroke, svgDoc } from '../svg.ts';
import { H, W } from './canvas.ts';

const warmTube = (): string =>
  linearGradient('tubeGlow', [
    [0, P.cream, 0.5],
    [1, P.cream, 0],
  ]);

/** Woven rug in perspective with stepped Andean border bands. */
function rug(cx: number, cy: number, rx: number, ry: number, cols: string[]): string {
  const parts = [ellipse(cx, cy + 4, rx + 6, ry + 4, P.ink, { opacity: 0.1 })];
  cols.forEach((c, i) => {
    const k = 1 - i * 0.18;
    parts.push(ellipse(cx, cy, rx * k, ry * k, c));
  });
  return g(parts);
}

export function waitingArea(): string {
  const body: string[] = [];
  body.push(
    ...room({
      wall: P.cream,
      wainscot: P.sand,
      wainscotTop: 450,
      rail: P.leaf,
      ceiling: P.linen,
      floor: P.linen,
      floorLines: P.wood,
      floorOpacity: 0.12,
      baseboard: P.pine,
      kind: 'tile',
    }),
  );

  // the end of the front-desk counter, seen from here
  body.push(rect(0, 428, 150, 220, P.pine));
  body.push(rect(0, 474, 150, 18, P.white));
  body.push(rect(0, 630, 150, 18, P.pineDeep));
  body.push(rect(0, 410, 164, 20, P.white));
  body.push(rect(0, 428, 164, 6, P.ink, { opacity: 0.2 }));
  body.push(rect(136, 428, 14, 220, P.ink, { opacity: 0.15 }));
  body.push(rect(0, 256, 146, 8, P.fog));
  body.push(rect(140, 256, 6, 156, P.fog));
  body.push(rect(0, 264, 140, 146, P.white, { opacity: 0.22 }));

  // framed Andes picture above the benches
  const fx = 270;
  body.push(rect(fx + 6, 170, 300, 180, P.ink, { opacity: 0.12 }));
  body.push(rect(fx - 12, 152, 324, 204, P.woodDark));
  body.push(rect(fx, 164, 300, 180, P.skyPale));
  body.push(circle(fx + 220, 220, 24, P.sun));
  body.push(
    poly(
      [fx, 344, fx, 290, fx + 70, 220, fx + 130, 280, fx + 190, 200, fx + 300, 300, fx + 300, 344],
      P.sage,
    ),
  );
  body.push(poly([fx + 170, 224, fx + 190, 200, fx + 212, 222, fx + 190, 230], P.white));
  body.push(poly([fx, 344, fx, 310, fx + 120, 300, fx + 300, 322, fx + 300, 344], P.leaf));

  // benches
  body.push(seatRow(210, 612, 4, 92, P.apricot));
  // small pictogram poster (care / protection)
  body.push(rect(654, 208, 96, 128, P.white));
  body.push(rect(654, 208, 96, 128, 'none', { stroke: P.sage, 'stroke-width': 6 }));
  body.push(path('M702 262c-6-12-28-8-24 6 3 10 24 24 24 24s21-14 24-24c4-14-18-18-24-6z', P.coral));
  body.push(stroke('M672 300q30 24 60 0', P.leaf, 7));
  body.push(scribbles(660, 306, 84, 26, 4, P.fog, false));

  // water dispenser
  body.push(shadow(800, 614, 36, 7));
  body.push(rrect(770, 420, 60, 194, 6, P.white));
  body.push(rect(770, 480, 60, 6, P.mist));
  body.push(rrect(778, 330, 44, 92, 14, P.skyPale));
  body.push(rect(778, 352, 44, 6, P.sky, { opacity: 0.5 }));
  body.push(rect(784, 444, 10, 16, P.sky));
  body.push(rect(806, 444, 10, 16, P.flag));

  // children's corner: painted arch on the wall
  body.push(path('M900 620V300a320 200 0 0 1 640 0V620Z', P.peach, { opacity: 0.45 }));
  body.push(path('M930 620V310a290 175 0 0 1 580 0V620Z', P.cream, { opacity: 0.5 }));
  body.push(rect(900, 444, 640, 12, P.leaf));
  body.push(rect(900, 604, 640, 18, P.pine));
  // bunting string with drawings
  body.push(stroke('M930 188Q1220 230 1510 188', P.woodDark, 3));
  body.push(childDrawing(955, 196, 108, -4, 'sunHouse', P.sun));
  body.push(childDrawing(1082, 214, 104, 3, 'family', P.sky));
  body.push(childDrawing(1208, 218, 104, -2, 'rainbow', P.coral));
  body.push(childDrawing(1334, 210, 100, 4, 'mountains', P.leaf));
  // low shelf with books and a toy bin
  const sx = 1360;
  body.push(shadow(sx + 90, 614, 110, 7));
  body.push(rect(sx, 470, 180, 144, P.wood));
  body.push(rect(sx + 10, 480, 160, 56, P.woodDark));
  body.push(rect(sx + 10, 546, 160, 58, P.woodDark));
  const books = [P.sky, P.sun, P.coral, P.teal, P.lilac, P.leaf];
  books.forEach((c, i) => body.push(rect(sx + 16 + i * 15, 490 + (i % 2) * 6, 12, 46 - (i % 2) * 6, c)));
  body.push(rect(sx + 116, 496, 14, 40, P.apricot, { transform: `rotate(14 ${sx + 123} 536)` }));
  body.push(rrect(sx + 20, 556, 140, 48, 6, P.teal));
  body.push(circle(sx + 60, 556, 14, P.coral));
  body.push(rect(sx + 96, 540, 22, 22, P.sun));

  // rug, small table, chairs, crayons, soft toy
  body.push(rug(1150, 640, 270, 44, [P.terracotta, P.sun, P.teal, P.cream]));
  const tx = 1060;
  body.push(rect(tx + 12, 540, 10, 92, P.woodDark));
  body.push(rect(tx + 168, 540, 10, 92, P.woodDark));
  body.push(rect(tx + 30, 540, 8, 80, P.wood));
  body.push(rect(tx + 152, 540, 8, 80, P.wood));
  body.push(rect(tx, 526, 190, 18, P.sun));
  body.push(rect(tx, 540, 190, 5, P.ink, { opacity: 0.15 }));
  body.push(rect(tx + 30, 512, 70, 16, P.white, { transform: `rotate(-4 ${tx + 65} 520)` }));
  const crayons = [P.coral, P.sky, P.leaf, P.lilac, P.apricot];
  crayons.forEach((c, i) => body.push(rrect(tx + 110 + i * 12, 516 - (i % 2) * 2, 8, 12, 2, c)));
  // little chairs
  for (const [cx, c] of [
    [1010, P.sky],
    [1296, P.coral],
  ] as const) {
    body.push(rrect(cx - 26, 500, 52, 44, 8, c));
    body.push(rrect(cx - 30, 556, 60, 14, 5, c));
    body.push(rect(cx - 24, 570, 6, 58, P.woodDark));
    body.push(rect(cx + 18, 570, 6, 58, P.woodDark));
  }
  body.push(llama(1330, 668, 0.8));

  body.push(plant(660, 612, 0.9));
  for (const x of [420, 1200]) body.push(tube(x, 220));

  return svgDoc({
    w: W,
    h: H,
    title: 'Comisaría: sala de espera con rincón infantil',
    defs: [warmTube(), floorShadeDef(0.1)],
    body,
  });
}
