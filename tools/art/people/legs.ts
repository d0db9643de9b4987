/** Below the waist: legs, shoes, the seat of trousers, skirts and the layered pollera. */
import { P } from '../palette.ts';
import type { Body } from './geometry.ts';
import { CX, GROUND } from './geometry.ts';
import type { Pose } from './poses.ts';
import type { Pt } from './shapes.ts';
import { fill, lerp, line, xy } from './shapes.ts';
import { darken, lighten } from './tones.ts';

/** Legs as tapered shapes (thigh, knee, ankle) and shoes; trousers get a seat drawn with the upper body. */
export function legs(b: Body, pose: Pose): { legs: string; shoes: string; seat: string } {
  const l = b.look;
  const feet = pose.feet ?? [-0.55, 0.55];
  const kn = pose.knees ?? 0;
  const bare = l.bottom === 'skirt' || l.bottom === 'pollera' || l.bottom === 'none';
  const col = bare ? (l.legs ?? l.skin) : l.bottomColor;
  const thigh = bare ? b.hpw * 0.78 : b.hpw * 0.98;
  const kneeW = b.legW * (bare ? 0.78 : 0.92);
  const ankW = b.legW * (bare ? 0.55 : 0.72);
  let s = '';
  const ankles: Pt[] = [];
  for (const [i, k] of ([-1, 1] as const).entries()) {
    const ank: Pt = [CX + (feet[i] ?? k * 0.55) * b.hpw, b.ankle];
    const hipMid = CX + k * b.hpw * 0.5;
    const kx = lerp(lerp(hipMid, ank[0], 0.5), CX + k * kneeW * 0.55, kn);
    const top = b.Hip - b.hh * 0.3;
    const inner = CX + k * Math.max(0, b.hpw - thigh) * 0.5;
    s += fill(
      `M${xy(CX + k * b.hpw, top)}L${xy(kx + (k * kneeW) / 2, b.knee)}L${xy(ank[0] + (k * ankW) / 2, ank[1])}` +
        `L${xy(ank[0] - (k * ankW) / 2, ank[1])}L${xy(kx - (k * kneeW) / 2, b.knee)}L${xy(inner, b.Hip)}L${xy(inner, top)}Z`,
      col,
    );
    ankles.push(ank);
  }
  let shoes = '';
  for (const [i, a] of ankles.entries()) {
    const k = i === 0 ? -1 : 1;
    const x = a[0] + k * b.shoeW * 0.15;
    shoes += fill(
      `M${xy(x - b.shoeW, GROUND)}A${xy(b.shoeW, b.shoeH)} 0 0 1 ${xy(x + b.shoeW, GROUND)}Z`,
      l.shoes,
    );
  }
  const seat = bare
    ? ''
    : fill(
        `M${xy(CX - b.ww, b.W)}L${xy(CX + b.ww, b.W)}L${xy(CX + b.hpw, b.Hip - b.hh * 0.1)}L${xy(CX + b.hpw * 0.1, b.Hip + b.hh * 0.05)}L${xy(CX - b.hpw * 0.1, b.Hip + b.hh * 0.05)}L${xy(CX - b.hpw, b.Hip - b.hh * 0.1)}Z`,
        l.bottomColor,
      ) + line(`M${xy(CX, b.W + b.hh * 0.3)}L${xy(CX, b.Hip)}`, darken(l.bottomColor, 0.25), b.hh * 0.02);
  return { legs: s, shoes, seat };
}

export function bottomGarment(b: Body): string {
  const l = b.look;
  if (l.bottom !== 'skirt' && l.bottom !== 'pollera') return '';
  const len = l.skirtLength ?? 0;
  const hemY = len >= 0 ? lerp(b.knee, b.ankle, len) - b.hh * 0.05 : lerp(b.knee, b.Hip, -len);
  const top = b.W;
  const wTop = b.ww * 1.02;
  const wHem = b.hpw * (l.bottom === 'pollera' ? 1.6 : 1.2);
  const curve = b.hh * (l.bottom === 'pollera' ? 0.1 : 0.06);
  const at = (y: number): number => lerp(wTop, wHem, (y - top) / (hemY - top));
  let s = fill(
    `M${xy(CX - wTop, top)}L${xy(CX + wTop, top)}L${xy(CX + wHem, hemY)}Q${xy(CX, hemY + curve)} ${xy(CX - wHem, hemY)}Z`,
    l.bottomColor,
  );
  if (l.bottom === 'pollera') {
    const acc = l.bottomAccent ?? P.sun;
    for (const [y, h, col] of [
      [hemY - b.hh * 0.3, b.hh * 0.1, acc],
      [hemY - b.hh * 0.14, b.hh * 0.06, lighten(acc, 0.3)],
    ] as const) {
      s += fill(
        `M${xy(CX - at(y), y)}Q${xy(CX, y + curve)} ${xy(CX + at(y), y)}L${xy(CX + at(y + h), y + h)}Q${xy(CX, y + h + curve)} ${xy(CX - at(y + h), y + h)}Z`,
        col,
      );
    }
    s += line(
      `M${xy(CX - wHem * 0.45, top + b.hh * 0.4)}L${xy(CX - wHem * 0.6, hemY - b.hh * 0.35)}M${xy(CX + wHem * 0.45, top + b.hh * 0.4)}L${xy(CX + wHem * 0.6, hemY - b.hh * 0.35)}M${xy(CX, top + b.hh * 0.3)}L${xy(CX, hemY - b.hh * 0.35)}`,
      darken(l.bottomColor, 0.15),
      b.hh * 0.03,
    );
  }
  return s;
}
