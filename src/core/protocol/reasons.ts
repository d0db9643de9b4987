import type { ActionId } from './actions.ts';
import { actionTexts } from './action-texts.ts';
import { escalationTexts, type Escalation } from './escalations.ts';
import type { Language } from '../language.ts';
import { situationTexts } from './situation-texts.ts';
import type { Verdict } from './verdict.ts';

export type { Escalation } from './escalations.ts';

const quote = (lang: Language, text: string) => (lang === 'es' ? `«${text}»` : `“${text}”`);
const actionQuote = (lang: Language, action: ActionId | undefined) =>
  action ? quote(lang, actionTexts[action][lang]) : '';

function withEscalation(lang: Language, text: string, escalation?: Escalation): string {
  if (!escalation) return text;
  return `${text} (${lang === 'es' ? 'agravado: ' : 'raised: '}${escalationTexts[escalation][lang]})`;
}

function alternatives(lang: Language, actions: readonly ActionId[]): string {
  return actions.map((a) => actionQuote(lang, a)).join(lang === 'es' ? ' o ' : ' or ');
}

const contextTexts = {
  context_public_area: {
    es: 'Pregunta sobre los hechos en un área pública',
    en: 'Question about the account in a public area',
  },
  context_interpreter: {
    es: 'Pregunta sobre los hechos sin haber pedido un intérprete calificado',
    en: 'Question about the account before asking for a qualified interpreter',
  },
  context_no_counsel: {
    es: 'Pregunta sobre la infracción antes de explicarle sus derechos y asegurar su abogado',
    en: 'Question about the offence before explaining his rights and securing a lawyer',
  },
} as const;

function obligationText(lang: Language, v: Verdict): string {
  const { situation, anyOf = [] } = v.params;
  const after = situation ? quote(lang, situationTexts[situation][lang]) : '';
  return lang === 'es'
    ? `Tras ${after}, no se hizo a tiempo: ${alternatives(lang, anyOf)}`
    : `After ${after}, this did not come in time: ${alternatives(lang, anyOf)}`;
}

function notReachedText(lang: Language, v: Verdict): string {
  const what = v.action ? actionQuote(lang, v.action) : alternatives(lang, v.params.anyOf ?? []);
  const decision = (v.params.endedAt ?? v.step) + 1;
  return lang === 'es'
    ? `No alcanzado: ${what} nunca se ofreció porque el caso terminó en la decisión ${decision}`
    : `Not reached: ${what} was never offered because the case ended at decision ${decision}`;
}

/** The words of a verdict, in the reader's language (verdicts store none). */
export function verdictReason(v: Verdict, lang: Language): string {
  if (v.outcome === 'not_reached') return notReachedText(lang, v);
  switch (v.cause) {
    case 'action':
      return withEscalation(lang, actionQuote(lang, v.action), v.params.escalation);
    case 'context_public_area':
    case 'context_interpreter':
    case 'context_no_counsel':
      return withEscalation(
        lang,
        `${contextTexts[v.cause][lang]}: ${actionQuote(lang, v.action)}`,
        v.params.escalation,
      );
    case 'missed_obligation':
      return withEscalation(lang, obligationText(lang, v), v.params.escalation);
    case 'missing_requirement': {
      const text =
        lang === 'es'
          ? `El caso terminó sin ${actionQuote(lang, v.action)}`
          : `The case ended without ${actionQuote(lang, v.action)}`;
      return withEscalation(lang, text, v.params.escalation);
    }
  }
}
