import type { ActionId } from '../actions.ts';
import type { Localized } from '../localized.ts';

/**
 * What the officer does, for the actions on reception and environment.
 * `satisfies` rejects an unknown id; action-texts.ts rejects a missing one.
 */
export const arrivalActionTexts = {
  // Reception
  attend_immediately: {
    es: 'Atender el caso de inmediato, en esta misma comisaría',
    en: 'Take the case at once, at this station',
  },
  defer_or_redirect: {
    es: 'Pedir que vuelvan más tarde, enviarlos a otra comisaría o hacerles esperar 24 horas',
    en: 'Tell them to come back later, go to another station or wait 24 hours',
  },
  demand_formalities: {
    es: 'Exigir DNI, abogado, certificado médico, lesiones visibles o un adulto antes de actuar',
    en: 'Demand an ID card, a lawyer, a certificate, visible injuries or an adult before acting',
  },
  accept_without_formalities: {
    es: 'Recibir la denuncia de quien la traiga, también del niño o niña solo, sin requisitos',
    en: 'Take the report from whoever brings it, the child alone included, with no formalities',
  },
  check_urgent_needs: {
    es: 'Preguntar por dolor, lesiones, peligro inmediato y si el agresor está cerca',
    en: 'Ask about pain, injuries, immediate danger and whether the aggressor is nearby',
  },
  paperwork_first: {
    es: 'Empezar con los formularios mientras una necesidad urgente sigue sin atender',
    en: 'Start on the forms while an urgent need is still unattended',
  },
  receive_carer_respectfully: {
    es: 'Recibir al adulto acompañante con respeto y sin culparlo',
    en: 'Welcome the accompanying adult respectfully and without blame',
  },
  blame_carer: {
    es: 'Reprochar al adulto acompañante ("¿por qué la dejó salir sola?")',
    en: 'Reproach the accompanying adult ("why did you let her go out alone?")',
  },
  // Environment
  move_to_private_room: {
    es: 'Llevar al niño o niña a la sala privada y amigable',
    en: 'Take the child to the private, child-friendly room',
  },
  talk_in_public_area: {
    es: 'Empezar a hablar del caso en el mostrador o en el pasillo',
    en: 'Start on the case at the counter or in the corridor',
  },
  keep_child_out_of_earshot: {
    es: 'Dejar al niño o niña acompañado en la zona de juego mientras el adulto denuncia',
    en: 'Keep the child supervised in the play area while the adult reports',
  },
  let_child_hear_account: {
    es: 'Dejar que el niño o niña escuche a los adultos describir la violencia',
    en: 'Let the child listen while the adults describe the violence',
  },
  place_child_near_detainees: {
    es: 'Hacer esperar al niño o niña cerca de celdas, detenidos, armas o del público',
    en: 'Have the child wait near cells, detainees, weapons or the public',
  },
  keep_child_in_safe_area: {
    es: 'Mantener al niño o niña en un lugar supervisado y adecuado, lejos de las celdas y del público',
    en: 'Keep the child in a supervised, child-appropriate place away from the cells and the public',
  },
  separate_from_suspect: {
    es: 'Mantener al presunto agresor y a sus aliados lejos del niño o niña',
    en: 'Keep the alleged aggressor and his allies away from the child',
  },
  allow_contact_with_suspect: {
    es: 'Permitir que el presunto agresor vea al niño o niña, le hable o se quede con él o ella',
    en: 'Let the alleged aggressor see, talk to or stay with the child',
  },
  ask_child_who_stays: {
    es: 'Preguntar al niño o niña a quién quiere tener a su lado',
    en: 'Ask the child who they want to have with them',
  },
  insist_adult_stays: {
    es: 'Mantener a un adulto en la sala contra la voluntad del niño o niña',
    en: "Keep an adult in the room against the child's wishes",
  },
  offer_officer_choice: {
    es: 'Ofrecer al niño o niña que le atienda una policía mujer o un policía varón, según prefiera',
    en: 'Offer the child a female or male officer, as they prefer',
  },
  ignore_officer_preference: {
    es: 'Seguir adelante aunque el niño o niña pidió que le atendiera otra persona',
    en: 'Carry on after the child asked for a different officer',
  },
} satisfies Partial<Record<ActionId, Localized>>;
