/** Collars, buttons, bands, pockets and lapels: what makes each kind of top recognisable. */
import { P } from '../palette.ts';
import { CX } from './geometry.ts';
import type { Posed } from './poses.ts';
import { box, circ, fill, lerp, line, n, xy } from './shapes.ts';
import { darken, lighten, POLICE } from './tones.ts';
import type { Hem } from './torso.ts';
import { sideAt } from './torso.ts';

export function topDetails(b: Posed, hem: Hem): string {
  const l = b.look;
  const S = b.S;
  const hh = b.hh;
  const c = b.nw * 1.35;
  const e = hh * 0.05;
  const dk = darken(l.topColor, 0.18);
  let s = '';
  const collar = (col: string): string =>
    [-1, 1]
      .map((k) =>
        fill(
          `M${xy(CX + k * c * 1.05, S - e)}L${xy(CX + k * c * 0.15, S + hh * 0.16)}L${xy(CX + k * c * 1.45, S + hh * 0.1)}Z`,
          col,
        ),
      )
      .join('');
  const buttons = (from: number, to: number, count: number, col: string): string => {
    let r = '';
    for (let i = 0; i < count; i++)
      r += circ([CX, lerp(from, to, count > 1 ? i / (count - 1) : 0)], hh * 0.025, col);
    return r;
  };
  const band = (y: number, h: number, col: string): string => {
    const w = sideAt(b, hem, y + h / 2);
    return box(CX - w, y, w * 2, h, col);
  };
  switch (l.top) {
    case 'tee':
      if (l.accent !== undefined) s += band(S + hh * 0.55, hh * 0.1, l.accent);
      break;
    case 'polo':
      s += collar(lighten(l.topColor, 0.15)) + buttons(S + hh * 0.15, S + hh * 0.3, 2, dk);
      break;
    case 'blouse':
      s += line(
        `M${xy(CX - c * 1.2, S - e * 0.6)}Q${xy(CX, S + hh * 0.24)} ${xy(CX + c * 1.2, S - e * 0.6)}`,
        dk,
        hh * 0.03,
      );
      break;
    case 'hoodie': {
      const pY = lerp(b.W, hem.y, 0.25);
      s += fill(
        `M${xy(CX - b.hpw * 0.62, pY)}L${xy(CX + b.hpw * 0.62, pY)}L${xy(CX + b.hpw * 0.8, hem.y - hh * 0.1)}L${xy(CX - b.hpw * 0.8, hem.y - hh * 0.1)}Z`,
        dk,
      );
      s += box(CX - hem.half, hem.y - hh * 0.1, hem.half * 2, hh * 0.1, dk);
      s += fill(
        `M${xy(CX - c * 1.3, S - e)}Q${xy(CX, S + hh * 0.3)} ${xy(CX + c * 1.3, S - e)}Q${xy(CX, S + hh * 0.12)} ${xy(CX - c * 1.3, S - e)}Z`,
        dk,
      );
      s += line(
        `M${xy(CX - c * 0.5, S + hh * 0.12)}l0 ${n(hh * 0.34)}M${xy(CX + c * 0.5, S + hh * 0.12)}l0 ${n(hh * 0.3)}`,
        l.accent ?? P.white,
        hh * 0.025,
      );
      break;
    }
    case 'sweater': {
      if (l.inner !== undefined) s += collar(l.inner);
      s += box(CX - hem.half, hem.y - hh * 0.09, hem.half * 2, hh * 0.09, dk);
      const y = S + hh * 0.42;
      const h = hh * 0.2;
      const w = sideAt(b, hem, y + h / 2);
      s += box(CX - w, y, w * 2, h, l.accent ?? P.sun);
      let z = `M${xy(CX - w, y + h * 0.75)}`;
      const steps = Math.max(6, Math.round(w / (hh * 0.08)) * 2);
      for (let i = 1; i <= steps; i++)
        z += `L${xy(CX - w + (2 * w * i) / steps, y + h * (i % 2 ? 0.25 : 0.75))}`;
      s += line(z, l.accent2 ?? P.flag, hh * 0.035);
      break;
    }
    case 'shirt':
    case 'uniform': {
      const isU = l.top === 'uniform';
      s += collar(isU ? darken(l.topColor, 0.12) : lighten(l.topColor, 0.2));
      s += buttons(S + hh * 0.22, lerp(S, b.W, 0.9), 4, isU ? POLICE.dark : dk);
      if (isU) {
        for (const k of [-1, 1]) {
          const x = CX + k * b.sw * 0.45;
          const y = S + hh * 0.42;
          const w = b.sw * 0.42;
          s +=
            box(x - w / 2, y, w, hh * 0.3, darken(l.topColor, 0.08)) +
            box(x - w / 2, y, w, hh * 0.09, darken(l.topColor, 0.2));
        }
        // generic badge and a blank name bar: no text, no real insignia
        s += fill(
          `M${xy(CX + b.sw * 0.45, S + hh * 0.2)}l${xy(hh * 0.07, hh * 0.04)}l${xy(-hh * 0.015, hh * 0.11)}l${xy(-hh * 0.055, hh * 0.04)}l${xy(-hh * 0.055, -hh * 0.04)}l${xy(-hh * 0.015, -hh * 0.11)}Z`,
          '#d8b04a',
        );
        s += box(CX - b.sw * 0.62, S + hh * 0.3, b.sw * 0.34, hh * 0.07, P.white, { opacity: 0.85 });
      }
      break;
    }
    case 'zip': {
      if (l.inner !== undefined)
        s += fill(
          `M${xy(CX - c * 1.1, S - e)}L${xy(CX, S + hh * 0.18)}L${xy(CX + c * 1.1, S - e)}Z`,
          l.inner,
        );
      s += line(`M${xy(CX, S + hh * 0.16)}L${xy(CX, hem.y)}`, l.accent ?? P.white, hh * 0.022);
      if (l.accent !== undefined) s += band(S + hh * 0.45, hh * 0.07, l.accent);
      s += box(CX - hem.half, hem.y - hh * 0.08, hem.half * 2, hh * 0.08, dk);
      break;
    }
    case 'jacket':
    case 'cardigan':
    case 'blazer': {
      const inner = l.inner ?? P.white;
      const open = l.top === 'jacket' ? c * 0.85 : c * 0.55;
      const vy = l.top === 'blazer' ? S + hh * 0.95 : l.top === 'cardigan' ? S + hh * 0.7 : hem.y;
      s += fill(
        `M${xy(CX - c, S - e)}L${xy(CX - open, vy)}L${xy(CX - open, vy)}L${xy(CX, vy + (l.top === 'jacket' ? 0 : hh * 0.05))}L${xy(CX + open, vy)}L${xy(CX + c, S - e)}Q${xy(CX, S + hh * 0.1)} ${xy(CX - c, S - e)}Z`,
        inner,
      );
      if (l.top === 'jacket') {
        s +=
          collar(dk) +
          line(
            `M${xy(CX - open, S + hh * 0.14)}L${xy(CX - open, hem.y)}M${xy(CX + open, S + hh * 0.14)}L${xy(CX + open, hem.y)}`,
            dk,
            hh * 0.025,
          );
        for (const k of [-1, 1])
          s += box(CX + k * b.sw * 0.5 - b.sw * 0.18, S + hh * 0.42, b.sw * 0.36, hh * 0.05, dk);
      } else if (l.top === 'blazer') {
        for (const k of [-1, 1])
          s += fill(
            `M${xy(CX + k * c, S - e)}L${xy(CX + k * open, vy)}L${xy(CX + k * c * 1.9, S + hh * 0.35)}Z`,
            dk,
          );
        s += circ([CX, vy + hh * 0.18], hh * 0.03, dk);
        s += line(`M${xy(CX, vy + hh * 0.05)}L${xy(CX, hem.y)}`, dk, hh * 0.02);
      } else {
        s +=
          line(`M${xy(CX, vy)}L${xy(CX, hem.y)}`, dk, hh * 0.02) +
          buttons(vy + hh * 0.12, hem.y - hh * 0.2, 3, lighten(l.topColor, 0.4));
        s += box(CX - hem.half, hem.y - hh * 0.08, hem.half * 2, hh * 0.08, dk);
      }
      break;
    }
    case 'tunic': {
      s += fill(`M${xy(CX - c * 0.7, S - e)}L${xy(CX, S + hh * 0.45)}L${xy(CX + c * 0.7, S - e)}Z`, l.skin);
      let d = '';
      for (const k of [-0.62, -0.31, 0.31, 0.62])
        d += `M${xy(CX + k * b.hpw * 1.25, S + hh * 0.55)}L${xy(CX + k * b.hpw * 1.9, hem.y - hh * 0.02)}`;
      s += line(d, l.accent ?? P.cocoa, hh * 0.03, { opacity: 0.7 });
      s += line(
        `M${xy(CX - hem.half * 0.98, hem.y - hh * 0.08)}Q${xy(CX, hem.y + hh * 0.0)} ${xy(CX + hem.half * 0.98, hem.y - hh * 0.08)}`,
        l.accent ?? P.cocoa,
        hh * 0.035,
        { opacity: 0.8 },
      );
      break;
    }
  }
  return s;
}
