import type { StandardText } from '../standard.ts';

/** The CLO standards: phase 8 of STANDARDS.md, in catalogue order. */
export const cloStandards: readonly StandardText[] = [
  {
    id: 'CLO-01',
    title: {
      es: 'Explicar lo que sigue y cerrar con calidez',
      en: 'Explain what happens next, and close warmly',
    },
    feedback: {
      es: 'Antes de que el niño o niña se vaya, explíquele con palabras sencillas qué va a pasar (a quién verá, dónde dormirá esta noche, que una persona especialmente preparada quizá converse con él o ella una sola vez), invítele a preguntar, agradézcale y reconozca su valentía.',
      en: 'Before the child leaves, explain simply what will happen next (who they will see, where they will sleep tonight, that one specially trained person may talk with them once), invite questions, thank them and recognise their courage.',
    },
    why: {
      es: 'La incertidumbre alimenta el miedo; saber qué viene y un cierre cálido facilitan que el niño o niña colabore en la entrevista única.',
      en: 'Uncertainty feeds fear; knowing what comes next and a warm ending make it easier for the child to take part in the single interview.',
    },
    basis: {
      es: 'Reglamento de la Ley 30466, art. 12.1: informar al niño o niña sobre el procedimiento, sus opciones y sus consecuencias (L-P, S25); fase de cierre del protocolo NICHD (INT, S39); apoyo de primera línea de la OMS (INT, S41).',
      en: 'Regulation of Ley 30466, art. 12.1: inform the child about the procedure, options and consequences (L-P, S25); closing phase of the NICHD protocol (INT, S39); WHO first-line support (INT, S41).',
    },
    sources: ['S25', 'S39', 'S41'],
    evidence: ['L-P', 'INT'],
  },
  {
    id: 'CLO-02',
    title: {
      es: 'Preparar al cuidador protector',
      en: 'Equip the protective carer',
    },
    feedback: {
      es: 'Entregue al cuidador el número de la denuncia, las próximas citas (examen médico legal, Fiscalía, entrevista única), las medidas de protección solicitadas, cómo pedir ayuda si el agresor se acerca y los contactos del CEM y la Línea 100; aconséjele no interrogar al niño o niña una y otra vez ni ensayar la historia con él o ella.',
      en: 'Give the carer the report number, the next appointments (medico-legal exam, prosecutor, single interview), the protective measures requested, how to get help if the aggressor comes near, and the CEM and Línea 100 contacts; advise them not to question the child again and again or rehearse the story with the child.',
    },
    why: {
      es: 'Un cuidador que conoce la ruta puede proteger al niño o niña y mantener vivo el caso; las preguntas en casa, aunque bienintencionadas, angustian al niño o niña y pueden contaminar su testimonio.',
      en: 'A carer who knows the route can protect the child and keep the case moving; well-meant questioning at home can distress the child and contaminate the testimony.',
    },
    basis: {
      es: 'Servicios del CEM y la Línea 100 (G, S32); ejecución policial de las medidas de protección (L-S, S14); el consejo de no interrogar repetidamente se deduce del régimen de entrevista única (INF, a partir de S19).',
      en: 'CEM and Línea 100 services (G, S32); police enforcement of protective measures (L-S, S14); the advice against repeated questioning follows from the single-interview regime (INF, drawing on S19).',
    },
    sources: ['S32', 'S14', 'S19'],
    evidence: ['G', 'L-S', 'INF'],
  },
  {
    id: 'CLO-03',
    escalation: {
      es: 'Crítico si el niño o niña se va con el presunto agresor (PRO-02).',
      en: 'Critical when the child leaves with the alleged aggressor (PRO-02).',
    },
    title: {
      es: 'Confirmar una salida segura',
      en: 'Confirm a safe departure',
    },
    feedback: {
      es: 'Verifique con quién se va el niño o niña, a dónde va y que el presunto agresor no lo esté esperando afuera; si el riesgo es alto, disponga un acompañamiento policial, un patrullaje o la derivación a un hogar de refugio.',
      en: 'Check who the child leaves with, where they are going and that the alleged aggressor is not waiting outside; when the risk is high, arrange a police escort, a patrol or a shelter referral.',
    },
    why: {
      es: 'El momento de salir de la comisaría es un punto de peligro conocido en los casos de violencia familiar y de trata.',
      en: 'Leaving the station is a known moment of danger in family-violence and trafficking cases.',
    },
    basis: {
      es: 'Deberes policiales de protección y canal de resguardo de la Ley 31715 (L-S, S14); servicios del Hogar de Refugio Temporal (HRT) y del SAU (G, S32); la verificación de la salida es una inferencia (INF).',
      en: 'Police protective duties and the resguardo channel under Ley 31715 (L-S, S14); temporary shelter (HRT) and SAU services (G, S32); the departure check is an inference (INF).',
    },
    sources: ['S14', 'S32'],
    evidence: ['L-S', 'G', 'INF'],
  },
  {
    id: 'CLO-04',
    title: {
      es: 'Entregar por escrito los derechos, los pasos y los servicios gratuitos',
      en: 'Give a written note of rights, next steps and free services',
    },
    feedback: {
      es: 'Antes de que se vayan, entregue al cuidador una constancia escrita con el número de la denuncia, sus derechos y los del niño o niña, los próximos pasos (juzgado de familia, Fiscalía, examen, entrevista única) y los servicios gratuitos (CEM, Línea 100, Defensa Pública), en palabras sencillas y, si hace falta, en su lengua.',
      en: "Before they leave, give the carer a written note with the report number, their rights and the child's, the next steps (family court, prosecutor, examination, single interview) and the free services (CEM, Línea 100, Public Defence), in plain words and, where needed, in their own language.",
    },
    why: {
      es: 'En medio del miedo y el cansancio se olvida casi todo lo que se dice de palabra; una nota escrita permite a la familia seguir la ruta, reclamar si no avanza y pedir ayuda.',
      en: 'Amid fear and exhaustion most of what is said aloud is forgotten; a written note lets the family follow the route, complain if it stalls and ask for help.',
    },
    basis: {
      es: 'Ley 30364, art. 10: las víctimas tienen derecho a información plena sobre sus derechos, los mecanismos de denuncia y los servicios gratuitos de atención, y la Policía debe dársela (L-S, S12); servicios gratuitos del MIMP (G, S32); entregarla por escrito, para que la información no se pierda, es una inferencia (INF).',
      en: "Ley 30364 art. 10: victims have the right to full information on their rights, on how to report and on the free support services, and the police must give it (L-S, S12); the MIMP's free services (G, S32); giving it in writing, so the information is not lost, is an inference (INF).",
    },
    sources: ['S12', 'S32'],
    evidence: ['L-S', 'G', 'INF'],
  },
];
