/** The station commander's office: desk, shelves, filing cabinet, shield poster and flag. */
import { P } from '../palette.ts';
import { isPlainDay, outsideView, skyStops } from '../setting.ts';
import { flagStand, plant, shadow } from '../props/furnishings.ts';
import { scribbles } from '../props/papers.ts';
import { floorShadeDef, room } from '../props/room.ts';
import { shield, windowFrame } from '../props/wall-fixtures.ts';
import { circle, ellipse, linearGradient, n, path, rect, rrect, stroke, svgDoc } from '../svg.ts';
import { H, W } from './canvas.ts';

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
        ...(isPlainDay()
          ? [
              rect(wx, wy + 150, 70, 100, P.fog, { opacity: 0.5 }),
              rect(wx + 80, wy + 120, 60, 130, P.fog, { opacity: 0.4 }),
              rect(wx + 200, wy + 170, 100, 80, P.fog, { opacity: 0.5 }),
            ]
          : outsideView(wx, wy, ww, wh, 3)),
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
      linearGradient(
        'sky',
        skyStops([
          [0, P.skyPale],
          [1, P.frost],
        ]),
      ),
      floorShadeDef(0.1),
    ],
    body,
  });
}
