/**
 * The form of each question asked: an open invitation ("cuéntame", "¿y qué pasó
 * después?"), a wh- directive ("¿dónde…?", "dime su nombre"), or a yes/no or either/or
 * question (option-posing). With several questions, each form counts once, at its best.
 */
import type { QuestionType } from '../question-type.ts';
import type { SegmentReading } from '../read-segment.ts';
import { evidence, type Evidence, type Rule } from './reading.ts';

function formEvidence(u: SegmentReading): Evidence | undefined {
  const m = u.match;
  switch (u.form) {
    case 'invitation':
      return evidence(
        'invitation',
        2.5,
        'invitation',
        `invita a contar libremente («${m}»)`,
        `invites a free account ("${m}")`,
        m,
      );
    case 'wh':
      return evidence(
        'directive',
        2,
        'wh',
        `pregunta abierta por un detalle («${m}»)`,
        `asks for a detail ("${m}")`,
        m,
      );
    case 'tell_me':
      return evidence(
        'directive',
        2,
        'tell-me',
        `pide un dato concreto («${m}…»)`,
        `asks for a specific detail ("${m}…")`,
        m,
      );
    case 'yes_no':
      if (u.either)
        return evidence(
          'option_posing',
          1.8,
          'either-or',
          `da opciones para elegir («… ${u.either} …»)`,
          `offers options to choose from ("… ${u.either} …")`,
          u.either,
        );
      return evidence(
        'option_posing',
        1.5,
        'yes-no',
        'se responde con sí o no',
        'answered with yes or no',
        m || undefined,
      );
    default:
      return undefined;
  }
}

export const formRules: Rule = ({ units }) => {
  const best = new Map<QuestionType, Evidence>();
  for (const u of units) {
    const e = formEvidence(u);
    if (e && (best.get(e.type)?.weight ?? 0) < e.weight) best.set(e.type, e);
  }
  return [...best.values()];
};
