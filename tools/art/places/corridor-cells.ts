/** Corridor by the holding cells: concrete, bars, harsh light; the place a child must not wait. */
import { P } from '../palette.ts';
import { shadow } from '../props/furnishings.ts';
import { floorShadeDef, HORIZON, room, tube } from '../props/room.ts';
import { person } from '../props/silhouettes.ts';
import {
  circle,
  ellipse,
  g,
  linearGradient,
  n,
  path,
  poly,
  rect,
  rrect,
  rng,
  stroke,
  svgDoc,
} from '../svg.ts';
import { H, W } from './canvas.ts';

/** Barred cell front; (x, y) top-left of the opening. */
function cell(x: number, w: number, occupant: 'sit' | 'lie' | 'none', seed: number): string {
  const top = 180;
  const bottom = HORIZON;
  const parts: string[] = [];
  const r = rng(seed);
  // dim interior
  parts.push(rect(x, top, w, bottom - top, P.slate));
  parts.push(rect(x, top, w, 60, P.ink, { opacity: 0.35 }));
  parts.push(rect(x, bottom - 70, w, 70, P.ink, { opacity: 0.3 }));
  // concrete bunk inside
  parts.push(rect(x + 20, 470, w * 0.62, 26, P.steel, { opacity: 0.8 }));
  parts.push(rect(x + 20, 496, w * 0.62, 50, P.ink, { opacity: 0.3 }));
  if (occupant === 'sit') parts.push(person(x + w * 0.3, 546, 250, P.steel, 'sit', 1.1, { opacity: 0.55 }));
  if (occupant === 'lie') parts.push(rrect(x + 34, 444, w * 0.5, 30, 15, P.steel, { opacity: 0.5 }));
  // wall graffiti-free scratches
  const sc: string[] = [];
  for (let i = 0; i < 5; i++) {
    const sx = x + 30 + r() * (w - 60);
    const sy = top + 90 + r() * 200;
    sc.push(`M${n(sx)} ${n(sy)}l${n(8 + r() * 14)} ${n(-4 + r() * 8)}`);
  }
  parts.push(stroke(sc.join(''), P.fog, 2, { opacity: 0.35 }));
  // frame and bars
  parts.push(rect(x - 14, top - 24, w + 28, 24, P.steel));
  parts.push(rect(x - 14, top - 24, 14, bottom - top + 24, P.steel));
  parts.push(rect(x + w, top - 24, 14, bottom - top + 24, P.steel));
  parts.push(rect(x - 14, top - 24, w + 28, 6, P.white, { opacity: 0.15 }));
  const bars: string[] = [];
  for (let bx = x + 18; bx < x + w - 6; bx += 30) bars.push(`M${bx} ${top}V${bottom}`);
  parts.push(stroke(bars.join(''), P.fog, 8, { 'stroke-linecap': 'butt' }));
  parts.push(stroke(bars.join(''), P.mist, 2.5, { 'stroke-linecap': 'butt', transform: 'translate(-2 0)' }));
  for (const y of [250, 430]) parts.push(rect(x, y, w, 14, P.fog));
  // door lock box
  const lx = x + w - 96;
  parts.push(rect(lx, 400, 46, 66, P.steel));
  parts.push(rect(lx + 18, 420, 10, 22, P.ink));
  parts.push(stroke(`M${lx - 10} ${top}V${bottom}`, P.steel, 6));
  return g(parts);
}

export function corridorCells(): string {
  const body: string[] = [];
  body.push(
    ...room({
      wall: P.mist,
      wainscot: P.fog,
      wainscotTop: 420,
      rail: P.steel,
      ceiling: P.steel,
      floor: P.fog,
      floorLines: P.slate,
      floorOpacity: 0.18,
      baseboard: P.slate,
      kind: 'concrete',
    }),
  );
  // grime and a damp stain
  body.push(
    path('M1080 112h150c-6 30-30 30-34 60s-26 50-40 20-40-10-50-40-30-30-26-40z', P.fog, { opacity: 0.35 }),
  );
  body.push(path('M1150 200c4 30 4 60 0 90c-4-30-4-60 0-90z', P.fog, { opacity: 0.35 }));
  body.push(stroke('M1180 120l20 40-10 30 16 38M1200 160l22 6', P.steel, 2, { opacity: 0.5 }));
  body.push(rect(0, 520, 1600, 100, P.ink, { opacity: 0.06 }));
  // conduit pipe along the wall
  body.push(rect(0, 94, 1600, 14, P.steel));
  body.push(rect(0, 94, 1600, 4, P.white, { opacity: 0.2 }));
  for (let x = 120; x < 1600; x += 260) body.push(rect(x, 88, 12, 26, P.slate));

  body.push(cell(70, 330, 'sit', 3));
  body.push(cell(450, 330, 'lie', 8));

  // locked grey cabinet
  body.push(shadow(930, 616, 80, 7));
  body.push(rect(860, 300, 140, 316, P.steel));
  body.push(rect(866, 306, 62, 304, P.fog, { opacity: 0.35 }));
  body.push(rect(932, 306, 62, 304, P.fog, { opacity: 0.25 }));
  body.push(stroke('M876 330h40M876 340h40M876 350h40M942 330h40M942 340h40M942 350h40', P.slate, 3));
  body.push(rect(926, 420, 8, 50, P.slate));
  body.push(path('M920 466a10 10 0 0 1 20 0v4h-20z', 'none', { stroke: P.ink, 'stroke-width': 4 }));
  body.push(rrect(916, 468, 28, 24, 4, P.sun, { opacity: 0.85 }));
  body.push(circle(930, 478, 3, P.ink));

  // hard metal bench bolted to the wall
  const bx = 1040;
  body.push(shadow(bx + 150, 618, 170, 7));
  body.push(rect(bx, 500, 300, 16, P.mist));
  body.push(rect(bx, 514, 300, 8, P.steel));
  for (const lx of [bx + 20, bx + 264]) {
    body.push(rect(lx, 522, 16, 96, P.steel));
    body.push(rect(lx - 8, 612, 32, 6, P.slate));
  }
  body.push(stroke(`M${bx + 10} 540H${bx + 290}`, P.steel, 6));
  // scuffs on the wall above the bench
  body.push(
    stroke(`M${bx + 60} 470l40 -6M${bx + 180} 476l30 4M${bx + 230} 462l24 -8`, P.slate, 3, { opacity: 0.3 }),
  );

  // heavy steel door with wired glass
  const dx = 1400;
  body.push(rect(dx - 16, 188, 192, 432, P.slate));
  body.push(rect(dx, 200, 160, 420, P.steel));
  body.push(rect(dx + 10, 210, 140, 400, P.fog, { opacity: 0.25 }));
  body.push(rect(dx + 50, 250, 60, 80, P.ink));
  body.push(rect(dx + 50, 250, 60, 80, P.skyPale, { opacity: 0.25 }));
  body.push(
    stroke(
      `M${dx + 50} 270h60M${dx + 50} 290h60M${dx + 50} 310h60M${dx + 70} 250v80M${dx + 90} 250v80`,
      P.fog,
      1.5,
    ),
  );
  body.push(rect(dx + 14, 420, 24, 60, P.slate));
  body.push(rect(dx + 20, 436, 40, 10, P.mist));
  for (const y of [240, 420, 580]) body.push(rect(dx + 148, y, 12, 30, P.slate));
  body.push(rect(dx, 596, 160, 24, P.ink, { opacity: 0.3 }));

  // security camera
  body.push(rect(1540, 112, 40, 8, P.slate));
  body.push(rect(1548, 116, 8, 34, P.slate));
  body.push(poly([1486, 140, 1554, 150, 1550, 176, 1482, 166], P.steel));
  body.push(poly([1480, 134, 1560, 146, 1558, 153, 1478, 141], P.slate));
  body.push(ellipse(1484, 153, 5, 11, P.ink));
  body.push(circle(1540, 162, 3, P.flag));

  // painted line on the floor
  body.push(rect(0, 636, 860, 6, P.sun, { opacity: 0.45 }));
  // drain and a wet stain on the concrete
  body.push(ellipse(1190, 700, 90, 14, P.slate, { opacity: 0.12 }));
  body.push(ellipse(820, 676, 28, 6, P.slate));
  body.push(stroke('M804 676h32M808 672h24M808 680h24', P.fog, 2));

  // harsh tube over the corridor, a dead one over the cells
  body.push(tube(980, 220, 'url(#harsh)'));
  body.push(tube(330, 200, undefined, false));
  body.push(rect(0, 0, 1600, 900, P.sky, { opacity: 0.06 }));

  return svgDoc({
    w: W,
    h: H,
    title: 'Pasillo de los calabozos',
    defs: [
      linearGradient('harsh', [
        [0, P.white, 0.6],
        [0.7, P.white, 0.12],
        [1, P.white, 0],
      ]),
      floorShadeDef(0.25),
    ],
    body,
  });
}
