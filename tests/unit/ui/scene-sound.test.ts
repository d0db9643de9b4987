import { describe, expect, it } from 'vitest';
import { sceneIds } from '../../../src/core/story/vocabulary.ts';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import { nextAmbient, sceneAmbient } from '../../../src/ui/scene-sound.ts';

function line(text: string, extra: Partial<StoryLine> = {}): StoryLine {
  return { text, sfx: [], events: [], ...extra };
}

describe('nextAmbient', () => {
  it('keeps the current ambient through lines that change neither place nor sound', () => {
    expect(nextAmbient('quiet_room', [line('Espera.'), line('Mira al suelo.', { sfx: ['door'] })])).toBe(
      'quiet_room',
    );
    expect(nextAmbient(null, [line('Espera.')])).toBeNull();
  });

  it('follows each change of place to that place’s ambient', () => {
    expect(nextAmbient('front_desk_busy', [line('Pasan.', { scene: 'private_room' })])).toBe('quiet_room');
    expect(nextAmbient(null, [line('Bajan.', { scene: 'corridor_cells' })])).toBe('corridor_cells');
    expect(nextAmbient('quiet_room', [line('Vuelven.', { scene: 'front_desk' })])).toBe('front_desk_busy');
  });

  it('gives an explicit ambient: precedence over the place, until the next change of place', () => {
    const night = nextAmbient(null, [line('Es tarde.', { scene: 'front_desk', ambient: 'night_shift' })]);
    expect(night).toBe('night_shift');
    const stillNight = nextAmbient(night, [line('Espera.')]);
    expect(stillNight).toBe('night_shift');
    expect(nextAmbient(stillNight, [line('Pasan.', { scene: 'private_room' })])).toBe('quiet_room');
  });

  it('lets an explicit ambient: on a later line override the place of an earlier one', () => {
    expect(
      nextAmbient(null, [line('Pasan.', { scene: 'office' }), line('Noche.', { ambient: 'night_shift' })]),
    ).toBe('night_shift');
    expect(
      nextAmbient(null, [line('Noche.', { ambient: 'night_shift' }), line('Pasan.', { scene: 'office' })]),
    ).toBe('quiet_room');
  });

  it('has an ambient for every place', () => {
    expect(sceneIds.filter((s) => !(s in sceneAmbient))).toEqual([]);
  });
});
