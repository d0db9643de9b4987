/** Assembles one figure from its parts, in drawing order, for a look and a mood. */
import { accessories, lliclla, shoulderBoards } from './accessories.ts';
import type { Arm } from './arms.ts';
import { foreArm, hand, upperArm } from './arms.ts';
import { CX, geometry } from './geometry.ts';
import { hairBack } from './hair.ts';
import { head } from './head.ts';
import { heldProp } from './held-props.ts';
import { bottomGarment, legs } from './legs.ts';
import type { Look, Mood } from './look.ts';
import type { Posed } from './poses.ts';
import { poseFor, solveElbow } from './poses.ts';
import type { Pt } from './shapes.ts';
import { group, pt, xy } from './shapes.ts';
import { topDetails } from './top-details.ts';
import { hemOf, hoodBack, neck, torso } from './torso.ts';

export interface Figure {
  readonly back: string;
  readonly legs: string;
  readonly shoes: string;
  readonly front: string;
  readonly lean: string;
  readonly sway: string;
  readonly head: Pt;
  readonly hh: number;
}

export function figure(l: Look, mood: Mood): Figure {
  const b0 = geometry(l);
  const pose = poseFor(l, mood);
  const headPt: Pt = [CX, b0.headY + (pose.drop ?? 0) * b0.hh];
  const b: Posed = {
    ...b0,
    S: b0.S - (pose.lift ?? 0) * b0.hh,
    sw: b0.sw * (pose.narrow ?? 1),
    head: headPt,
  };
  const hands = pose.hands(b);
  const elbows = pose.elbows?.(b);
  const arms = ([-1, 1] as const).map((side, i): Arm => {
    const sh: Pt = [CX + side * (b.sw - b.armW * 0.5), b.S + b.armW * 0.5];
    const target = hands[i] ?? hands[0];
    const given = elbows?.[i];
    if (given !== undefined) return { side, sh, el: given, hand: target };
    const [el, hd] = solveElbow(sh, target, b.ua, b.fa);
    return { side, sh, el, hand: hd };
  }) as unknown as readonly [Arm, Arm];
  const hem = hemOf(b);
  const headT = `translate(${pt(headPt)})${pose.tilt ? ` rotate(${pose.tilt})` : ''} scale(${Math.round(b.k * 1000) / 1000})`;
  const firstFront = (pose.front ?? 1) === 1 ? arms[0] : arms[1];
  const lastFront = firstFront === arms[0] ? arms[1] : arms[0];
  const prop = heldProp(b, arms);
  const ex = l.extras ?? [];
  const back = group(headT, hairBack(l, b.a)) + hoodBack(b);
  const lower = legs(b, pose);
  const front =
    lower.seat +
    bottomGarment(b) +
    neck(b) +
    torso(b, hem) +
    topDetails(b, hem) +
    accessories(b) +
    upperArm(b, arms[0]) +
    upperArm(b, arms[1]) +
    (ex.includes('lliclla') ? lliclla(b) : '') +
    (l.top === 'uniform' ? shoulderBoards(b) : '') +
    group(headT, head(b, mood, pose.nod ?? 0)) +
    prop.under +
    foreArm(b, firstFront) +
    hand(b, firstFront) +
    foreArm(b, lastFront) +
    prop.over +
    hand(b, lastFront);
  return {
    back,
    legs: lower.legs,
    shoes: lower.shoes,
    sway: pose.sway ? `rotate(${pose.sway} ${xy(CX, b.ankle)})` : '',
    front,
    lean: pose.lean ? `rotate(${pose.lean} ${xy(CX, b.Hip)})` : '',
    head: headPt,
    hh: b.hh,
  };
}
