/** Things worn over the clothes, drawn in two layers: over the torso, and over the upper arms. */
import { P } from '../palette.ts';
import { CX } from './geometry.ts';
import type { Side } from './look.ts';
import type { Posed } from './poses.ts';
import type { Pt } from './shapes.ts';
import { box, circ, fill, lerp, line, n, pt, xy } from './shapes.ts';
import { darken, POLICE } from './tones.ts';

/** Worn over the clothes: belt, safety vest, apron, woven bag, necklace, ID badge. */
export function accessories(b: Posed): string {
  const l = b.look;
  const S = b.S;
  const hh = b.hh;
  const c = b.nw * 1.35;
  const e = hh * 0.05;
  const ex = l.extras ?? [];
  let s = '';
  if (ex.includes('belt') && (l.top === 'shirt' || l.top === 'uniform')) {
    const y = b.W - hh * 0.02;
    const h = hh * 0.09;
    s += box(CX - b.ww * 1.03, y, b.ww * 2.06, h, l.top === 'uniform' ? '#1a1c1e' : '#4a3328');
    s += box(CX - h * 0.6, y, h * 1.2, h, l.top === 'uniform' ? '#b9b9b0' : '#c8a25a');
  }
  if (ex.includes('vest')) {
    const vy = lerp(b.W, b.Hip, 0.55);
    const hv = (k: Side): string[] => [
      xy(CX + k * c * 1.15, S - e),
      xy(CX + k * b.sw * 0.8, S - e * 0.5),
      xy(CX + k * b.sw * 0.72, S + hh * 0.55),
      xy(CX + k * b.ww * 1.04, vy),
      xy(CX + k * c * 0.2, vy),
      xy(CX + k * c * 0.2, S + hh * 0.55),
    ];
    for (const k of [-1, 1] as const) {
      const p = hv(k);
      s += fill(`M${p.join('L')}Z`, '#c9e236');
    }
    for (const y of [S + hh * 0.75, S + hh * 1.15])
      s += box(CX - b.ww * 1.03, y, b.ww * 2.06, hh * 0.08, '#d4dadf');
    s += box(CX - c * 0.2, S + hh * 0.5, c * 0.4, vy - S - hh * 0.5, '#c9e236');
  }
  if (ex.includes('apron')) {
    const top = S + hh * 0.5;
    const bot = lerp(b.Hip, b.knee, 0.75);
    const w = b.hpw * 0.8;
    const col = P.sky;
    s += line(
      `M${xy(CX - w * 0.55, top)}L${xy(CX - c, S - e)}M${xy(CX + w * 0.55, top)}L${xy(CX + c, S - e)}`,
      col,
      hh * 0.04,
    );
    s += fill(
      `M${xy(CX - w * 0.6, top)}L${xy(CX + w * 0.6, top)}L${xy(CX + w * 0.65, b.W)}L${xy(CX + w, bot)}Q${xy(CX, bot + hh * 0.08)} ${xy(CX - w, bot)}L${xy(CX - w * 0.65, b.W)}Z`,
      col,
    );
    s += box(CX - w * 0.5, lerp(b.W, bot, 0.35), w, hh * 0.3, darken(col, 0.12), { rx: hh * 0.04 });
    s += line(`M${xy(CX - w * 0.65, b.W)}L${xy(CX + w * 0.65, b.W)}`, darken(col, 0.2), hh * 0.04);
  }
  if (ex.includes('bag')) {
    const p: Pt = [CX + b.hpw * 1.0, b.Hip - hh * 0.1];
    const w = hh * 0.42;
    s += line(`M${xy(CX - b.sw * 0.55, S - e)}L${pt(p)}`, l.accent2 ?? P.flag, hh * 0.045);
    s += box(p[0] - w / 2, p[1], w, w, l.accent2 ?? P.flag, { rx: hh * 0.03 });
    s += line(
      `M${xy(p[0] - w / 2, p[1] + w * 0.35)}h${n(w)}M${xy(p[0] - w / 2, p[1] + w * 0.65)}h${n(w)}`,
      l.accent ?? P.sun,
      hh * 0.05,
    );
    s += line(
      `M${xy(p[0] - w * 0.35, p[1] + w)}v${n(hh * 0.1)}M${xy(p[0], p[1] + w)}v${n(hh * 0.1)}M${xy(p[0] + w * 0.35, p[1] + w)}v${n(hh * 0.1)}`,
      l.accent ?? P.sun,
      hh * 0.03,
    );
  }
  if (ex.includes('necklace'))
    s +=
      line(
        `M${xy(CX - c * 1.2, S - e)}Q${xy(CX, S + hh * 0.55)} ${xy(CX + c * 1.2, S - e)}`,
        l.accent2 ?? P.flag,
        hh * 0.05,
        { 'stroke-dasharray': `0 ${n(hh * 0.08)}` },
      ) +
      line(
        `M${xy(CX - c * 1.05, S - e)}Q${xy(CX, S + hh * 0.4)} ${xy(CX + c * 1.05, S - e)}`,
        P.cream,
        hh * 0.04,
        { 'stroke-dasharray': `0 ${n(hh * 0.07)}` },
      );
  if (ex.includes('badge')) {
    const y = S + hh * 0.62;
    const x = CX + b.sw * 0.42;
    s += line(`M${xy(CX + c * 0.9, S - e)}L${xy(x, y)}`, P.sky, hh * 0.025);
    s +=
      box(x - hh * 0.1, y, hh * 0.2, hh * 0.26, P.white, { rx: hh * 0.02 }) +
      box(x - hh * 0.1, y, hh * 0.2, hh * 0.07, P.sky);
  }
  return s;
}

/** Shawl (lliclla) over both shoulders, knotted at the chest, with woven stripes. */
export function lliclla(b: Posed): string {
  const l = b.look;
  const S = b.S;
  const hh = b.hh;
  const c = b.nw * 1.35;
  const e = hh * 0.05;
  const knot: Pt = [CX, S + hh * 0.6];
  const base = l.sex === 'f' && !b.kid ? '#b83a3a' : '#e2673a';
  const stripes = [l.accent ?? P.sun, P.teal, '#5b2a86'];
  const edge = (k: Side, lift: number): string =>
    `M${xy(CX + k * (b.sw + b.armW * 0.25), S + hh * 0.4 - lift)}Q${xy(CX + k * b.sw * 0.55, S + hh * 0.62 - lift)} ${xy(knot[0] + k * hh * 0.05, knot[1] - lift)}`;
  let s = '';
  for (const k of [-1, 1] as const) {
    s += fill(
      `M${xy(CX + k * c * 1.05, S - e)}L${xy(CX + k * b.sw * 0.55, S - e * 1.1)}Q${xy(CX + k * (b.sw + b.armW * 0.35), S - e * 0.4)} ${xy(CX + k * (b.sw + b.armW * 0.25), S + hh * 0.4)}Q${xy(CX + k * b.sw * 0.55, S + hh * 0.62)} ${xy(knot[0] + k * hh * 0.05, knot[1])}L${xy(CX, S + hh * 0.1)}Z`,
      base,
    );
    stripes.forEach((col, i) => {
      s += line(edge(k, hh * (0.06 + i * 0.07)), col, hh * 0.035);
    });
  }
  s += circ(knot, hh * 0.075, darken(base, 0.25));
  return s;
}

export function shoulderBoards(b: Posed): string {
  const c = b.nw * 1.35;
  let d = '';
  for (const k of [-1, 1])
    d += `M${xy(CX + k * c * 1.4, b.S - b.hh * 0.035)}L${xy(CX + k * (b.sw - b.armW * 0.45), b.S + b.hh * 0.0)}`;
  const extra = b.look.extras?.includes('commandCap')
    ? line(d, '#d8b04a', b.armW * 0.1, { 'stroke-dasharray': `${n(b.armW * 0.2)} ${n(b.armW * 0.25)}` })
    : '';
  return line(d, POLICE.dark, b.armW * 0.26) + extra;
}
