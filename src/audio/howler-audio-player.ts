import { Howl, Howler } from 'howler';
import type { AmbientId, SfxId } from '../core/story/vocabulary.ts';
import type { AudioPlayer, UiSound, Volumes } from './audio-player.ts';

const fadeMs = 1200;
const sources = (path: string) => [`audio/${path}.ogg`, `audio/${path}.m4a`];

/**
 * Howler behind the AudioPlayer port. Sounds load on first use; nothing plays before
 * `unlock()` (the first gesture), because browsers queue such sounds and play them all
 * at once later. Ambient loops crossfade.
 */
export class HowlerAudioPlayer implements AudioPlayer {
  private readonly howls = new Map<string, Howl>();
  private ambientId: AmbientId | null = null;
  private ambient: Howl | undefined;
  private volumes: Volumes = { ambient: 0.5, effects: 0.8, interface: 0.5 };
  private unlocked = false;

  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    const wanted = this.ambientId;
    this.ambientId = null;
    this.setAmbient(wanted);
  }

  setAmbient(id: AmbientId | null): void {
    if (id === this.ambientId) return;
    this.ambientId = id;
    // Observable for anyone measuring or testing: the player was asked for this loop.
    window.dispatchEvent(new CustomEvent('audio:ambient', { detail: id }));
    if (!this.unlocked) return;
    const old = this.ambient;
    if (old) {
      old.fade(old.volume(), 0, fadeMs);
      old.once('fade', () => old.stop());
    }
    this.ambient = id ? this.howl(`ambient/${id}`, true) : undefined;
    if (this.ambient) {
      this.ambient.volume(0);
      this.ambient.play();
      this.ambient.fade(0, this.volumes.ambient, fadeMs);
    }
  }

  playEffect(id: SfxId): void {
    if (this.unlocked) this.playOnce(`sfx/${id}`, this.volumes.effects);
  }

  playUi(id: UiSound): void {
    if (this.unlocked) this.playOnce(`ui/${id}`, this.volumes.interface);
  }

  setVolumes(volumes: Volumes): void {
    this.volumes = volumes;
    this.ambient?.volume(volumes.ambient);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  stopAll(): void {
    this.howls.forEach((h) => h.stop());
    this.ambient = undefined;
    this.ambientId = null;
  }

  private playOnce(path: string, volume: number): void {
    const howl = this.howl(path, false);
    howl.volume(volume);
    howl.play();
  }

  private howl(path: string, loop: boolean): Howl {
    let howl = this.howls.get(path);
    if (!howl) {
      howl = new Howl({ src: sources(path), loop, preload: true, html5: false });
      this.howls.set(path, howl);
    }
    return howl;
  }
}
