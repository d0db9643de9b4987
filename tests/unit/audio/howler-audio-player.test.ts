// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type * as HowlerLib from 'howler';
import { HowlerAudioPlayer } from '../../../src/audio/howler-audio-player.ts';

type HowlerModule = typeof HowlerLib;

/** A stand-in for the howler module: counts what the player asks of it. */
function fakeHowler() {
  const played: string[] = [];
  const mute = vi.fn();
  class Howl {
    constructor(private readonly o: { src: string[] }) {}
    volume() {
      return 1;
    }
    play() {
      played.push(this.o.src[0] ?? '');
    }
    fade() {}
    once() {}
    stop() {}
  }
  const lib = { Howl, Howler: { noAudio: false, mute } } as unknown as HowlerModule;
  return { lib, played, mute };
}

describe('HowlerAudioPlayer', () => {
  it('loads howler only on the first gesture, then applies the mute setting and the ambient asked for before', async () => {
    const fake = fakeHowler();
    const load = vi.fn(() => Promise.resolve(fake.lib));
    const player = new HowlerAudioPlayer(load);
    player.setMuted(true);
    player.setAmbient('quiet_room');
    player.playUi('select');
    expect(load).not.toHaveBeenCalled();
    player.unlock();
    player.unlock();
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.mute).toHaveBeenCalledWith(true));
    expect(fake.played).toEqual(['audio/ambient/quiet_room.ogg']);
    player.playEffect('door');
    expect(fake.played).toEqual(['audio/ambient/quiet_room.ogg', 'audio/sfx/door.ogg']);
  });
});
