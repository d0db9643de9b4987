/** Hair behind and in front of the head, in head units (the head is 100 tall, centred on 0 0). */
import { P } from '../palette.ts';
import type { Look } from './look.ts';
import type { Pt } from './shapes.ts';
import { box, circ, fill, line, oval, pt, xy } from './shapes.ts';
import { darken, lighten } from './tones.ts';

/** Outer hair contour over the crown: from the left side at y, over the top, to the right side. */
const crown = (a: number, top: number, y: number, out: number): string => {
  const c = (top - 0.25 * y) / 0.75;
  return `M${xy(-a - out, y)}C${xy(-a - out - 3, c)} ${xy(a + out + 3, c)} ${xy(a + out, y)}`;
};

export function hairBack(l: Look, a: number): string {
  const c = darken(l.hairColor, 0.12);
  switch (l.hair) {
    case 'long':
      return fill(`${crown(a, -58, 0, 6)}L${xy(a + 12, 122)}Q0 132 ${xy(-a - 12, 122)}Z`, c);
    case 'shoulder':
      return fill(`${crown(a, -58, 0, 6)}L${xy(a + 11, 80)}Q0 90 ${xy(-a - 11, 80)}Z`, c);
    case 'bob':
      return fill(`${crown(a, -58, 0, 7)}L${xy(a + 9, 48)}Q0 60 ${xy(-a - 9, 48)}Z`, c);
    case 'bun':
      return circ([0, -58], 17, l.hairColor);
    case 'pigtails':
      return [-1, 1]
        .map((s) =>
          oval([s * (a + 12), 2], 11, 17, l.hairColor, {
            transform: `rotate(${s * -25} ${xy(s * (a + 12), 2)})`,
          }),
        )
        .join('');
    case 'braids':
      return fill(`${crown(a, -56, 8, 3)}L${xy(a + 2, 30)}L${xy(-a - 2, 30)}Z`, c);
    default:
      return '';
  }
}

export function hairFront(l: Look, a: number): string {
  const c = l.hairColor;
  const ex = l.extras ?? [];
  const bangs = ex.includes('bangs');
  let s = '';
  switch (l.hair) {
    case 'short':
      s = fill(
        `${crown(a, -59, -2, 3)}L${xy(a - 1, -10)}Q${xy(a - 3, -28)} ${xy(a - 15, -30)}Q6 -25 -5 -32Q${xy(-a + 9, -28)} ${xy(-a + 1, -10)}Z`,
        c,
      );
      break;
    case 'fade':
      s =
        fill(
          `${crown(a, -57, -6, 1)}L${xy(a - 1, -12)}Q${xy(a - 5, -34)} ${xy(a - 17, -35)}Q0 -39 ${xy(-a + 17, -35)}Q${xy(-a + 5, -34)} ${xy(-a + 1, -12)}Z`,
          c,
        ) +
        line(
          `M${xy(-a + 2, -14)}Q${xy(-a + 4, -34)} ${xy(-a + 16, -36)}M${xy(a - 2, -14)}Q${xy(a - 4, -34)} ${xy(a - 16, -36)}`,
          lighten(c, 0.18),
          2.5,
        );
      break;
    case 'side':
      s = fill(
        `${crown(a, -61, -2, 3)}L${xy(a - 1, -8)}Q${xy(a, -31)} ${xy(a - 14, -34)}Q-4 -38 -16 -27Q${xy(-a + 8, -22)} ${xy(-a + 1, -6)}Z`,
        c,
      );
      break;
    case 'receding':
      s = fill(
        `${crown(a, -55, 0, 2)}L${xy(a - 1, -6)}Q${xy(a - 3, -36)} ${xy(a - 15, -37)}Q0 -45 ${xy(-a + 15, -37)}Q${xy(-a + 3, -36)} ${xy(-a + 1, -6)}Z`,
        c,
      );
      break;
    case 'curly': {
      const pts: Pt[] = [];
      for (let i = 0; i <= 8; i++) {
        const ang = Math.PI + (i / 8) * Math.PI;
        pts.push([(a + 5) * Math.cos(ang), -14 + 44 * Math.sin(ang)]);
      }
      let d = `M${pt(pts[0] ?? [0, 0])}`;
      for (let i = 1; i < pts.length; i++) d += `A9 9 0 0 1 ${pt(pts[i] ?? [0, 0])}`;
      s = fill(
        `${d}L${xy(a, -6)}Q${xy(a - 3, -27)} ${xy(a - 14, -29)}Q0 -33 ${xy(-a + 14, -29)}Q${xy(-a + 3, -27)} ${xy(-a, -6)}Z`,
        c,
      );
      break;
    }
    case 'long':
    case 'shoulder':
    case 'bob': {
      const part = bangs
        ? `L${xy(a - 1, 6)}L${xy(a - 3, -14)}Q0 -9 ${xy(-a + 3, -14)}L${xy(-a + 1, 6)}Z`
        : `L${xy(a - 1, 8)}C${xy(a - 3, -22)} ${xy(a - 12, -36)} 12 -38C-6 -33 ${xy(-a + 5, -22)} ${xy(-a + 1, 8)}Z`;
      s = fill(`${crown(a, -59, 10, 5)}${part}`, c);
      if (l.hair === 'long')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 5), 2)}Q${xy(k * (a + 4), 50)} ${xy(k * (a + 10), 78)}Q${xy(k * (a + 15), 104)} ${xy(k * (a + 17), 126)}Q${xy(k * (a + 4), 120)} ${xy(k * (a - 2), 96)}Q${xy(k * (a - 5), 60)} ${xy(k * (a - 2), 10)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hair === 'shoulder')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 5), 2)}Q${xy(k * (a + 6), 50)} ${xy(k * (a + 12), 82)}Q${xy(k * (a + 2), 84)} ${xy(k * (a - 3), 60)}Q${xy(k * (a - 5), 30)} ${xy(k * (a - 2), 10)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hair === 'bob')
        s += [-1, 1]
          .map((k) =>
            fill(
              `M${xy(k * (a + 6), 2)}Q${xy(k * (a + 8), 34)} ${xy(k * (a + 9), 48)}Q${xy(k * (a - 2), 52)} ${xy(k * (a - 5), 40)}Q${xy(k * (a - 4), 20)} ${xy(k * (a - 2), 6)}Z`,
              c,
            ),
          )
          .join('');
      if (l.hairAccent !== undefined && l.hair === 'shoulder')
        s += line(
          `M${xy(-a - 3, -4)}C${xy(-a - 1, -62)} ${xy(a + 1, -62)} ${xy(a + 3, -4)}`,
          l.hairAccent,
          6,
        );
      break;
    }
    default: {
      // centre part, hair drawn back: ponytail, bun, lowbun, pigtails, braids
      const part = bangs
        ? `L${xy(a - 1, 2)}L${xy(a - 3, -14)}Q0 -9 ${xy(-a + 3, -14)}L${xy(-a + 1, 2)}Z`
        : `L${xy(a - 1, 0)}C${xy(a - 2, -26)} 16 -38 1 -38L-1 -38C-16 -38 ${xy(-a + 2, -26)} ${xy(-a + 1, 0)}Z`;
      s = fill(`${crown(a, -57, 4, 3)}${part}`, c);
      if (l.hair === 'ponytail')
        s +=
          fill(
            `M${xy(-a + 2, 34)}Q${xy(-a - 20, 62)} ${xy(-a - 12, 132)}Q${xy(-a - 4, 136)} ${xy(-a + 1, 124)}Q${xy(-a - 2, 80)} ${xy(-a + 16, 46)}Z`,
            c,
          ) +
          oval([-a + 2, 50], 9.5, 3.5, l.hairAccent ?? darken(c, 0.3), {
            transform: `rotate(-25 ${xy(-a + 2, 50)})`,
          });
      if (l.hair === 'pigtails' && l.hairAccent !== undefined)
        s += circ([-a - 2, -2], 5, l.hairAccent) + circ([a + 2, -2], 5, l.hairAccent);
      if (l.hair === 'braids') {
        const tie = l.hairAccent ?? P.flag;
        for (const k of [-1, 1]) {
          for (let i = 0; i < 6; i++)
            s += oval([k * (a - 3 + i * 0.6), 22 + i * 19], 8.5, 12, i % 2 ? darken(c, 0.1) : c);
          const end: Pt = [k * (a + 1), 22 + 6 * 19];
          s +=
            box(end[0] - 5, end[1] - 6, 10, 6, tie) +
            fill(
              `M${xy(end[0] - 6, end[1])}L${xy(end[0] + 6, end[1])}L${xy(end[0] + 4, end[1] + 14)}L${xy(end[0] - 4, end[1] + 14)}Z`,
              tie,
            );
        }
      }
    }
  }
  return s;
}
