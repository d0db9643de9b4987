// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HowlerAudioPlayer } from '../../../src/audio/howler-audio-player.ts';
import { browserMedia, heldHowls, loaded } from './real-howler.ts';

// The real howler module, in a browser that can play none of the files (no codec): its own file,
// because Howler reads the codecs once, on its first import.
describe('HowlerAudioPlayer on the real Howler, where no file can be played', () => {
  it('stays silent and throws nothing: the case goes on without sound', async () => {
    const played = browserMedia(false);
    const player = new HowlerAudioPlayer();
    player.unlock();
    await import('howler');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => {
      player.setAmbient('quiet_room');
      player.playEffect('door');
      player.playUi('confirm');
      player.setVolumes({ ambient: 1, effects: 1, interface: 1 });
      player.setMuted(false);
    }).not.toThrow();
    const howls = await heldHowls();
    expect(howls.length).toBe(3); // asked for, but Howler found no file it could play
    loaded(howls);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(played).toEqual([]);
    expect(() => player.stopAll()).not.toThrow();
  });
});
