/** What stands in the private room: toy box, sofa, round table, plant, lamp, beanbag and rug. */
import { P } from '../palette.ts';
import { plant, shadow } from '../props/furnishings.ts';
import { circle, ellipse, path, poly, rect, rrect, stroke } from '../svg.ts';

/** Drawn in this order after the walls, so nearer things overlap farther ones. */
export function privateRoomFurnishings(): string[] {
  const body: string[] = [];
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
  return body;
}
