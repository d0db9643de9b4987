/** Child-friendly private room: warm daylight through a window, curtains, bunting and drawings. */
import { P } from '../palette.ts';
import { isPlainDay, outsideView, setting, skyStops } from '../setting.ts';
import { childDrawing } from '../props/child-drawing.ts';
import { plant } from '../props/furnishings.ts';
import { floorShadeDef, room } from '../props/room.ts';
import { windowFrame } from '../props/wall-fixtures.ts';
import { circle, el, linearGradient, path, poly, rect, rrect, stroke, svgDoc } from '../svg.ts';
import { H, W } from './canvas.ts';
import { privateRoomFurnishings } from './private-room-furnishings.ts';

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
  if (setting().light === 'day') body.push(poly([640, 420, 960, 420, 1180, 900, 560, 900], 'url(#daylight)'));

  // window with Andean view and curtains
  const wx = 640;
  const wy = 140;
  const ww = 320;
  const wh = 250;
  body.push(
    windowFrame(
      wx,
      wy,
      ww,
      wh,
      'url(#sky)',
      isPlainDay()
        ? [
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
            poly(
              [wx, wy + wh, wx, wy + 210, wx + 140, wy + 196, wx + 320, wy + 220, wx + 320, wy + wh],
              P.leaf,
            ),
          ]
        : outsideView(wx, wy, ww, wh, 5),
    ),
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

  body.push(...privateRoomFurnishings());

  return svgDoc({
    w: W,
    h: H,
    title: 'Sala de atención amigable',
    defs: [
      linearGradient(
        'sky',
        skyStops([
          [0, P.skyPale],
          [1, P.cream],
        ]),
      ),
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
