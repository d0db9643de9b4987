import { describe, expect, it } from 'vitest';
import { initialProtocolContext, type ProtocolContext } from '../../../src/core/protocol/protocol-context.ts';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import { settingOf } from '../../../src/scenes/case-settings.ts';
import { initialStageView, nextStageView } from '../../../src/ui/stage-view.ts';

function line(text: string, extra: Partial<StoryLine> = {}): StoryLine {
  return { text, sfx: [], events: [], ...extra };
}

function context(overrides: { distress?: number; suspectPresent?: boolean } = {}): ProtocolContext {
  const base = initialProtocolContext({
    caseType: 'domestic_violence',
    requires: ['register_report'],
    lang: 'es',
  });
  return {
    ...base,
    distress: overrides.distress ?? base.distress,
    flags: { ...base.flags, suspectPresent: overrides.suspectPresent ?? false },
  };
}

const start = initialStageView('milagros', 5);

describe('initialStageView', () => {
  it('starts at the front desk with an anxious child and nobody else', () => {
    expect(start).toEqual({
      scene: 'front_desk',
      setting: settingOf(''),
      child: { id: 'milagros', mood: 'anxious', distress: 5 },
      adults: [],
      suspectAtDoor: false,
    });
  });

  it('starts with a scared child when distress is 7 or more', () => {
    expect(initialStageView('milagros', 7).child.mood).toBe('scared');
    expect(initialStageView('milagros', 6).child.mood).toBe('anxious');
  });
});

describe('nextStageView', () => {
  it('moves to the place a scene: tag names, without the adults of the last place', () => {
    const withMother = nextStageView(start, [line('Buenas.', { speaker: 'carmen' })], context());
    const moved = nextStageView(withMother, [line('Pasan a la sala.', { scene: 'private_room' })], context());
    expect(moved.scene).toBe('private_room');
    expect(moved.adults).toEqual([]);
  });

  it('keeps the adults when a scene: tag names the place they are already in', () => {
    const withMother = nextStageView(start, [line('Buenas.', { speaker: 'carmen' })], context());
    expect(
      nextStageView(withMother, [line('Siguen ahí.', { scene: 'front_desk' })], context()).adults,
    ).toEqual(['carmen']);
  });

  it('brings adults in as they speak, once each, in order of arrival', () => {
    const view = nextStageView(
      start,
      [
        line('Buenas.', { speaker: 'carmen' }),
        line('Soy el sereno.', { speaker: 'serenazgo' }),
        line('Ella es mi hija.', { speaker: 'carmen' }),
      ],
      context(),
    );
    expect(view.adults).toEqual(['carmen', 'serenazgo']);
  });

  it('brings adults who speak after a change of place into the new place', () => {
    const view = nextStageView(
      start,
      [
        line('Buenas.', { speaker: 'carmen' }),
        line('En la oficina.', { scene: 'office' }),
        line('Pase.', { speaker: 'commander' }),
      ],
      context(),
    );
    expect(view).toMatchObject({ scene: 'office', adults: ['commander'] });
  });

  it('changes the child’s face to the mood: of the last line that has one', () => {
    const view = nextStageView(
      start,
      [line('Llora.', { mood: 'crying' }), line('Se calma.', { mood: 'relieved' }), line('Espera.')],
      context(),
    );
    expect(view.child.mood).toBe('relieved');
  });

  it('highlights the child or an adult who speaks last, and nobody for the narrator or the officer', () => {
    expect(nextStageView(start, [line('Hola.', { speaker: 'milagros' })], context()).speaker).toBe(
      'milagros',
    );
    expect(nextStageView(start, [line('Buenas.', { speaker: 'carmen' })], context()).speaker).toBe('carmen');
    expect(
      nextStageView(
        start,
        [line('Buenas.', { speaker: 'carmen' }), line('Silencio.', { speaker: 'narrator' })],
        context(),
      ).speaker,
    ).toBeUndefined();
    const afterOfficer = nextStageView(
      start,
      [line('Hola.', { speaker: 'milagros' }), line('Soy policía.', { speaker: 'officer' })],
      context(),
    );
    expect(afterOfficer.speaker).toBeUndefined();
    expect(afterOfficer.adults).toEqual([]);
  });

  it('takes the child’s distress from the protocol context', () => {
    expect(nextStageView(start, [line('Espera.')], context({ distress: 9 })).child.distress).toBe(9);
  });

  it('shows the suspect at the door while the context says he is present, and not after', () => {
    const arrived = nextStageView(start, [line('Se oye una voz.')], context({ suspectPresent: true }));
    expect(arrived.suspectAtDoor).toBe(true);
    expect(
      nextStageView(arrived, [line('Se lo llevan.')], context({ suspectPresent: false })).suspectAtDoor,
    ).toBe(false);
  });

  it('does not change the view it is given', () => {
    const before = structuredClone(start);
    nextStageView(
      start,
      [line('Pasan.', { scene: 'office', speaker: 'commander', mood: 'calm' })],
      context({ distress: 2, suspectPresent: true }),
    );
    expect(start).toEqual(before);
  });
});

describe('who the presence tags put in the room', () => {
  it('brings people in with arrives: and takes them out with leaves:, without reading the narration', () => {
    const inRoom = nextStageView(
      start,
      [line('Ramos entra.', { speaker: 'narrator', arrives: ['colleague_m'] })],
      context(),
    );
    expect(inRoom.adults).toEqual(['colleague_m']);
    expect(nextStageView(inRoom, [line('Ramos sale.', { speaker: 'narrator' })], context()).adults).toEqual([
      'colleague_m',
    ]);
    expect(
      nextStageView(inRoom, [line('Ramos sale.', { leaves: ['colleague_m'] })], context()).adults,
    ).toEqual([]);
    expect(nextStageView(start, [line('Huamán entra.', { speaker: 'narrator' })], context()).adults).toEqual(
      [],
    );
  });

  it('says exactly who is in a new place with present: on the line that moves there', () => {
    const before = nextStageView(start, [line('Buenas.', { speaker: 'carmen' })], context());
    const moved = nextStageView(
      before,
      [line('En la sala.', { scene: 'private_room', present: ['colleague_f', 'milagros', 'colleague_f'] })],
      context(),
    );
    expect(moved).toMatchObject({ scene: 'private_room', adults: ['colleague_f'] });
    expect(nextStageView(moved, [line('Solas.', { present: [] })], context()).adults).toEqual([]);
  });

  it('puts the child in the arms of an adult in the room, and out of them when that adult leaves', () => {
    const held = nextStageView(
      start,
      [line('Carmen la carga.', { present: ['carmen'], heldBy: 'carmen' })],
      context(),
    );
    expect(held.child.heldBy).toBe('carmen');
    expect(nextStageView(held, [line('La baja.', { heldBy: '' })], context()).child.heldBy).toBeUndefined();
    expect(
      nextStageView(held, [line('Sale.', { leaves: ['carmen'] })], context()).child.heldBy,
    ).toBeUndefined();
  });
});
