import type { Language } from '../core/language.ts';
import type { QuestionType } from '../core/questions/question-type.ts';

/** The strings of an open decision: the typed question, "did you mean…?", the coach's reading of the type. */
const es = {
  label: 'Escribe tu pregunta con tus palabras',
  hint: 'Se clasifica en este dispositivo; nada se envía. También puedes elegir una de las opciones.',
  submit: 'Preguntar',
  empty: 'Escribe una pregunta antes de enviarla.',
  reading: 'Leyendo tu pregunta…',
  didYouMean: '¿Quisiste preguntar…?',
  didYouMeanHint: 'No está claro qué tipo de pregunta es. Elige lo que quisiste preguntar:',
  typeName: {
    invitation: 'una invitación abierta («Cuéntame…»)',
    directive: 'una pregunta concreta (qué, quién, dónde, cuándo) sobre lo que ya dijo',
    option_posing: 'una pregunta de sí o no, o de opciones',
    suggestive: 'una pregunta sugestiva (trae algo que no dijo, o la respuesta esperada)',
    why_blame: 'un «¿por qué…?» que culpa',
    multiple: 'varias preguntas a la vez',
    not_question: 'algo que no es una pregunta (apoyo, calma)',
  } satisfies Record<QuestionType, string>,
  coachType: (name: string) => `Tu pregunta fue ${name}.`,
  recommended: 'Es de las preguntas recomendadas.',
  notRecommended: 'No es de las preguntas recomendadas.',
  picked: 'Tú elegiste este tipo cuando no estaba claro.',
  historyTyped: (text: string) => `Escribiste: «${text}»`,
  debriefTyped: (text: string, name: string) => `Pregunta escrita: «${text}» (${name})`,
};

const en: typeof es = {
  label: 'Type your question in your own words',
  hint: 'It is classified on this device; nothing is sent. You can also choose one of the options.',
  submit: 'Ask',
  empty: 'Type a question before asking it.',
  reading: 'Reading your question…',
  didYouMean: 'Did you mean to ask…?',
  didYouMeanHint: 'It is not clear what kind of question this is. Choose what you meant to ask:',
  typeName: {
    invitation: 'an open invitation ("Tell me…")',
    directive: 'a specific question (what, who, where, when) about something she already said',
    option_posing: 'a yes/no or either/or question',
    suggestive: 'a suggestive question (it brings in something not said, or the expected answer)',
    why_blame: 'a "why…?" that blames',
    multiple: 'several questions at once',
    not_question: 'not a question (support, calm)',
  },
  coachType: (name) => `Your question was ${name}.`,
  recommended: 'It is one of the recommended kinds.',
  notRecommended: 'It is not one of the recommended kinds.',
  picked: 'You chose this type when it was not clear.',
  historyTyped: (text) => `You typed: “${text}”`,
  debriefTyped: (text, name) => `Typed question: “${text}” (${name})`,
};

export type TypedStrings = typeof es;

export function typedStrings(lang: Language): TypedStrings {
  return lang === 'es' ? es : en;
}
