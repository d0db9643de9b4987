/** What a figure holds: the reporter's camera, the defender's folder, the teacher's notebook. */
import { P } from '../palette.ts';
import type { Arm } from './arms.ts';
import { CX } from './geometry.ts';
import type { Posed } from './poses.ts';
import { camY } from './poses.ts';
import { box, circ, line, pt, xy } from './shapes.ts';
import { darken } from './tones.ts';

/** Props held in the hands, drawn before the hand that holds them. */
export function heldProp(b: Posed, arms: readonly [Arm, Arm]): { under: string; over: string } {
  const ex = b.look.extras ?? [];
  const hh = b.hh;
  if (ex.includes('camera')) {
    const y = camY(b);
    const w = hh * 0.9;
    const h = hh * 0.55;
    const c = b.nw * 1.35;
    return {
      under: '',
      over:
        line(
          `M${xy(CX - c, b.S - hh * 0.05)}L${xy(CX - w * 0.4, y)}M${xy(CX + c, b.S - hh * 0.05)}L${xy(CX + w * 0.4, y)}`,
          '#2b2d31',
          hh * 0.03,
        ) +
        box(CX - w * 0.25, y - h / 2 - hh * 0.1, w * 0.3, hh * 0.14, '#2b2d31', { rx: hh * 0.02 }) +
        box(CX - w / 2, y - h / 2, w, h, '#33363b', { rx: hh * 0.06 }) +
        circ([CX + w * 0.05, y + h * 0.04], h * 0.42, '#55595f') +
        circ([CX + w * 0.05, y + h * 0.04], h * 0.28, '#16181a') +
        circ([CX + w * 0.0, y - h * 0.06], h * 0.07, '#9fb6c8'),
    };
  }
  if (ex.includes('folder')) {
    const p = arms[1].hand;
    const w = hh * 0.5;
    const h = hh * 0.72;
    return {
      under: '',
      over:
        box(p[0] - w * 0.35, p[1] - h * 0.2, w, h, '#dcc38a', { rx: 3, transform: `rotate(-6 ${pt(p)})` }) +
        box(p[0] - w * 0.35, p[1] - h * 0.2, w, h * 0.12, '#c4a767', { transform: `rotate(-6 ${pt(p)})` }),
    };
  }
  if (ex.includes('notebook')) {
    const p = arms[1].hand;
    const w = hh * 0.56;
    const h = hh * 0.76;
    const x = p[0] - w * 0.85;
    const y = p[1] - h * 0.78;
    return {
      under:
        box(x, y, w, h, P.terracotta, { rx: 3, transform: `rotate(-8 ${pt(p)})` }) +
        box(x + w * 0.15, y, w * 0.08, h, darken(P.terracotta, 0.25), { transform: `rotate(-8 ${pt(p)})` }),
      over: '',
    };
  }
  return { under: '', over: '' };
}
