/** Front desk (mesa de partes): cold light, counter behind glass, a queue waiting. */
import { P } from '../palette.ts';
import { flagStand, seatRow, shadow } from '../props/furnishings.ts';
import { paper } from '../props/papers.ts';
import { floorShadeDef, room, tube } from '../props/room.ts';
import { person } from '../props/silhouettes.ts';
import { clock } from '../props/wall-fixtures.ts';
import { circle, ellipse, linearGradient, path, poly, rect, rrect, stroke, svgDoc } from '../svg.ts';
import { H, W } from './canvas.ts';
import { isPlainDay, outsideView, setting, skyFill } from '../setting.ts';

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
    body.push(rect(x, 120, 100, 76, skyFill()));
    if (!isPlainDay()) body.push(...outsideView(x, 120, 100, 76, x));
    body.push(poly([x + 60, 120, x + 80, 120, x + 40, 196, x + 20, 196], P.white, { opacity: 0.35 }));
    body.push(stroke(`M${x} 158H${x + 100}M${x + 33} 120V196M${x + 66} 120V196`, P.steel, 3));
  }

  // entrance: glass double door
  const dx = 60;
  body.push(rect(dx - 16, 190, 232, 430, P.steel));
  body.push(rect(dx, 204, 200, 416, skyFill()));
  if (!isPlainDay()) body.push(...outsideView(dx, 204, 200, 416, 7));
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
  // by day there is a queue; the night shift's waiting room is empty («La sala de espera está vacía»)
  if (setting().light === 'day') {
    body.push(person(1280, 606, 330, q, 'sit', 1.05));
    body.push(person(1480, 606, 310, q, 'sit', 1.0));
    body.push(person(1385, 600, 240, q, 'sit', 1.0));
    body.push(shadow(1562, 626, 40, 7));
    body.push(person(1562, 626, 338, q, 'stand', 1.0));
  }
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
