import type Phaser from 'phaser';

import type { Pose } from './stage-layout.ts';

type Image = Phaser.GameObjects.Image;

/** Final values for an image on the stage: a pose in canvas units. */
export type Placement = Pose;
export type Target = Partial<Placement> & { readonly alpha: number };

export interface TweenOptions {
  readonly delay?: number;
  readonly ease?: string;
  readonly done?: () => void;
}

/**
 * Every change on the stage goes through here, so reduced motion is one switch:
 * with it on, values are set at once and nothing tweens.
 */
export class FigureTransitions {
  private readonly leaving = new Set<Image>();
  private readonly shades = new WeakMap<Image, { value: number }>();

  constructor(
    private readonly tweens: Phaser.Tweens.TweenManager,
    public reducedMotion: boolean,
  ) {}

  to(image: Image, target: Target, duration: number, options: TweenOptions = {}): void {
    const { shade, ...props } = target;
    const { delay = 0, ease = 'Sine.easeInOut', done } = options;
    this.tweens.killTweensOf(image);
    if (shade !== undefined) this.shadeTo(image, shade, duration, delay);
    if (this.reducedMotion) {
      Object.assign(image, props);
      done?.();
      return;
    }
    this.tweens.add({ targets: image, props, duration, delay, ease, onComplete: done });
  }

  /** Fades an image out and destroys it; `along` (alpha ignored) lets it follow a posture change as it fades. */
  retire(image: Image, duration: number, along: Partial<Placement> = {}): void {
    this.leaving.add(image);
    // Ease-in on the way out against ease-out on the way in keeps crossfades from dipping to the backdrop.
    this.to(image, { ...along, alpha: 0 }, duration, {
      ease: 'Cubic.easeIn',
      done: () => {
        this.leaving.delete(image);
        const shade = this.shades.get(image);
        if (shade) this.tweens.killTweensOf(shade);
        image.destroy();
      },
    });
  }

  /** Takes an image away at once (no fade), with whatever transition it was in. */
  remove(image: Image): void {
    this.tweens.killTweensOf(image);
    const shade = this.shades.get(image);
    if (shade) this.tweens.killTweensOf(shade);
    this.leaving.delete(image);
    image.destroy();
  }

  /** Ends every transition now: leaving images go, the caller re-applies final values. */
  finishAll(): void {
    this.tweens.killAll();
    for (const image of this.leaving) image.destroy();
    this.leaving.clear();
  }

  private shadeTo(image: Image, shade: number, duration: number, delay: number): void {
    const current = this.shades.get(image) ?? { value: 1 };
    this.shades.set(image, current);
    this.tweens.killTweensOf(current);
    const apply = () => image.setTint(grey(current.value));
    if (this.reducedMotion || current.value === shade) {
      current.value = shade;
      apply();
      return;
    }
    this.tweens.add({ targets: current, props: { value: shade }, duration, delay, onUpdate: apply });
  }
}

function grey(brightness: number): number {
  const level = Math.round(255 * Math.min(1, Math.max(0, brightness)));
  return (level << 16) | (level << 8) | level;
}
