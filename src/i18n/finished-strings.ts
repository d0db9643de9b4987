import type { Language } from '../core/language.ts';

/** Home strings for finished cases (the last one, every attempt) and a debrief reopened later. */
const es = {
  lastFinishedTitle: 'Tu último caso terminado',
  attemptsTitle: (n: number) => `Tus intentos terminados (${n})`,
  attemptsHint: 'Elige un intento para volver a ver su informe.',
  openDebrief: (title: string) => `Ver el informe de «${title}»`,
  result: (score: number, passed: boolean) => `${score}/100 · ${passed ? 'aprobado' : 'no aprobado'}`,
  mode: { practice: 'práctica', evaluation: 'evaluación' },
  noStepByStep:
    'Este caso cambió desde que lo jugaste: se muestran el resultado y los estándares, sin el detalle de cada decisión.',
  locale: 'es-PE',
};

const en: typeof es = {
  lastFinishedTitle: 'Your last finished case',
  attemptsTitle: (n) => `Your finished attempts (${n})`,
  attemptsHint: 'Choose an attempt to see its debrief again.',
  openDebrief: (title) => `View the debrief of “${title}”`,
  result: (score, passed) => `${score}/100 · ${passed ? 'passed' : 'not passed'}`,
  mode: { practice: 'practice', evaluation: 'evaluation' },
  noStepByStep:
    'This case changed since you played it: the result and the standards are shown, without the detail of each decision.',
  locale: 'en-GB',
};

export type FinishedStrings = typeof es;

export function finishedStrings(lang: Language): FinishedStrings {
  return lang === 'es' ? es : en;
}

/** When an attempt ended, in the reader's language (date and time, local time zone). */
export function attemptDate(endedAt: number, lang: Language): string {
  const format = new Intl.DateTimeFormat(finishedStrings(lang).locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return format.format(new Date(endedAt));
}
