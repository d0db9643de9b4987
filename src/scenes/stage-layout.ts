/**
 * Where things stand on the station picture, in logical units of a 1600×900 canvas.
 * Pure numbers, no Phaser, so the layout can be reasoned about (and tested) on its own.
 */
export const LogicalSize = { width: 1600, height: 900 } as const;

let scale = 1.2;

/**
 * Backing-store pixels per logical unit: the picture's on-screen width × devicePixelRatio,
 * at most 1.2 (one texel per pixel on a 1920-wide screen). A smaller picture gets a smaller
 * canvas and smaller textures, which is most of the cost of drawing on modest PCs.
 */
export function renderScale(): number {
  return scale;
}

/** Chooses the render scale for a stage about to start; call before textures are made. */
export function chooseRenderScale(onScreenWidth: number, devicePixelRatio: number): number {
  const wanted = (onScreenWidth * Math.max(1, devicePixelRatio)) / LogicalSize.width;
  scale = Math.min(1.2, Math.max(0.4, Math.round(wanted * 20) / 20));
  return scale;
}

/** The person SVGs share one 400×800 box; the box encodes height by age, so every person uses one scale. */
export const PersonBox = { width: 400, height: 800 } as const;
/** An adult figure fills about 770 of the box's 800 units, so 0.73 makes an adult about 560 px tall. */
export const PersonScale = 0.73;
/** The figures' soles sit about 10 box units above the box bottom; this puts feet near y = 860. */
export const FloorY = 867;

export const SuspectBox = { width: 300, height: 700 } as const;
export const SuspectScale = 0.88;
const suspectX = 1462;

const childX = 560;
const firstAdultX = 880;
const adultStep = 230;

export const Timing = { crossfadeMs: 400, peopleDelayMs: 150, highlightMs: 220 } as const;

export interface Pose {
  readonly x: number;
  readonly y: number;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly alpha: number;
  /** Brightness multiplier: listeners are dimmed by tint, not alpha, so the room never shows through a body. */
  readonly shade: number;
}

/** Speaker emphasis: only meaningful when the speaker is someone on stage. */
export type Emphasis = 'speaking' | 'listening' | 'neutral';

function emphasised(x: number, y: number, base: number, emphasis: Emphasis): Pose {
  const lift = emphasis === 'speaking' ? 1.03 : 1;
  const shade = emphasis === 'listening' ? 0.86 : 1;
  return { x, y, scaleX: base * lift, scaleY: base * lift, alpha: 1, shade };
}

/** High distress reads in the body first: a lower stance from 6, a hunched, smaller figure from 8. */
export function childPose(distress: number, emphasis: Emphasis): Pose {
  const pose = emphasised(childX, FloorY, PersonScale, emphasis);
  const sink = distress >= 6 ? 8 : 0;
  const hunch = distress >= 8 ? { x: 0.98, y: 0.94 } : { x: 1, y: 1 };
  return { ...pose, y: pose.y + sink, scaleX: pose.scaleX * hunch.x, scaleY: pose.scaleY * hunch.y };
}

/** Adults stand right of the child in arrival order, squeezing together before they would reach the door. */
export function adultPose(index: number, count: number, suspectAtDoor: boolean, emphasis: Emphasis): Pose {
  const rightmost = suspectAtDoor ? 1290 : 1440;
  const step = count > 1 ? Math.min(adultStep, (rightmost - firstAdultX) / (count - 1)) : 0;
  return emphasised(firstAdultX + index * step, FloorY, PersonScale, emphasis);
}

/** A child held by an adult (`held_by:`): against the holder's side, in front of her, lifted a little. */
export function heldPose(child: Pose, holder: Pose): Pose {
  return {
    ...child,
    x: holder.x - 105,
    y: FloorY - 70,
    scaleX: child.scaleX * 0.92,
    scaleY: child.scaleY * 0.92,
  };
}

export function suspectPose(): Pose {
  return { x: suspectX, y: FloorY, scaleX: SuspectScale, scaleY: SuspectScale, alpha: 1, shade: 1 };
}

export function emphasisOf(id: string, speaker: string | undefined, onStage: readonly string[]): Emphasis {
  if (speaker === undefined || !onStage.includes(speaker)) return 'neutral';
  return id === speaker ? 'speaking' : 'listening';
}
