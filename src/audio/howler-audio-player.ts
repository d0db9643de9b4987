import type { Howl } from 'howler';
import type * as HowlerLib from 'howler';
import type { AmbientId, SfxId } from '../core/story/vocabulary.ts';
import type { AudioPlayer, UiSound, Volumes } from './audio-player.ts';

const fadeMs = 1200;
const sources = (path: string) => [`audio/${path}.ogg`, `audio/${path}.m4a`];

type HowlerModule = typeof HowlerLib;

/**
 * Howler behind the AudioPlayer port. Howler itself (and its AudioContext) is loaded after
 * `unlock()`, the trainee's first gesture, by `load` (main.ts waits for a reading pause): nothing
 * audio runs at boot. Sounds load on first
 * use; nothing plays before the unlock, because browsers queue such sounds and play them all
 * at once later. Ambient loops crossfade. Where the browser has no audio, it stays silent.
 */
export class HowlerAudioPlayer implements AudioPlayer {
  private readonly howls = new Map<string, Howl>();
  private ambientId: AmbientId | null = null;
  private ambient: Howl | undefined;
  private volumes: Volumes = { ambient: 0.5, effects: 0.8, interface: 0.5 };
  private muted = false;
  private unlocked = false;
  private lib: HowlerModule | undefined;

  constructor(private readonly load: () => Promise<HowlerModule> = () => import('howler')) {}

  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    void this.load().then(
      (lib) => {
        if (lib.Howler.noAudio) return;
        this.lib = lib;
        lib.Howler.mute(this.muted);
        const wanted = this.ambientId;
        this.ambientId = null;
        this.setAmbient(wanted);
      },
      (error: unknown) => console.warn('audio unavailable', error),
    );
  }

  setAmbient(id: AmbientId | null): void {
    if (id === this.ambientId) return;
    this.ambientId = id;
    // Observable for anyone measuring or testing: the player was asked for this loop.
    window.dispatchEvent(new CustomEvent('audio:ambient', { detail: id }));
    const lib = this.lib;
    if (!lib) return;
    const old = this.ambient;
    if (old) {
      old.fade(old.volume(), 0, fadeMs);
      old.once('fade', () => old.stop());
    }
    this.ambient = id ? this.howl(lib, `ambient/${id}`, true) : undefined;
    if (this.ambient) {
      this.ambient.volume(0);
      this.ambient.play();
      this.ambient.fade(0, this.volumes.ambient, fadeMs);
    }
  }

  playEffect(id: SfxId): void {
    if (this.lib) this.playOnce(this.lib, `sfx/${id}`, this.volumes.effects);
  }

  playUi(id: UiSound): void {
    if (this.lib) this.playOnce(this.lib, `ui/${id}`, this.volumes.interface);
  }

  setVolumes(volumes: Volumes): void {
    this.volumes = volumes;
    this.ambient?.volume(volumes.ambient);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.lib?.Howler.mute(muted);
  }

  stopAll(): void {
    this.howls.forEach((h) => h.stop());
    this.ambient = undefined;
    this.ambientId = null;
  }

  private playOnce(lib: HowlerModule, path: string, volume: number): void {
    const howl = this.howl(lib, path, false);
    howl.volume(volume);
    howl.play();
  }

  private howl(lib: HowlerModule, path: string, loop: boolean): Howl {
    let howl = this.howls.get(path);
    if (!howl) {
      howl = new lib.Howl({ src: sources(path), loop, preload: true, html5: false });
      this.howls.set(path, howl);
    }
    return howl;
  }
}
