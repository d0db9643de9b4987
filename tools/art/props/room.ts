/** The shell of every interior: wall, ceiling, skirting, perspective floor, and ceiling tubes. */
import { P } from '../palette.ts';
import { el, g, n, poly, rect, rrect, rng, stroke } from '../svg.ts';
import { regionWall } from '../setting.ts';

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
  out.push(...regionWall(69, o.wainscotTop !== undefined ? o.wainscotTop - 6 : HORIZON - 16));
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
