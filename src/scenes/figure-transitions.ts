import type Phaser from 'phaser';

type Image = Phaser.GameObjects.Image;

/** Final values for an image on the stage. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly alpha: number;
}
export type Target = Partial<Omit<Placement, 'alpha'>> & { readonly alpha: number };

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

  constructor(
    private readonly tweens: Phaser.Tweens.TweenManager,
    public reducedMotion: boolean,
  ) {}

  to(image: Image, target: Target, duration: number, options: TweenOptions = {}): void {
    this.tweens.killTweensOf(image);
    if (this.reducedMotion) {
      Object.assign(image, target);
      options.done?.();
      return;
    }
    const { delay = 0, ease = 'Sine.easeInOut', done } = options;
    this.tweens.add({ targets: image, props: { ...target }, duration, delay, ease, onComplete: done });
  }

  /** Fades an image out and destroys it; `along` (alpha ignored) lets it follow a posture change as it fades. */
  retire(image: Image, duration: number, along: Partial<Placement> = {}): void {
    this.leaving.add(image);
    // Ease-in on the way out against ease-out on the way in keeps crossfades from dipping to the backdrop.
    this.to(image, { ...along, alpha: 0 }, duration, {
      ease: 'Cubic.easeIn',
      done: () => {
        this.leaving.delete(image);
        image.destroy();
      },
    });
  }

  /** Ends every transition now: leaving images go, the caller re-applies final values. */
  finishAll(): void {
    this.tweens.killAll();
    for (const image of this.leaving) image.destroy();
    this.leaving.clear();
  }
}
