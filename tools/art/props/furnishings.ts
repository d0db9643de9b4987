/** Free-standing furnishings: potted plant, flag stand, seat row, and the floor shadow under things. */
import { P } from '../palette.ts';
import { circle, ellipse, g, n, n2, path, poly, rect, rrect, rng } from '../svg.ts';

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

export function shadow(cx: number, cy: number, rx: number, ry = 10, o = 0.14): string {
  return ellipse(cx, cy, rx, ry, P.ink, { opacity: o });
}
