import type { AmbientId, SfxId } from '../core/story/vocabulary.ts';
import type { AudioPlayer, UiSound } from './audio-player.ts';

/** Plays nothing but remembers what it was asked, for tests and devices without audio. */
export class SilentAudioPlayer implements AudioPlayer {
  readonly log: string[] = [];
  ambient: AmbientId | null = null;

  setAmbient(id: AmbientId | null): void {
    this.ambient = id;
    this.log.push(`ambient:${id ?? 'none'}`);
  }
  playEffect(id: SfxId): void {
    this.log.push(`sfx:${id}`);
  }
  playUi(id: UiSound): void {
    this.log.push(`ui:${id}`);
  }
  setVolumes(): void {}
  setMuted(): void {}
  unlock(): void {}
  stopAll(): void {
    this.ambient = null;
  }
}
