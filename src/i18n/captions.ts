import type { Localized } from '../core/protocol/localized.ts';
import type { AmbientId, SfxId } from '../core/story/vocabulary.ts';

/** Captions for sounds that carry meaning, shown in the dialogue history. */
export const sfxCaptions: Readonly<Record<SfxId, Localized>> = {
  door: { es: '[se abre una puerta]', en: '[a door opens]' },
  phone: { es: '[suena un teléfono]', en: '[a phone rings]' },
  radio: { es: '[llamada por radio]', en: '[a radio call]' },
  footsteps: { es: '[pasos que se acercan]', en: '[footsteps approach]' },
  chair: { es: '[alguien mueve una silla]', en: '[a chair scrapes]' },
  paper: { es: '[ruido de papeles]', en: '[papers rustle]' },
};

export const ambientCaptions: Readonly<Record<AmbientId, Localized>> = {
  front_desk_busy: {
    es: '[mesa de partes: voces, teléfonos, una radio]',
    en: '[front desk: voices, phones, a radio]',
  },
  quiet_room: { es: '[una sala tranquila]', en: '[a quiet room]' },
  corridor_cells: {
    es: '[pasillo de los calabozos: eco, una reja]',
    en: '[corridor by the cells: echo, a metal door]',
  },
  night_shift: {
    es: '[turno de noche: silencio, un fluorescente]',
    en: '[night shift: quiet, a fluorescent hum]',
  },
};
