import type { AmbientId, SfxId } from '../core/story/vocabulary.ts';

export type UiSound = 'select' | 'confirm' | 'open' | 'close';

export interface Volumes {
  readonly ambient: number;
  readonly effects: number;
  readonly interface: number;
}

/** The sound port: scenes and UI say what should be heard; an adapter decides how. */
export interface AudioPlayer {
  /** Crossfades to an ambient loop (or to silence with null). */
  setAmbient(id: AmbientId | null): void;
  playEffect(id: SfxId): void;
  playUi(id: UiSound): void;
  setVolumes(volumes: Volumes): void;
  setMuted(muted: boolean): void;
  /** Called on the trainee's first gesture; nothing plays before it. */
  unlock(): void;
  stopAll(): void;
}
