/** Posture per mood: shoulders, head, hands and feet; props in the hands override the pose. */
import type { Body } from './geometry.ts';
import { CX } from './geometry.ts';
import type { Look, Mood, Side } from './look.ts';
import type { Pt } from './shapes.ts';
import { clamp, lerp } from './shapes.ts';

export interface Posed extends Body {
  readonly S: number; // shoulder line after lifting or dropping the shoulders
  readonly sw: number;
  readonly head: Pt; // head centre
}

export interface Pose {
  readonly lean?: number; // degrees, upper body about the hips (negative leans back-left)
  readonly sway?: number; // degrees, whole body about the ankles (shoes stay flat)
  readonly lift?: number; // shoulders up, in head heights
  readonly drop?: number; // head lowered, in head heights
  readonly tilt?: number; // head roll, degrees
  readonly nod?: number; // face features lowered (head bowed), head units
  readonly narrow?: number; // shoulder width factor (hunching)
  /** Hand centres for the arm on the viewer's left (side -1) and right (side 1). */
  readonly hands: (b: Posed) => readonly [Pt, Pt];
  /** Explicit elbows, when a forearm points at the viewer and cannot be solved in 2D. */
  readonly elbows?: (b: Posed) => readonly [Pt, Pt];
  readonly front?: Side; // which forearm is drawn last
  readonly feet?: readonly [number, number]; // ankle x as a fraction of hip half-width
  readonly knees?: number; // 0 straight … 1 knees together
}

const hang = (b: Posed, s: Side, out = 0.25, reach = 0.995): Pt => [
  CX + s * (b.sw + b.armW * out),
  b.S + b.armW * 0.5 + (b.ua + b.fa) * reach,
];

const POSES: Record<Mood, Pose> = {
  neutral: { hands: (b) => [hang(b, -1), hang(b, 1)], feet: [-0.55, 0.55] },
  calm: { hands: (b) => [hang(b, -1, 0.3), hang(b, 1, 0.3)], feet: [-0.55, 0.55] },
  anxious: {
    lift: 0.05,
    tilt: -4,
    hands: (b) => {
      const y = lerp(b.W, b.Hip, 0.3);
      return [
        [CX - b.handR * 0.55, y],
        [CX + b.handR * 0.55, y + b.handR * 0.25],
      ];
    },
    elbows: (b) => [
      [CX - b.sw * 1.02, b.S + b.ua * 0.92],
      [CX + b.sw * 1.02, b.S + b.ua * 0.92],
    ],
    feet: [-0.4, 0.4],
    knees: 0.25,
  },
  scared: {
    lean: -4,
    sway: -3.5,
    lift: 0.13,
    drop: 0.05,
    hands: (b) => [
      [CX - b.sw * 0.12, b.S + b.hh * 0.3],
      [CX + b.sw * 0.24, b.S + b.hh * 0.14],
    ],
    feet: [-0.95, 0.3],
  },
  crying: {
    lift: 0.07,
    drop: 0.12,
    nod: 7,
    hands: (b) => [
      [b.head[0] - b.a * 0.98 * b.k, b.head[1] + 34 * b.k],
      [b.head[0] + b.a * 0.98 * b.k, b.head[1] + 31 * b.k],
    ],
    elbows: (b) => [
      [CX - b.sw * 0.7, b.S + b.hh * 0.95],
      [CX + b.sw * 0.74, b.S + b.hh * 0.9],
    ],
    feet: [-0.38, 0.38],
    knees: 0.45,
  },
  withdrawn: {
    lift: 0.08,
    drop: 0.1,
    nod: 4,
    tilt: 5,
    narrow: 0.9,
    hands: (b) => [
      [CX + b.sw * 0.74, b.S + b.hh * 0.42],
      [CX - b.sw * 0.74, b.S + b.hh * 0.5],
    ],
    front: 1,
    feet: [-0.22, 0.22],
    knees: 0.6,
  },
  angry: {
    lift: 0.02,
    nod: 2,
    tilt: -3,
    hands: (b) => {
      const y = lerp(b.S, b.W, 0.6);
      return [
        [CX + b.sw * 0.6, y],
        [CX - b.sw * 0.6, y + b.armW * 0.6],
      ];
    },
    front: 1,
    feet: [-0.9, 0.9],
  },
  relieved: {
    lift: -0.05,
    tilt: 5,
    hands: (b) => [[CX + b.sw * 0.2, b.S + b.hh * 0.58], hang(b, 1, 0.1)],
    front: -1,
    feet: [-0.45, 0.65],
  },
};

/** Props change where the hands go; the face stays neutral. */
export function poseFor(l: Look, mood: Mood): Pose {
  const base = POSES[mood];
  const ex = l.extras ?? [];
  if (ex.includes('camera'))
    return {
      ...base,
      hands: (b) => [
        [CX - b.hh * 0.5, camY(b)],
        [CX + b.hh * 0.5, camY(b)],
      ],
      elbows: (b) => [
        [CX - b.sw * 1.05, b.S + b.hh * 1.05],
        [CX + b.sw * 1.05, b.S + b.hh * 1.05],
      ],
    };
  if (ex.includes('folder')) return { ...base, hands: (b) => [hang(b, -1), hang(b, 1, 0.45, 0.985)] };
  if (ex.includes('notebook'))
    return {
      ...base,
      hands: (b) => [hang(b, -1), [CX + b.sw * 0.3, b.S + b.hh * 1.0]],
      elbows: (b) => [
        solveElbow([CX - b.sw + b.armW / 2, b.S], hang(b, -1), b.ua, b.fa)[0],
        [CX + b.sw * 1.02, b.S + b.hh * 1.15],
      ],
    };
  return base;
}
export const camY = (b: Posed): number => b.S + b.hh * 0.85;

/**
 * Two-bone arm: elbow from shoulder, hand and bone lengths. Prefers the lower elbow; for a nearly
 * straight arm, the elbow away from the body (a relaxed arm bends outward, hand toward the thigh).
 */
export function solveElbow(sh: Pt, hand: Pt, l1: number, l2: number): readonly [Pt, Pt] {
  const dx = hand[0] - sh[0];
  const dy = hand[1] - sh[1];
  const full = Math.hypot(dx, dy);
  const d = clamp(full, Math.abs(l1 - l2) + 1, (l1 + l2) * 0.999);
  const reach: Pt = [sh[0] + (dx / full) * d, sh[1] + (dy / full) * d];
  const a = Math.acos(clamp((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d), -1, 1));
  const base = Math.atan2(dy, dx);
  const e1: Pt = [sh[0] + l1 * Math.cos(base + a), sh[1] + l1 * Math.sin(base + a)];
  const e2: Pt = [sh[0] + l1 * Math.cos(base - a), sh[1] + l1 * Math.sin(base - a)];
  const outward = Math.abs(e1[0] - CX) >= Math.abs(e2[0] - CX) ? e1 : e2;
  const lower = e1[1] >= e2[1] ? e1 : e2;
  return [Math.abs(e1[1] - e2[1]) < l1 * 0.3 ? outward : lower, full > d ? reach : hand];
}
