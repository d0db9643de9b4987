import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A Howl that records what the player asked of it (howler itself needs a real audio device). */
const howler = vi.hoisted(() => {
  class FakeHowl {
    static made: FakeHowl[] = [];
    readonly calls: string[] = [];
    private level = 1;
    private readonly handlers = new Map<string, () => void>();
    constructor(readonly options: { src: string[]; loop: boolean; preload: boolean; html5: boolean }) {
      FakeHowl.made.push(this);
    }
    get path(): string {
      return this.options.src[0]!.replace(/^audio\//, '').replace(/\.ogg$/, '');
    }
    volume(level?: number): number {
      if (level === undefined) return this.level;
      this.level = level;
      this.calls.push(`volume ${level}`);
      return level;
    }
    play(): number {
      this.calls.push('play');
      return 1;
    }
    stop(): void {
      this.calls.push('stop');
    }
    fade(from: number, to: number, ms: number): void {
      this.calls.push(`fade ${from}→${to} ${ms}ms`);
      this.level = to; // as if the fade had run
    }
    once(event: string, handler: () => void): void {
      this.handlers.set(event, handler);
    }
    /** What howler does when a fade completes. */
    emit(event: string): void {
      this.handlers.get(event)?.();
    }
  }
  return { FakeHowl, mute: vi.fn() };
});

vi.mock('howler', () => ({ Howl: howler.FakeHowl, Howler: { mute: howler.mute } }));

const { HowlerAudioPlayer } = await import('../../../src/audio/howler-audio-player.ts');
const { FakeHowl } = howler;
const made = (path: string) => FakeHowl.made.filter((h) => h.path === path);

beforeEach(() => {
  FakeHowl.made = [];
  howler.mute.mockClear();
});

describe('HowlerAudioPlayer', () => {
  it('plays nothing before the first gesture, then starts the ambient loop asked for meanwhile', () => {
    const player = new HowlerAudioPlayer();
    const asked: unknown[] = [];
    window.addEventListener('audio:ambient', (e) => asked.push((e as CustomEvent).detail));
    player.setAmbient('quiet_room');
    player.playEffect('door');
    player.playUi('select');
    expect(FakeHowl.made).toEqual([]);
    expect(asked).toEqual(['quiet_room']);
    player.unlock();
    const [loop] = made('ambient/quiet_room');
    expect(loop?.options).toEqual({
      src: ['audio/ambient/quiet_room.ogg', 'audio/ambient/quiet_room.m4a'],
      loop: true,
      preload: true,
      html5: false,
    });
    expect(loop?.calls).toEqual(['volume 0', 'play', 'fade 0→0.5 1200ms']);
    expect(FakeHowl.made).toHaveLength(1); // the effects asked for before the gesture are not played late
  });

  it('crossfades: the old loop fades out and stops when its fade ends, the new one fades in', () => {
    const player = new HowlerAudioPlayer();
    player.unlock();
    player.setAmbient('front_desk_busy');
    player.setAmbient('front_desk_busy'); // the same loop again changes nothing
    const [busy] = made('ambient/front_desk_busy');
    expect(busy?.calls).toEqual(['volume 0', 'play', 'fade 0→0.5 1200ms']);
    player.setAmbient('night_shift');
    expect(busy?.calls.slice(3)).toEqual(['fade 0.5→0 1200ms']);
    busy?.emit('fade');
    expect(busy?.calls.at(-1)).toBe('stop');
    expect(made('ambient/night_shift')[0]?.calls).toEqual(['volume 0', 'play', 'fade 0→0.5 1200ms']);
    player.setAmbient(null);
    expect(made('ambient/night_shift')[0]?.calls.at(-1)).toBe('fade 0.5→0 1200ms');
    expect(FakeHowl.made).toHaveLength(2);
  });

  it('plays effects and interface sounds at their volumes, loading each sound once', () => {
    const player = new HowlerAudioPlayer();
    player.unlock();
    player.setVolumes({ ambient: 0.2, effects: 0.6, interface: 0.3 });
    player.playEffect('door');
    player.playEffect('door');
    player.playUi('confirm');
    const [door] = made('sfx/door');
    expect(made('sfx/door')).toHaveLength(1);
    expect(door?.options.loop).toBe(false);
    expect(door?.calls).toEqual(['volume 0.6', 'play', 'volume 0.6', 'play']);
    expect(made('ui/confirm')[0]?.calls).toEqual(['volume 0.3', 'play']);
  });

  it('a volume change reaches the loop playing now; mute goes to Howler', () => {
    const player = new HowlerAudioPlayer();
    player.unlock();
    player.setAmbient('corridor_cells');
    player.setVolumes({ ambient: 0.1, effects: 0.8, interface: 0.5 });
    expect(made('ambient/corridor_cells')[0]?.calls.at(-1)).toBe('volume 0.1');
    player.setMuted(true);
    player.setMuted(false);
    expect(howler.mute.mock.calls).toEqual([[true], [false]]);
  });

  it('stopAll stops every sound and forgets the loop, so the same loop can start again', () => {
    const player = new HowlerAudioPlayer();
    player.unlock();
    player.setAmbient('quiet_room');
    player.playEffect('phone');
    player.stopAll();
    expect(FakeHowl.made.map((h) => h.calls.at(-1))).toEqual(['stop', 'stop']);
    player.setAmbient('quiet_room');
    expect(made('ambient/quiet_room')[0]?.calls.slice(-3)).toEqual(['volume 0', 'play', 'fade 0→0.5 1200ms']);
  });
});
