import type { CaseType } from '../../src/core/protocol/case-types.ts';
import type { Language } from '../../src/core/language.ts';
import type { Localized } from '../../src/core/protocol/localized.ts';
import type { Severity } from '../../src/core/protocol/severity.ts';
import type { ChartFlag } from '../../src/core/protocol/situation-chart.ts';
import type { EvidenceLabel } from '../../src/core/protocol/standard.ts';
import type { Outcome, VerdictCause } from '../../src/core/protocol/verdict.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { code, quote } from './reference-markdown.ts';

/**
 * The reference's own words: what the catalogue names only by id. Each table is a
 * Record over the catalogue's type, so a new flag, label, outcome or cause without
 * words here is a type error.
 */

const strings = { es, en } as const;

/** A severity as the debrief names it (leve, grave, crítica / minor, major, critical). */
export const severityWord = (lang: Language, severity: Severity): string => strings[lang].severity[severity];

/** A case type as the case card names it. */
export const caseTypeName = (lang: Language, type: CaseType): string => strings[lang].caseTypes[type];

/** The parts of the situation the protocol machine keeps (one parallel region each). */
export const flagWords: Readonly<
  Record<ChartFlag, { readonly name: Localized; readonly meaning: Localized }>
> = {
  locationPrivate: {
    name: { es: 'En la sala privada', en: 'In the private room' },
    meaning: {
      es: 'La conversación ya no es en el mostrador ni en el pasillo.',
      en: 'The conversation has left the counter and the corridor.',
    },
  },
  suspectPresent: {
    name: { es: 'Presunto agresor presente', en: 'Alleged aggressor present' },
    meaning: {
      es: 'El presunto agresor está en la comisaría y no se le ha separado del niño o niña.',
      en: 'The alleged aggressor is at the station and has not been kept apart from the child.',
    },
  },
  claimantUnverified: {
    name: { es: 'Adulto reclamante sin verificar', en: 'Unverified claimant' },
    meaning: {
      es: 'Un adulto reclama al niño o niña y aún no se ha verificado quién es ni su vínculo.',
      en: 'An adult claims the child, and who they are and their relationship have not been checked yet.',
    },
  },
  needsInterpreter: {
    name: { es: 'Necesita intérprete', en: 'Interpreter needed' },
    meaning: {
      es: 'El niño o niña o su cuidador se expresan mejor en otra lengua o en lengua de señas.',
      en: 'The child or carer is more at ease in another language or in sign language.',
    },
  },
  interpreterRequested: {
    name: { es: 'Intérprete pedido', en: 'Interpreter requested' },
    meaning: {
      es: 'Ya se pidió un intérprete calificado.',
      en: 'A qualified interpreter has been requested.',
    },
  },
  urgentNeed: {
    name: { es: 'Necesidad urgente', en: 'Urgent need' },
    meaning: {
      es: 'Hay dolor, lesiones o peligro inmediato que aún no se han atendido.',
      en: 'There is pain, injury or immediate danger not yet attended to.',
    },
  },
  selfHarmRisk: {
    name: { es: 'Riesgo de autolesión', en: 'Self-harm risk' },
    meaning: {
      es: 'El niño o niña habló de hacerse daño o de desaparecer (hasta el final del caso).',
      en: 'The child spoke of harming themselves or disappearing (until the case ends).',
    },
  },
  childInDanger: {
    name: { es: 'Niño o niña en peligro', en: 'Child in danger' },
    meaning: { es: 'El niño o niña corre peligro en este momento.', en: 'The child is in danger right now.' },
  },
  accountGiven: {
    name: { es: 'Relato empezado', en: 'Account begun' },
    meaning: {
      es: 'El niño o niña ya empezó a contar lo que le pasó.',
      en: 'The child has begun to tell what happened.',
    },
  },
  rightsExplained: {
    name: { es: 'Derechos explicados', en: 'Rights explained' },
    meaning: {
      es: 'Se le explicaron sus derechos al adolescente.',
      en: 'The adolescent has been told his rights.',
    },
  },
  counselRequested: {
    name: { es: 'Abogado pedido', en: 'Counsel requested' },
    meaning: {
      es: 'Se pidió un abogado defensor para el adolescente.',
      en: 'A defence lawyer has been requested for the adolescent.',
    },
  },
};

/** A part of the situation in a sentence: «Relato empezado» (`accountGiven`). */
export const flagName = (lang: Language, flag: ChartFlag): string =>
  `${quote(lang, flagWords[flag].name[lang])} (${code(flag)})`;

/** How firmly the basis of a standard is sourced (the labels in the "basis" texts). */
export const evidenceWords: Readonly<Record<EvidenceLabel, Localized>> = {
  'L-P': { es: 'norma peruana, leída en su texto', en: 'Peruvian law, read in its own text' },
  'L-S': {
    es: 'norma peruana, conocida por una fuente secundaria',
    en: 'Peruvian law, known through a secondary source',
  },
  G: { es: 'guía o protocolo oficial peruano', en: 'official Peruvian guideline or protocol' },
  INT: {
    es: 'estándar internacional, investigación o práctica policial comparada',
    en: 'international standard, research or comparative police practice',
  },
  INF: {
    es: 'inferencia del proyecto, sin fuente directa',
    en: "the project's inference, without a direct source",
  },
};

/** The three outcomes of a verdict. */
export const outcomeWords: Readonly<
  Record<Outcome, { readonly name: Localized; readonly meaning: Localized }>
> = {
  met: {
    name: { es: 'cumplido', en: 'met' },
    meaning: {
      es: 'lo que se hizo cumple el estándar; cuenta con el peso de la gravedad base del estándar.',
      en: "what was done meets the standard; it counts with the weight of the standard's base severity.",
    },
  },
  violated: {
    name: { es: 'incumplido', en: 'violated' },
    meaning: {
      es: 'lo que se hizo, o lo que no se hizo a tiempo, incumple el estándar, con una gravedad (leve, grave o crítica).',
      en: 'what was done, or what was not done in time, breaks the standard, at a severity (minor, major or critical).',
    },
  },
  not_reached: {
    name: { es: 'no alcanzado', en: 'not reached' },
    meaning: {
      es: 'algo exigido que ninguna opción del camino del alumno llegó a ofrecer, porque el caso terminó antes. Se muestra en el resultado y no cuenta en ningún puntaje.',
      en: "something required that no option on the trainee's path ever offered, because the case ended first. It is shown in the debrief and counts in no score.",
    },
  },
};

/** Which rule gave a verdict. */
export const causeWords: Readonly<Record<VerdictCause, Localized>> = {
  action: {
    es: 'una acción de la opción elegida (su regla base o una regla condicional).',
    en: 'an action of the chosen option (its base rule or a conditional rule).',
  },
  context_public_area: {
    es: 'una pregunta sobre los hechos hecha fuera de la sala privada.',
    en: 'a question about the account asked outside the private room.',
  },
  context_interpreter: {
    es: 'una pregunta sobre los hechos hecha sin haber pedido el intérprete que hacía falta.',
    en: 'a question about the account asked before requesting the interpreter who was needed.',
  },
  context_no_counsel: {
    es: 'una pregunta a un adolescente en conflicto con la ley antes de explicarle sus derechos y pedir su abogado.',
    en: 'a question to an adolescent in conflict with the law before telling him his rights and requesting his lawyer.',
  },
  missed_obligation: {
    es: 'una situación exigía una acción dentro de un plazo y no llegó.',
    en: 'a situation called for an action within a time limit and it did not come.',
  },
  missing_requirement: {
    es: 'el caso terminó sin una acción que el caso exige (`requires:`).',
    en: 'the case ended without an action the case requires (`requires:`).',
  },
};
