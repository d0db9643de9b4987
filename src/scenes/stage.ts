import type { MoodId, SceneId } from '../core/story/vocabulary.ts';
import type { CaseSetting } from './case-settings.ts';
import type { GenericFigure } from '../core/story/generic-figures.ts';
import type { PersonDrawings } from '../core/story/person-drawings.ts';

/** What the station picture shows at one moment; the UI derives it from the story. */
export interface StageView {
  readonly scene: SceneId;
  /** Where and when the case happens: the look of its places and the time on the clock. */
  readonly setting?: CaseSetting;
  /** The case's child: character id, current mood and distress 0–10 (posture follows distress). */
  readonly child: {
    readonly id: string;
    readonly mood: MoodId;
    readonly distress: number;
    /** The adult (one of `adults`) holding the child in their arms (`held_by:`). */
    readonly heldBy?: string;
  };
  /** Adult character ids present in this place (no officer, no narrator), in order of arrival. */
  readonly adults: readonly string[];
  /** The character speaking now, to highlight (may be the child, an adult, or undefined). */
  readonly speaker?: string;
  /** People drawn as a generic figure (declared with `cast:`, no drawings of their own): id → figure. */
  readonly figures?: Readonly<Record<string, GenericFigure>>;
  /** Declared people with drawings of their own (in their case folder): id → drawings, used before the figure. */
  readonly drawings?: Readonly<Record<string, PersonDrawings>>;
  /** The alleged aggressor has arrived and has not yet been kept away: his silhouette at the door. */
  readonly suspectAtDoor: boolean;
}

/** The station picture (Phaser behind this port). The dialogue never waits for it. */
export interface Stage {
  show(view: StageView): void;
  /** The trainee chose: no frame is drawn until the next `show` (the next options come first). */
  hold(): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
}
