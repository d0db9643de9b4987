/** The five station backgrounds (1600x900). Lower ~30% stays quiet for the dialogue box. */
import { P } from './palette.ts';
import {
  HORIZON,
  childDrawing,
  clock,
  flagStand,
  floorShadeDef,
  paper,
  person,
  plant,
  room,
  scribbles,
  seatRow,
  shadow,
  shield,
  tube,
  windowFrame,
} from './props.ts';
import {
  circle,
  el,
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
} from './svg.ts';

const W = 1600;
const H = 900;

const coolTube = (): string =>
  linearGradient('tubeGlow', [
    [0, P.white, 0.45],
    [1, P.white, 0],
  ]);

export function frontDesk(): string {
  const body: string[] = [];
  body.push(
    ...room({
      wall: P.frost,
      wainscot: P.sage,
      wainscotTop: 440,
      rail: P.pine,
      ceiling: P.mist,
      floor: P.mist,
      floorLines: P.steel,
      floorOpacity: 0.09,
      baseboard: P.pine,
      kind: 'tile',
    }),
  );

  // high frosted windows (cold daylight)
  for (const x of [1200, 1330, 1460]) {
    body.push(rect(x - 8, 112, 116, 92, P.steel));
    body.push(rect(x, 120, 100, 76, P.skyPale));
    body.push(poly([x + 60, 120, x + 80, 120, x + 40, 196, x + 20, 196], P.white, { opacity: 0.35 }));
    body.push(stroke(`M${x} 158H${x + 100}M${x + 33} 120V196M${x + 66} 120V196`, P.steel, 3));
  }

  // entrance: glass double door
  const dx = 60;
  body.push(rect(dx - 16, 190, 232, 430, P.steel));
  body.push(rect(dx, 204, 200, 416, P.skyPale));
  body.push(rect(dx, 300, 60, 320, P.fog, { opacity: 0.35 }));
  body.push(rect(dx + 150, 330, 50, 290, P.fog, { opacity: 0.3 }));
  body.push(rect(dx, 540, 200, 80, P.fog, { opacity: 0.35 }));
  body.push(poly([dx + 20, 204, dx + 70, 204, dx + 10, 420, dx, 420, dx, 290], P.white, { opacity: 0.4 }));
  body.push(poly([dx + 120, 204, dx + 150, 204, dx + 110, 350, dx + 80, 350], P.white, { opacity: 0.3 }));
  body.push(rect(dx + 96, 204, 8, 416, P.steel));
  body.push(rect(dx + 70, 380, 16, 90, P.mist));
  body.push(rect(dx + 114, 380, 16, 90, P.mist));
  body.push(rect(dx - 16, 190, 232, 14, P.slate));

  // noticeboard
  const nb = { x: 310, y: 160, w: 260, h: 220 };
  body.push(rect(nb.x + 6, nb.y + 8, nb.w, nb.h, P.ink, { opacity: 0.12 }));
  body.push(rect(nb.x - 10, nb.y - 10, nb.w + 20, nb.h + 20, P.woodDark));
  body.push(rect(nb.x, nb.y, nb.w, nb.h, P.sand));
  const papers: [number, number, number, number, number, string, string][] = [
    [nb.x + 14, nb.y + 14, 62, 84, -3, P.white, P.coral],
    [nb.x + 86, nb.y + 10, 70, 56, 2, P.sun, P.sky],
    [nb.x + 168, nb.y + 16, 76, 96, -2, P.white, P.flag],
    [nb.x + 92, nb.y + 76, 64, 82, 3, P.mint, P.coral],
    [nb.x + 18, nb.y + 112, 60, 90, 2, P.skyPale, P.sun],
    [nb.x + 170, nb.y + 124, 70, 80, -4, P.white, P.sky],
    [nb.x + 96, nb.y + 166, 56, 44, -1, P.cream, P.leaf],
  ];
  papers.forEach(([x, y, w, h, rot, fill, pin], i) => body.push(paper(x, y, w, h, rot, 11 + i, fill, pin)));

  // wall clock
  body.push(clock(855, 150, 42, 8, 50));

  // flag behind the counter
  body.push(flagStand(1080, 600, 400, -1));

  // glass partition on the counter
  const cx0 = 590;
  const cx1 = 1110;
  body.push(rect(cx0 + 10, 262, cx1 - cx0 - 20, 150, P.white, { opacity: 0.22 }));
  body.push(rect(cx0 + 10, 256, cx1 - cx0 - 20, 8, P.fog));
  for (const x of [cx0 + 10, 850, cx1 - 16]) body.push(rect(x, 256, 6, 156, P.fog));
  body.push(poly([640, 264, 680, 264, 620, 410, 600, 410, 600, 330], P.white, { opacity: 0.35 }));
  body.push(poly([900, 264, 920, 264, 880, 410, 860, 410], P.white, { opacity: 0.3 }));
  body.push(rrect(700, 356, 90, 56, 28, P.frost, { opacity: 0.6 }));

  // things on / behind the counter
  body.push(rrect(640, 330, 120, 80, 6, P.slate)); // monitor (back)
  body.push(rect(690, 408, 20, 12, P.slate));
  body.push(rect(790, 376, 80, 36, P.white));
  body.push(rect(794, 368, 80, 10, P.frost));
  body.push(rect(798, 360, 76, 10, P.white));
  body.push(rect(930, 380, 90, 30, P.fog)); // tray
  body.push(rect(936, 370, 78, 12, P.sun));
  body.push(rect(940, 362, 70, 10, P.white));
  body.push(rect(1040, 372, 22, 38, P.steel)); // pen pot
  body.push(stroke('M1046 372L1040 350M1052 372L1056 346M1058 372L1066 354', P.ink, 3));

  // counter
  body.push(shadow(850, 650, 300, 10, 0.18));
  body.push(rect(cx0, 428, cx1 - cx0, 220, P.pine));
  body.push(rect(cx0, 474, cx1 - cx0, 18, P.white));
  body.push(rect(cx0, 630, cx1 - cx0, 18, P.pineDeep));
  for (let x = cx0 + 130; x < cx1; x += 130) body.push(rect(x, 492, 4, 138, P.pineDeep, { opacity: 0.5 }));
  body.push(rect(cx0 - 14, 410, cx1 - cx0 + 28, 20, P.white));
  body.push(rect(cx0 - 14, 428, cx1 - cx0 + 28, 6, P.ink, { opacity: 0.2 }));
  body.push(rect(cx0, 428, 14, 220, P.ink, { opacity: 0.1 }));
  // a bell and a clipboard on the public side
  body.push(ellipse(960, 408, 18, 4, P.ink, { opacity: 0.2 }));
  body.push(path('M944 408a16 16 0 0 1 32 0z', P.sun));
  body.push(circle(960, 390, 3, P.sun));

  // queue on the right: seats and anonymous people
  body.push(seatRow(1225, 612, 3, 96, P.steel));
  const q = P.fog;
  body.push(person(1280, 606, 330, q, 'sit', 1.05));
  body.push(person(1480, 606, 310, q, 'sit', 1.0));
  body.push(person(1385, 600, 240, q, 'sit', 1.0));
  body.push(shadow(1562, 626, 40, 7));
  body.push(person(1562, 626, 338, q, 'stand', 1.0));
  // waste bin by the noticeboard
  body.push(shadow(300, 612, 30, 6));
  body.push(poly([274, 540, 326, 540, 320, 612, 280, 612], P.steel));
  body.push(rect(270, 534, 60, 10, P.slate));
  body.push(rect(286, 520, 20, 16, P.white, { transform: 'rotate(-12 296 528)' }));

  // fluorescent tubes last so the cold light sits over everything
  for (const x of [330, 850, 1340]) body.push(tube(x, 210));

  return svgDoc({
    w: W,
    h: H,
    title: 'Comisaría: mesa de partes',
    defs: [coolTube(), floorShadeDef(0.12)],
    body,
  });
}

const warmTube = (): string =>
  linearGradient('tubeGlow', [
    [0, P.cream, 0.5],
    [1, P.cream, 0],
  ]);

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

export function privateRoom(): string {
  const body: string[] = [];
  body.push(
    ...room({
      wall: P.cream,
      wainscot: P.peach,
      wainscotTop: 470,
      rail: P.white,
      ceiling: P.linen,
      floor: P.sand,
      floorLines: P.wood,
      floorOpacity: 0.12,
      baseboard: P.wood,
      kind: 'plank',
      seed: 5,
    }),
  );
  // soften the wainscot so the room stays calm
  body.push(rect(0, 476, 1600, 128, P.cream, { opacity: 0.35 }));

  // daylight through the window, falling on the wall and floor
  body.push(poly([640, 420, 960, 420, 1180, 900, 560, 900], 'url(#daylight)'));

  // window with Andean view and curtains
  const wx = 640;
  const wy = 140;
  const ww = 320;
  const wh = 250;
  body.push(
    windowFrame(wx, wy, ww, wh, 'url(#sky)', [
      circle(wx + 230, wy + 120, 34, P.sun, { opacity: 0.9 }),
      circle(wx + 230, wy + 120, 50, P.sun, { opacity: 0.2 }),
      poly(
        [
          wx,
          wy + wh,
          wx,
          wy + 170,
          wx + 60,
          wy + 130,
          wx + 120,
          wy + 180,
          wx + 200,
          wy + 110,
          wx + 320,
          wy + 190,
          wx + 320,
          wy + wh,
        ],
        P.sage,
      ),
      poly([wx + 184, wy + 124, wx + 200, wy + 110, wx + 218, wy + 126], P.white),
      poly([wx, wy + wh, wx, wy + 210, wx + 140, wy + 196, wx + 320, wy + 220, wx + 320, wy + wh], P.leaf),
    ]),
  );
  body.push(plant(wx + 60, wy + wh + 22, 0.36, P.sky, 9));
  // curtain rod and curtains
  body.push(rect(wx - 90, wy - 44, ww + 180, 8, P.woodDark));
  body.push(circle(wx - 92, wy - 40, 9, P.woodDark));
  body.push(circle(wx + ww + 92, wy - 40, 9, P.woodDark));
  body.push(
    path(
      `M${wx - 80} ${wy - 40}H${wx - 4}Q${wx + 6} ${wy + 120} ${wx - 20} ${wy + 160}Q${wx - 10} ${wy + 240} ${wx - 40} ${wy + 300}H${wx - 80}Z`,
      P.apricot,
    ),
  );
  body.push(
    path(
      `M${wx + ww + 80} ${wy - 40}H${wx + ww + 4}Q${wx + ww - 6} ${wy + 120} ${wx + ww + 20} ${wy + 160}Q${wx + ww + 10} ${wy + 240} ${wx + ww + 40} ${wy + 300}H${wx + ww + 80}Z`,
      P.apricot,
    ),
  );
  body.push(
    stroke(`M${wx - 62} ${wy - 36}V${wy + 290}M${wx + ww + 62} ${wy - 36}V${wy + 290}`, P.terracotta, 4, {
      opacity: 0.35,
    }),
  );
  body.push(rrect(wx - 34, wy + 150, 30, 12, 6, P.sun));
  body.push(rrect(wx + ww + 4, wy + 150, 30, 12, 6, P.sun));

  // bunting across the top
  const flags = [P.coral, P.sun, P.teal, P.lilac, P.apricot, P.sky, P.leaf];
  body.push(stroke('M40 92Q280 150 520 100', P.woodDark, 3));
  body.push(stroke('M1080 100Q1320 150 1560 92', P.woodDark, 3));
  for (let i = 0; i < 8; i++) {
    for (const [x0, x1] of [
      [40, 520],
      [1080, 1560],
    ] as const) {
      const t = (i + 0.5) / 8;
      const x = x0 + (x1 - x0) * t;
      const y = 96 + Math.sin(t * Math.PI) * 26 + (x0 === 40 ? (1 - t) * -4 : t * -4);
      body.push(
        poly([x - 18, y, x + 18, y, x, y + 34], flags[(i + (x0 === 40 ? 0 : 3)) % flags.length] ?? P.sun),
      );
    }
  }

  // drawings on the left wall
  body.push(childDrawing(150, 210, 120, -3, 'flower', P.sun));
  body.push(childDrawing(300, 196, 120, 2, 'sunHouse', P.sky));
  body.push(childDrawing(226, 330, 110, 4, 'heart', P.coral));
  body.push(childDrawing(1270, 206, 116, -2, 'rainbow', P.leaf));

  // toy box
  const bx = 110;
  body.push(shadow(bx + 110, 618, 130, 9));
  body.push(rrect(bx + 40, 470, 44, 44, 4, P.sun, { transform: `rotate(-10 ${bx + 62} 492)` }));
  body.push(circle(bx + 128, 484, 30, P.sky));
  body.push(path(`M${bx + 128} 454a30 30 0 0 1 0 60a12 30 0 0 0 0-60z`, P.sun));
  body.push(path(`M${bx + 128} 454a30 30 0 0 0 0 60a12 30 0 0 1 0-60z`, P.coral));
  body.push(circle(bx + 180, 452, 11, P.wood));
  body.push(circle(bx + 216, 452, 11, P.wood));
  body.push(circle(bx + 198, 474, 26, P.wood));
  body.push(ellipse(bx + 198, 484, 12, 9, P.sand));
  body.push(circle(bx + 189, 468, 3.5, P.cocoa));
  body.push(circle(bx + 207, 468, 3.5, P.cocoa));
  body.push(circle(bx + 198, 480, 3.5, P.cocoa));
  body.push(rect(bx, 496, 220, 120, P.wood));
  body.push(rect(bx, 496, 220, 16, P.woodDark));
  body.push(rect(bx + 14, 530, 192, 70, P.woodDark, { opacity: 0.25 }));
  body.push(circle(bx + 60, 566, 14, P.coral));
  body.push(poly([bx + 110, 580, bx + 124, 552, bx + 138, 580], P.teal));
  body.push(rect(bx + 154, 554, 26, 26, P.sun));

  // sofa below the window
  const sx = 560;
  const sw = 480;
  body.push(shadow(sx + sw / 2, 624, sw / 2 + 20, 11));
  body.push(rrect(sx + 30, 418, sw - 60, 120, 30, P.teal));
  body.push(rrect(sx + 30, 418, sw - 60, 20, 10, P.white, { opacity: 0.15 }));
  body.push(rrect(sx + 20, 510, sw - 40, 70, 16, P.teal));
  body.push(rect(sx + 40, 510, sw - 80, 10, P.ink, { opacity: 0.1 }));
  body.push(rrect(sx, 470, 70, 130, 28, P.teal));
  body.push(rrect(sx + sw - 70, 470, 70, 130, 28, P.teal));
  body.push(rrect(sx, 470, 70, 130, 28, P.ink, { opacity: 0.08 }));
  body.push(rrect(sx + sw - 70, 470, 70, 130, 28, P.ink, { opacity: 0.08 }));
  body.push(rect(sx + 30, 594, 14, 24, P.woodDark));
  body.push(rect(sx + sw - 44, 594, 14, 24, P.woodDark));
  body.push(rrect(sx + 88, 446, 110, 84, 24, P.sun, { transform: `rotate(-8 ${sx + 143} 488)` }));
  body.push(rrect(sx + sw - 198, 446, 110, 84, 24, P.coral, { transform: `rotate(8 ${sx + sw - 143} 488)` }));
  body.push(
    stroke(`M${sx + 104} 470l78 0M${sx + 104} 490l78 0`, P.white, 5, {
      opacity: 0.5,
      transform: `rotate(-8 ${sx + 143} 488)`,
    }),
  );
  body.push(rect(sx + 200, 490, 80, 20, P.lilac, { opacity: 0.8 }));

  // low round table with tissues and water
  body.push(shadow(800, 650, 120, 10));
  body.push(rect(716, 586, 10, 60, P.woodDark));
  body.push(rect(874, 586, 10, 60, P.woodDark));
  body.push(ellipse(800, 584, 116, 18, P.wood));
  body.push(ellipse(800, 580, 116, 18, P.sand));
  body.push(rrect(732, 548, 70, 36, 4, P.white));
  body.push(path('M754 550q13-22 26 0z', P.white));
  body.push(rect(732, 560, 70, 10, P.sky, { opacity: 0.5 }));
  body.push(poly([836, 540, 860, 540, 856, 584, 840, 584], P.skyPale));
  body.push(rect(839, 556, 19, 26, P.sky, { opacity: 0.5 }));

  // tall plant right of the window
  body.push(plant(1110, 618, 1.05, P.terracotta, 4));

  // floor lamp and beanbag
  body.push(circle(1480, 230, 120, 'url(#lampGlow)'));
  body.push(rect(1478, 250, 6, 360, P.woodDark));
  body.push(ellipse(1481, 612, 36, 7, P.woodDark));
  body.push(path('M1440 260L1456 200H1506L1522 260Z', P.cream));
  body.push(rect(1440, 256, 82, 6, P.sun));
  body.push(shadow(1380, 640, 140, 12));
  body.push(path('M1250 636C1228 560 1270 486 1360 480C1450 476 1520 540 1510 636Z', P.apricot));
  body.push(
    path('M1262 600C1300 560 1420 560 1500 600C1500 626 1270 630 1262 600Z', P.terracotta, { opacity: 0.45 }),
  );
  body.push(
    path('M1300 520C1330 498 1380 494 1410 506', 'none', {
      stroke: P.white,
      'stroke-width': 8,
      'stroke-linecap': 'round',
      opacity: 0.35,
    }),
  );

  // round rug (quiet, low contrast)
  body.push(ellipse(800, 730, 420, 60, P.peach, { opacity: 0.55 }));
  body.push(ellipse(800, 730, 360, 48, P.cream, { opacity: 0.5 }));

  return svgDoc({
    w: W,
    h: H,
    title: 'Sala de atención amigable',
    defs: [
      linearGradient('sky', [
        [0, P.skyPale],
        [1, P.cream],
      ]),
      linearGradient('daylight', [
        [0, P.white, 0.35],
        [1, P.white, 0],
      ]),
      el('radialGradient', { id: 'lampGlow' }, [
        el('stop', { offset: 0, 'stop-color': P.sun, 'stop-opacity': 0.35 }),
        el('stop', { offset: 1, 'stop-color': P.sun, 'stop-opacity': 0 }),
      ]),
      floorShadeDef(0.08),
    ],
    body,
  });
}

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

export function office(): string {
  const body: string[] = [];
  body.push(
    ...room({
      wall: P.mint,
      wainscot: P.sage,
      wainscotTop: 470,
      rail: P.white,
      ceiling: P.frost,
      floor: P.linen,
      floorLines: P.steel,
      floorOpacity: 0.1,
      baseboard: P.pine,
      kind: 'tile',
    }),
  );

  // window with half-open blinds
  const wx = 1170;
  const wy = 150;
  const ww = 300;
  const wh = 250;
  const slats: string[] = [];
  for (let y = wy + 6; y < wy + wh * 0.62; y += 16)
    slats.push(rect(wx, y, ww, 10, P.white, { opacity: 0.95 }));
  body.push(
    windowFrame(
      wx,
      wy,
      ww,
      wh,
      'url(#sky)',
      [
        rect(wx, wy + 150, 70, 100, P.fog, { opacity: 0.5 }),
        rect(wx + 80, wy + 120, 60, 130, P.fog, { opacity: 0.4 }),
        rect(wx + 200, wy + 170, 100, 80, P.fog, { opacity: 0.5 }),
        ...slats,
        rect(wx, wy, ww, 8, P.frost),
      ],
      P.white,
      false,
    ),
  );
  body.push(stroke(`M${wx + 240} ${wy}V${wy + 190}`, P.fog, 2));
  body.push(plant(wx + 250, wy + wh + 22, 0.34, P.terracotta, 12));

  // shelf with binders and a cap hook on the left
  body.push(rect(80, 276, 380, 12, P.woodDark));
  body.push(rect(80, 288, 380, 5, P.ink, { opacity: 0.12 }));
  const binders = [P.pine, P.sky, P.pine, P.sun, P.coral, P.leaf, P.steel, P.pine, P.lilac, P.sky];
  binders.forEach((c, i) => {
    const bw = 26;
    const bx = 96 + i * (bw + 4) + (i > 6 ? 40 : 0);
    const tilt = i === 9 ? 'rotate(12 ' + n(bx + bw) + ' 276)' : undefined;
    body.push(rect(bx, 176 + (i % 3) * 6, bw, 100 - (i % 3) * 6, c, { transform: tilt }));
    body.push(rect(bx + 6, 200, bw - 12, 18, P.white, { opacity: 0.7, transform: tilt }));
  });

  // filing cabinet with folders
  body.push(shadow(200, 616, 110, 8));
  body.push(rect(110, 380, 180, 236, P.fog));
  for (const y of [392, 470, 548]) {
    body.push(rect(122, y, 156, 64, P.mist));
    body.push(rect(176, y + 24, 48, 10, P.steel));
  }
  body.push(rect(120, 350, 120, 30, P.sun));
  body.push(rect(128, 336, 110, 16, P.sky));
  body.push(rect(124, 322, 110, 16, P.coral, { transform: 'rotate(-2 180 330)' }));
  // police cap resting on the folders
  body.push(path('M172 322q44-44 92 0z', P.pine));
  body.push(rect(176, 316, 84, 12, P.pineDeep));
  body.push(path('M256 326q22 4 30 -2l-4 10q-12 4-26 2z', P.ink));
  body.push(circle(218, 304, 6, P.sun));

  // framed shield poster behind the desk
  body.push(rect(622, 102, 220, 240, P.ink, { opacity: 0.12 }));
  body.push(rect(610, 90, 220, 240, P.pine));
  body.push(rect(622, 102, 196, 216, P.cream));
  body.push(shield(720, 210, 0.78));

  // flag in the corner near the window
  body.push(flagStand(1120, 600, 420, -1));

  // office chair behind the desk
  body.push(rrect(680, 350, 150, 150, 30, P.slate));
  body.push(rrect(692, 362, 126, 30, 14, P.white, { opacity: 0.08 }));

  // desk
  const dx = 480;
  const dw = 620;
  body.push(shadow(dx + dw / 2, 640, dw / 2 + 30, 11, 0.16));
  body.push(rect(dx + 10, 490, dw - 20, 150, P.wood));
  body.push(rect(dx + 10, 490, dw - 20, 150, P.ink, { opacity: 0.12 }));
  body.push(rect(dx + 20, 500, 160, 130, P.wood));
  for (const y of [510, 570]) {
    body.push(rect(dx + 28, y, 144, 52, P.woodDark, { opacity: 0.35 }));
    body.push(rect(dx + 76, y + 22, 48, 8, P.cream));
  }
  body.push(rect(dx, 470, dw, 22, P.woodDark));
  body.push(rect(dx, 466, dw, 8, P.wood));

  // monitor and keyboard
  const mx = 850;
  body.push(rect(mx + 102, 430, 24, 40, P.slate));
  body.push(rect(mx + 74, 462, 80, 8, P.slate));
  body.push(rrect(mx, 300, 228, 138, 8, P.ink));
  body.push(rect(mx + 12, 312, 204, 114, P.sky));
  body.push(rect(mx + 12, 312, 204, 18, P.pine));
  body.push(rect(mx + 24, 342, 70, 70, P.skyPale));
  body.push(scribbles(mx + 100, 340, 110, 76, 21, P.white, false));
  body.push(rect(mx + 30, 458, 170, 12, P.fog));
  // phone
  body.push(rrect(730, 438, 80, 32, 6, P.mist));
  body.push(rect(744, 446, 52, 16, P.fog));
  body.push(rrect(724, 424, 92, 18, 9, P.ink));
  body.push(stroke('M730 456q-30 10-20 40', P.ink, 3));
  // folders and papers
  body.push(rect(560, 446, 130, 22, P.sun));
  body.push(rect(566, 430, 122, 18, P.sky, { transform: 'rotate(-3 627 439)' }));
  body.push(rect(558, 416, 126, 16, P.pine, { transform: 'rotate(2 620 424)' }));
  body.push(rect(570, 404, 110, 14, P.white));
  // mug
  body.push(rrect(1040, 434, 30, 36, 5, P.white));
  body.push(path('M1070 442q14 0 14 12t-14 12', 'none', { stroke: P.white, 'stroke-width': 5 }));
  body.push(rect(1040, 442, 30, 6, P.coral));
  // desk lamp
  body.push(ellipse(520, 468, 26, 6, P.slate));
  body.push(stroke('M520 466L540 400L510 364', P.slate, 6));
  body.push(path('M524 352l-40 22 18 24z', P.slate));

  return svgDoc({
    w: W,
    h: H,
    title: 'Oficina del comisario',
    defs: [
      linearGradient('sky', [
        [0, P.skyPale],
        [1, P.frost],
      ]),
      floorShadeDef(0.1),
    ],
    body,
  });
}

export const PLACES: Record<string, () => string> = {
  office,
  corridor_cells: corridorCells,
  front_desk: frontDesk,
  waiting_area: waitingArea,
  private_room: privateRoom,
};
