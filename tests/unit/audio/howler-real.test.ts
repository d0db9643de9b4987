// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { HowlerAudioPlayer } from '../../../src/audio/howler-audio-player.ts';
import { browserMedia, heldHowls, loaded } from './real-howler.ts';

// The real howler module (its first import is the player's, on the first gesture); only the
// browser's media elements are stood in for (jsdom has no sound).
describe('HowlerAudioPlayer on the real Howler', () => {
  it('after the first gesture, plays the ambient asked for before and each effect, looping the ambient, at the chosen volumes, muted on request', async () => {
    const played = browserMedia(true);
    const player = new HowlerAudioPlayer();
    player.setVolumes({ ambient: 0.4, effects: 0.7, interface: 0.3 });
    player.setAmbient('quiet_room');
    player.playEffect('door'); // before the gesture: not even asked of Howler
    player.unlock();
    await vi.waitFor(async () => expect((await heldHowls()).length).toBe(1));
    player.playEffect('door');
    player.playUi('select');
    const howls = await heldHowls();
    loaded(howls);
    await vi.waitFor(() => expect(played).toHaveLength(3));
    expect(played.map((p) => p.replace(/^.*\/audio\//, ''))).toEqual([
      'ambient/quiet_room.ogg',
      'sfx/door.ogg',
      'ui/select.ogg',
    ]);
    expect(howls.map((h) => [h._src, h.loop()])).toEqual([
      ['audio/ambient/quiet_room.ogg', true],
      ['audio/sfx/door.ogg', false],
      ['audio/ui/select.ogg', false],
    ]);
    expect(howls.map((h) => h.volume())).toEqual([0, 0.7, 0.3]); // the ambient fades in, over 1.2 s
    await vi.waitFor(() => expect(howls[0]?.volume()).toBeCloseTo(0.4, 5), { timeout: 4_000 });
    player.setMuted(true);
    expect(howls.flatMap((h) => h._sounds.map((s) => s._node.muted))).toEqual([true, true, true]);
  });
});
