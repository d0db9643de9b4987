/** Reusable pieces (rooms, furniture, papers, silhouettes) in the shared flat style. */
import { P } from './palette.ts';
import { circle, el, ellipse, g, line, n, path, poly, rect, rrect, rng, stroke, type Attrs } from './svg.ts';

/** Where the back wall meets the floor in every interior. */
export const HORIZON = 620;
/** Vanishing point used for floor lines. */
const VP = { x: 800, y: 250 };

export interface RoomOpts {
  wall: string;
  wainscot?: string;
  wainscotTop?: number;
  rail?: string;
  ceiling: string;
  floor: string;
  floorLines: string;
  floorOpacity?: number;
  baseboard: string;
  kind: 'tile' | 'plank' | 'concrete';
  seed?: number;
}

/** Back wall, ceiling band, skirting and a calm perspective floor. */
export function room(o: RoomOpts): string[] {
  const out: string[] = [];
  out.push(rect(0, 0, 1600, HORIZON, o.wall));
  if (o.wainscot !== undefined && o.wainscotTop !== undefined) {
    out.push(rect(0, o.wainscotTop, 1600, HORIZON - o.wainscotTop, o.wainscot));
    if (o.rail !== undefined) out.push(rect(0, o.wainscotTop - 6, 1600, 12, o.rail));
  }
  out.push(rect(0, 0, 1600, 64, o.ceiling));
  out.push(rect(0, 64, 1600, 5, P.ink, { opacity: 0.08 }));
  out.push(rect(0, HORIZON, 1600, 900 - HORIZON, o.floor));
  out.push(rect(0, HORIZON - 16, 1600, 18, o.baseboard));
  out.push(rect(0, HORIZON + 2, 1600, 10, P.ink, { opacity: 0.06 }));

  const op = o.floorOpacity ?? 0.1;
  const lines: string[] = [];
  const rows = [640, 666, 700, 745, 805, 885];
  const vx = (x0: number, y: number): number => x0 + ((x0 - VP.x) * (y - HORIZON)) / (HORIZON - VP.y);
  if (o.kind === 'tile') {
    for (const y of rows) lines.push(`M0 ${y}H1600`);
    for (let x0 = -1400; x0 <= 3000; x0 += 110) lines.push(`M${n(x0)} ${HORIZON}L${n(vx(x0, 900))} 900`);
  } else if (o.kind === 'plank') {
    const r = rng(o.seed ?? 7);
    for (let x0 = -1400; x0 <= 3000; x0 += 55) {
      lines.push(`M${n(x0)} ${HORIZON}L${n(vx(x0, 900))} 900`);
    }
    for (let i = 0; i < rows.length - 1; i++) {
      const y = rows[i] ?? 700;
      for (let x0 = -1400; x0 <= 3000; x0 += 55) {
        if (r() < 0.22) {
          const a = vx(x0, y);
          const b = vx(x0 + 55, y);
          if (b > 0 && a < 1600) lines.push(`M${n(a)} ${y}L${n(b)} ${y}`);
        }
      }
    }
  } else {
    // concrete: few expansion joints and soft stains
    for (const y of [668, 760]) lines.push(`M0 ${y}H1600`);
    for (let x0 = -1200; x0 <= 2800; x0 += 400) lines.push(`M${n(x0)} ${HORIZON}L${n(vx(x0, 900))} 900`);
  }
  out.push(stroke(lines.join(''), o.floorLines, 2, { opacity: op }));
  // soft light falloff towards the viewer keeps the dialogue area quiet
  out.push(rect(0, HORIZON, 1600, 900 - HORIZON, 'url(#floorShade)'));
  return out;
}

/** Gradient used by room(): the floor darkens gently towards the bottom edge. */
export function floorShadeDef(opacity = 0.14): string {
  return el('linearGradient', { id: 'floorShade', x1: 0, y1: 0, x2: 0, y2: 1 }, [
    el('stop', { offset: 0, 'stop-color': P.ink, 'stop-opacity': 0 }),
    el('stop', { offset: 1, 'stop-color': P.ink, 'stop-opacity': opacity }),
  ]);
}

/** Ceiling tube fixture with a cone of light (gradient id 'tubeGlow' must exist). */
export function tube(cx: number, w: number, glow = 'url(#tubeGlow)', lit = true): string {
  const x = cx - w / 2;
  const parts = [rrect(x - 8, 30, w + 16, 22, 4, P.mist), rrect(x, 46, w, 10, 5, lit ? P.white : P.fog)];
  if (lit) parts.unshift(poly([x, 56, x + w, 56, x + w + 230, HORIZON - 20, x - 230, HORIZON - 20], glow));
  return g(parts);
}

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

/** Two-decimal formatting for scale factors. */
export function n2(v: number): string {
  return String(Math.round(v * 100) / 100);
}

const STAND =
  'M-.05 .165L-.13 .19Q-.168 .2-.168 .245L-.172 .5Q-.172 .535-.145 .535L-.12 .535L-.1 .98Q-.1 1-.075 1L-.028 1L-.015 .6L.015 .6L.028 1L.075 1Q.1 1 .1 .98L.12 .535L.145 .535Q.172 .535 .172 .5L.168 .245Q.168 .2 .13 .19L.05 .165Z';
const SIT =
  'M-.05 .435L-.13 .46Q-.168 .47-.168 .515L-.172 .66L-.14 .7L-.12 .72L-.1 .98Q-.1 1-.075 1L-.03 1L-.02 .74L.02 .74L.03 1L.075 1Q.1 1 .1 .98L.12 .72L.14 .7L.172 .66L.168 .515Q.168 .47 .13 .46L.05 .435Z';

/**
 * Anonymous person shape. (x, feetY) is the floor point; h is standing height.
 * widthScale lets the same shape read as different builds.
 */
export function person(
  x: number,
  feetY: number,
  h: number,
  fill: string,
  pose: 'stand' | 'sit' = 'stand',
  widthScale = 1,
  a: Attrs = {},
): string {
  const headY = pose === 'stand' ? 0.085 : 0.355;
  return g([path(pose === 'stand' ? STAND : SIT, fill), el('circle', { cx: 0, cy: headY, r: 0.072, fill })], {
    transform: `translate(${n(x)} ${n(feetY - h)}) scale(${n2(h * widthScale)} ${n2(h)})`,
    ...a,
  });
}

/** Potted plant. (x, y) is the bottom centre of the pot. */
export function plant(x: number, y: number, s: number, pot: string = P.terracotta, seed = 3): string {
  const r = rng(seed);
  const leaves: string[] = [];
  const cols = [P.leaf, P.pine, P.sage, P.leaf];
  for (let i = 0; i < 9; i++) {
    const ang = -70 + (i / 8) * 140 + (r() - 0.5) * 14;
    const len = 70 + r() * 50;
    const c = cols[i % cols.length] ?? P.leaf;
    leaves.push(
      ellipse(0, -len / 2, 13, len / 2, c, {
        transform: `rotate(${n(ang)})`,
      }),
    );
  }
  return g(
    [
      ellipse(0, 0, 46, 8, P.ink, { opacity: 0.12 }),
      g(leaves, { transform: 'translate(0 -62)' }),
      poly([-38, -70, 38, -70, 30, 0, -30, 0], pot),
      rect(-42, -78, 84, 14, pot),
      rect(-42, -66, 84, 4, P.ink, { opacity: 0.15 }),
    ],
    { transform: `translate(${n(x)} ${n(y)}) scale(${n2(s)})` },
  );
}

/** Peruvian flag on a floor stand (red-white-red, no coat of arms). */
export function flagStand(x: number, floorY: number, h: number, side: 1 | -1 = 1): string {
  const top = floorY - h;
  const fw = h * 0.36;
  const fh = h * 0.26;
  const fx = side === 1 ? x + 4 : x - 4 - fw;
  const fy = top + 14;
  const band = fw / 3;
  const wave = (x0: number, w: number, c: string): string =>
    path(
      `M${n(x0)} ${n(fy)}q${n(w / 2)} ${n(fh * 0.08)} ${n(w)} 0v${n(fh)}q${n(-w / 2)} ${n(fh * 0.08)} ${n(-w)} 0z`,
      c,
    );
  return g([
    ellipse(x, floorY, 34, 7, P.ink, { opacity: 0.15 }),
    rect(x - 3, top, 6, h, P.sun),
    circle(x, top, 7, P.sun),
    poly([x - 26, floorY, x + 26, floorY, x + 10, floorY - 14, x - 10, floorY - 14], P.slate),
    wave(fx, band, P.flag),
    wave(fx + band, band, P.white),
    wave(fx + band * 2, band, P.flag),
    path(
      `M${n(fx)} ${n(fy + fh)}q${n(fw / 2)} ${n(fh * 0.08)} ${n(fw)} 0v${n(-fh * 0.25)}q${n(-fw / 2)} ${n(fh * 0.08)} ${n(-fw)} 0z`,
      P.ink,
      { opacity: 0.1 },
    ),
  ]);
}

/** Row of linked plastic seats on a metal beam; returns seat top y. */
export function seatRow(x: number, floorY: number, count: number, seatW: number, colour: string): string {
  const parts: string[] = [];
  const seatY = floorY - 118;
  const gap = 10;
  const total = count * seatW + (count - 1) * gap;
  parts.push(ellipse(x + total / 2, floorY, total / 2 + 20, 9, P.ink, { opacity: 0.12 }));
  parts.push(rect(x + 10, seatY + 30, total - 20, 10, P.steel));
  for (const lx of [x + 26, x + total - 32]) {
    parts.push(rect(lx, seatY + 34, 8, floorY - seatY - 34, P.steel));
    parts.push(rect(lx - 14, floorY - 6, 36, 6, P.slate));
  }
  for (let i = 0; i < count; i++) {
    const sx = x + i * (seatW + gap);
    parts.push(rrect(sx + 4, seatY - 92, seatW - 8, 86, 14, colour));
    parts.push(rrect(sx + 4, seatY - 92, seatW - 8, 14, 7, P.white, { opacity: 0.18 }));
    parts.push(rrect(sx, seatY - 8, seatW, 30, 10, colour));
    parts.push(rect(sx + 6, seatY + 14, seatW - 12, 6, P.ink, { opacity: 0.18 }));
  }
  return g(parts);
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

export function shadow(cx: number, cy: number, rx: number, ry = 10, o = 0.14): string {
  return ellipse(cx, cy, rx, ry, P.ink, { opacity: o });
}

export { line };
