import { describe, expect, it } from 'vitest';
import type { AudioPlayer } from '../../../src/audio/audio-player.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';

describe('SilentAudioPlayer', () => {
  it('remembers every sound it was asked for, in order', () => {
    const player = new SilentAudioPlayer();
    player.setAmbient('quiet_room');
    player.playEffect('door');
    player.playUi('confirm');
    player.setAmbient(null);
    expect(player.log).toEqual(['ambient:quiet_room', 'sfx:door', 'ui:confirm', 'ambient:none']);
  });

  it('knows which ambient loop is on', () => {
    const player = new SilentAudioPlayer();
    expect(player.ambient).toBeNull();
    player.setAmbient('night_shift');
    expect(player.ambient).toBe('night_shift');
    player.setAmbient('corridor_cells');
    expect(player.ambient).toBe('corridor_cells');
  });

  it('has no ambient after everything is stopped', () => {
    const player = new SilentAudioPlayer();
    player.unlock();
    player.setAmbient('front_desk_busy');
    player.stopAll();
    expect(player.ambient).toBeNull();
  });

  it('accepts volume and mute changes without logging a sound', () => {
    const player = new SilentAudioPlayer();
    const port: AudioPlayer = player;
    port.setVolumes({ ambient: 0, effects: 0.5, interface: 1 });
    port.setMuted(true);
    expect(player.log).toEqual([]);
  });
});
