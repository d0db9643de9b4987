import type { Localized } from './localized.ts';
import type { SituationId } from './situations.ts';

/** What happened, for each situation of ACTIONS.md, as the debrief shows it. */
export const situationTexts: Readonly<Record<SituationId, Localized>> = {
  suspect_arrives: {
    es: 'Llega el presunto agresor a la comisaría',
    en: 'The alleged aggressor arrives at the station',
  },
  suspect_leaves: {
    es: 'El presunto agresor se retira de la comisaría',
    en: 'The alleged aggressor leaves the station',
  },
  child_asks_to_stop: {
    es: 'El niño o niña pide parar',
    en: 'The child asks to stop',
  },
  child_distressed: {
    es: 'El niño o niña se angustia: llora, tiembla o se queda callado',
    en: 'The child becomes distressed: crying, shaking or falling silent',
  },
  child_requests_other_officer: {
    es: 'El niño o niña pide que le atienda otra persona',
    en: 'The child asks for a different officer',
  },
  language_barrier: {
    es: 'El niño o niña o su cuidador se expresan mejor en otra lengua o en lengua de señas',
    en: 'The child or carer is more at ease in another language or in sign language',
  },
  urgent_need: {
    es: 'El niño o niña necesita atención urgente: dolor, lesiones o peligro inmediato',
    en: 'The child needs urgent care: pain, injuries or immediate danger',
  },
  child_in_danger: {
    es: 'El niño o niña corre peligro en este momento',
    en: 'The child is in danger right now',
  },
  disclosure_started: {
    es: 'El niño o niña empieza a contar lo que le pasó',
    en: 'The child begins to tell what happened',
  },
  exploitation_sign: {
    es: 'Aparece una señal de explotación: presión de adultos, deudas o "el jefe"',
    en: 'A sign of exploitation appears: pressure from adults, debts or "el jefe"',
  },
  media_present: {
    es: 'Llega la prensa o alguien quiere fotografiar o filmar al niño o niña',
    en: 'The press arrives, or someone wants to photograph or film the child',
  },
  self_harm_risk: {
    es: 'El niño, niña o adolescente dice que quiere hacerse daño o desaparecer',
    en: 'The child says they want to hurt themselves or disappear',
  },
  unverified_claimant_arrives: {
    es: 'Llega un adulto que reclama al niño o niña y aún no se ha verificado quién es',
    en: 'An adult arrives to claim the child, and who they are has not been checked',
  },
};
