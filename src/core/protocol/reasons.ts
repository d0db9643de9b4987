import type { ActionId } from './actions.ts';
import { actionTexts } from './action-texts.ts';
import type { Language, Localized } from './localized.ts';
import type { SituationId } from './situations.ts';
import { situationTexts } from './situation-texts.ts';

/** Why a severity was raised above the standard's base, for the verdict's reason. */
export type Escalation =
  | 'sexual_violence'
  | 'missing_child'
  | 'child_in_danger'
  | 'account_given'
  | 'conflict_with_law'
  | 'no_prosecutor'
  | 'prosecutor_informed';

const escalationText: Readonly<Record<Escalation, Localized>> = {
  sexual_violence: { es: 'es un caso de violencia sexual', en: 'this is a sexual-violence case' },
  missing_child: { es: 'es un caso de desaparición', en: 'this is a missing-child case' },
  child_in_danger: { es: 'el niño o niña está en peligro', en: 'the child is in danger' },
  account_given: { es: 'ya había empezado su relato', en: 'the child had already begun the account' },
  conflict_with_law: { es: 'es un adolescente en conflicto con la ley', en: 'he is an adolescent in conflict with the law' },
  no_prosecutor: { es: 'no se informó a ninguna fiscalía', en: 'no prosecutor was informed at all' },
  prosecutor_informed: { es: 'sí se informó a una fiscalía', en: 'a prosecutor was informed' },
};

const quote = (lang: Language, text: string) => (lang === 'es' ? `«${text}»` : `“${text}”`);

function withEscalation(lang: Language, text: string, escalation?: Escalation): string {
  if (!escalation) return text;
  return `${text} (${lang === 'es' ? 'agravado: ' : 'raised: '}${escalationText[escalation][lang]})`;
}

export function actionReason(lang: Language, action: ActionId, escalation?: Escalation): string {
  return withEscalation(lang, quote(lang, actionTexts[action][lang]), escalation);
}

export function publicAreaReason(lang: Language, action: ActionId): string {
  return lang === 'es'
    ? `Pregunta sobre los hechos en un área pública: ${quote(lang, actionTexts[action].es)}`
    : `Question about the account in a public area: ${quote(lang, actionTexts[action].en)}`;
}

export function interpreterReason(lang: Language, action: ActionId): string {
  return lang === 'es'
    ? `Pregunta sobre los hechos sin haber pedido un intérprete calificado: ${quote(lang, actionTexts[action].es)}`
    : `Question about the account before asking for a qualified interpreter: ${quote(lang, actionTexts[action].en)}`;
}

export function noCounselReason(lang: Language, action: ActionId): string {
  return lang === 'es'
    ? `Pregunta sobre la infracción antes de explicarle sus derechos y asegurar su abogado: ${quote(lang, actionTexts[action].es)}`
    : `Question about the offence before explaining his rights and securing a lawyer: ${quote(lang, actionTexts[action].en)}`;
}

function alternatives(lang: Language, actions: readonly ActionId[]): string {
  return actions.map((a) => quote(lang, actionTexts[a][lang])).join(lang === 'es' ? ' o ' : ' or ');
}

export function missedObligationReason(
  lang: Language,
  situation: SituationId,
  anyOf: readonly ActionId[],
  escalation?: Escalation,
): string {
  const text =
    lang === 'es'
      ? `Tras ${quote(lang, situationTexts[situation].es)}, no se hizo a tiempo: ${alternatives(lang, anyOf)}`
      : `After ${quote(lang, situationTexts[situation].en)}, this did not come in time: ${alternatives(lang, anyOf)}`;
  return withEscalation(lang, text, escalation);
}

export function missingRequirementReason(lang: Language, action: ActionId, escalation?: Escalation): string {
  const text =
    lang === 'es'
      ? `El caso terminó sin ${quote(lang, actionTexts[action].es)}`
      : `The case ended without ${quote(lang, actionTexts[action].en)}`;
  return withEscalation(lang, text, escalation);
}
