/** Arms and hands, drawn from solved shoulder, elbow and hand points; sleeves follow the top. */
import type { Side } from './look.ts';
import type { Posed } from './poses.ts';
import type { Pt } from './shapes.ts';
import { box, circ, el, line, mix, n, oval, pt, xy } from './shapes.ts';
import { darken } from './tones.ts';
import { sleevesOf } from './torso.ts';

export interface Arm {
  readonly side: Side;
  readonly sh: Pt;
  readonly el: Pt;
  readonly hand: Pt;
}

/** A limb segment with a thin darker edge, so arms read in front of the body. */
const limb = (p: Pt, q: Pt, c: string, w: number, from = 0): string =>
  line(`M${pt(mix(p, q, from))}L${pt(q)}`, darken(c, 0.3), w + 2.4) + line(`M${pt(p)}L${pt(q)}`, c, w);

export function upperArm(b: Posed, arm: Arm): string {
  const l = b.look;
  if (sleevesOf(l) === 'long') return limb(arm.sh, arm.el, l.topColor, b.armW * 1.06, 0.35);
  const cuff = mix(arm.sh, arm.el, 0.55);
  return limb(arm.sh, arm.el, l.skin, b.armW * 0.9, 0.5) + limb(arm.sh, cuff, l.topColor, b.armW * 1.12, 0.3);
}

export function foreArm(b: Posed, arm: Arm): string {
  const l = b.look;
  let s =
    sleevesOf(l) === 'long'
      ? limb(arm.el, mix(arm.el, arm.hand, 0.8), l.topColor, b.armW)
      : limb(arm.el, arm.hand, l.skin, b.armW * 0.88);
  if (arm.side === -1 && (l.extras ?? []).includes('bruise')) {
    const p = mix(arm.el, arm.hand, 0.42);
    const ang = (Math.atan2(arm.hand[1] - arm.el[1], arm.hand[0] - arm.el[0]) * 180) / Math.PI;
    s += oval(p, b.armW * 0.3, b.armW * 0.21, '#4b3a78', {
      opacity: 0.55,
      transform: `rotate(${n(ang)} ${pt(p)})`,
    });
  }
  return s;
}

export function hand(b: Posed, arm: Arm): string {
  const l = b.look;
  let s = circ(arm.hand, b.handR, l.skin, { stroke: darken(l.skin, 0.3), 'stroke-width': 1.2 });
  if (arm.side === 1 && (l.extras ?? []).includes('bandageHand')) {
    const ang = (Math.atan2(arm.hand[1] - arm.el[1], arm.hand[0] - arm.el[0]) * 180) / Math.PI;
    const r = b.handR;
    s += el(
      'g',
      { transform: `rotate(${n(ang + 90)} ${pt(arm.hand)})` },
      box(arm.hand[0] - r * 0.98, arm.hand[1] - r * 0.4, r * 1.96, r * 0.8, '#f4f1ea', {
        rx: r * 0.25,
        stroke: '#cfc7b8',
        'stroke-width': 1,
      }) +
        line(
          `M${xy(arm.hand[0] - r * 0.3, arm.hand[1] - r * 0.4)}v${n(r * 0.8)}M${xy(arm.hand[0] + r * 0.3, arm.hand[1] - r * 0.4)}v${n(r * 0.8)}`,
          '#cfc7b8',
          1,
        ),
    );
  }
  return s;
}
