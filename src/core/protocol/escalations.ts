import type { Localized } from './localized.ts';

/** Why a verdict's severity was raised above the standard's base (stored in a verdict's params). */
export const escalations = [
  'sexual_violence',
  'missing_child',
  'child_in_danger',
  'account_given',
  'conflict_with_law',
  'no_prosecutor',
  'prosecutor_informed',
  'online_abuse',
  'self_harm_risk',
  'unverified_adult',
  'victim_threatened',
] as const;
export type Escalation = (typeof escalations)[number];

export function isEscalation(value: string): value is Escalation {
  return (escalations as readonly string[]).includes(value);
}

export const escalationTexts: Readonly<Record<Escalation, Localized>> = {
  sexual_violence: { es: 'es un caso de violencia sexual', en: 'this is a sexual-violence case' },
  missing_child: { es: 'es un caso de desaparición', en: 'this is a missing-child case' },
  child_in_danger: { es: 'el niño o niña está en peligro', en: 'the child is in danger' },
  account_given: { es: 'ya había empezado su relato', en: 'the child had already begun the account' },
  conflict_with_law: {
    es: 'es un adolescente en conflicto con la ley',
    en: 'he is an adolescent in conflict with the law',
  },
  no_prosecutor: { es: 'no se informó a ninguna fiscalía', en: 'no prosecutor was informed at all' },
  prosecutor_informed: { es: 'sí se informó a una fiscalía', en: 'a prosecutor was informed' },
  online_abuse: {
    es: 'es un caso de violencia en línea: lo borrado es la prueba',
    en: 'this is an online-abuse case: what is deleted is the evidence',
  },
  self_harm_risk: {
    es: 'el niño o niña habló de hacerse daño',
    en: 'the child spoke of harming themselves',
  },
  unverified_adult: {
    es: 'no se verificó la identidad ni el vínculo del adulto, sea quien sea después',
    en: "the adult's identity and relationship were not checked, whoever they turn out to be",
  },
  victim_threatened: {
    es: 'se amenazó con un cargo a una víctima',
    en: 'a victim was threatened with a charge',
  },
};
