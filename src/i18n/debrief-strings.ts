import type { Language } from '../core/language.ts';

/** Debrief strings added with the judgement rules (not reached, key standards, the decision that ended the case). */
const es = {
  failedBecause: 'No se aprueba por:',
  failedCritical: 'falta crítica',
  failedKey: 'estándar clave del caso',
  belowThreshold: (score: number, threshold: number) =>
    `El puntaje general (${score}) está por debajo de ${threshold}.`,
  endedAt: (n: number) => `El caso terminó en la decisión ${n}.`,
  decisive: (n: number) => `La decisión que lo llevó a ese final fue la ${n}.`,
  notReached: 'No alcanzado',
  notReachedNote: (n: number) =>
    `No alcanzado: el caso terminó en la decisión ${n}, antes de que se ofreciera. No cuenta en el puntaje.`,
  keyWasEarlier: (n: number) =>
    `En ese momento ninguna opción evitaba el problema: la clave estuvo en la decisión ${n}.`,
  keyStandard: 'estándar clave',
};

const en: typeof es = {
  failedBecause: 'Not passed because of:',
  failedCritical: 'critical violation',
  failedKey: 'key standard of this case',
  belowThreshold: (score, threshold) => `The overall score (${score}) is below ${threshold}.`,
  endedAt: (n) => `The case ended at decision ${n}.`,
  decisive: (n) => `The decision that led to that ending was decision ${n}.`,
  notReached: 'Not reached',
  notReachedNote: (n) =>
    `Not reached: the case ended at decision ${n}, before it was offered. It does not count in the score.`,
  keyWasEarlier: (n) => `At that moment no option avoided the problem: the key was decision ${n}.`,
  keyStandard: 'key standard',
};

export type DebriefStrings = typeof es;

export function debriefStrings(lang: Language): DebriefStrings {
  return lang === 'es' ? es : en;
}
