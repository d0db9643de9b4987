import type { Source } from '../standard.ts';
import { publisher } from './publishers.ts';

/** Cited sources: state services, state guides and the Defensoría del Pueblo's supervision of stations. */
export const peruvianPracticeSources: readonly Source[] = [
  {
    key: 'S15',
    title: {
      es: 'gob.pe: medidas de protección para las víctimas de violencia',
      en: 'gob.pe: protective measures for victims of violence',
    },
    urls: ['https://www.gob.pe/32126-medidas-de-proteccion-hacia-las-victimas-de-violencia'],
  },
  {
    key: 'S31',
    title: {
      es: 'Abuso sexual en línea: Código Penal, arts. 176-C, 183-A y 183-B; guía del MIMP sobre acoso y chantaje sexual por internet; DIVINDAT de la PNP',
      en: 'Online sexual abuse: Criminal Code arts. 176-C, 183-A and 183-B; MIMP guide on online sexual harassment and blackmail; PNP high-tech crime division (DIVINDAT)',
    },
    note: {
      es: 'La guía digital del MIMP (2023) recomienda no borrar los mensajes, guardar capturas con fechas y horas y denunciar; la División de Investigación de Delitos de Alta Tecnología de la PNP investiga estos delitos.',
      en: "The MIMP digital guide (2023) advises not deleting messages, keeping dated screenshots and reporting; the PNP's high-tech crime division investigates these offences.",
    },
    urls: [publisher.mimpPublications, publisher.spij],
  },
  {
    key: 'S32',
    title: {
      es: 'MIMP, Programa Nacional Aurora: Centro Emergencia Mujer, Línea 100, Chat 100, Servicio de Atención Urgente y Hogares de Refugio Temporal',
      en: 'MIMP Aurora programme: Centro Emergencia Mujer, Línea 100, Chat 100, urgent-care service (SAU) and temporary shelters (HRT)',
    },
    note: {
      es: 'Servicios gratuitos: atención psicológica, social y legal en los CEM; Línea 100 por teléfono las 24 horas; Chat 100 en línea; el SAU acude al lugar en casos de riesgo.',
      en: 'Free services: psychological, social and legal care at the CEM; Línea 100 by phone 24 hours a day; Chat 100 online; the SAU goes to the scene in risk cases.',
    },
    urls: [publisher.mimp],
  },
  {
    key: 'S35',
    title: {
      es: 'Defensoría del Pueblo, supervisiones de la atención de la violencia en comisarías',
      en: 'Defensoría del Pueblo, supervisions of how police stations handle violence cases',
    },
    note: {
      es: 'Recomendó ambientes con privacidad visual y auditiva para las declaraciones y constató comisarías sin áreas exclusivas para recibir denuncias y demoras en el informe al juzgado de familia.',
      en: 'Recommended rooms with visual and acoustic privacy for statements, and found stations with no dedicated area to take reports and with delays in the report to the family court.',
    },
    urls: [publisher.defensoria],
  },
  {
    key: 'S36',
    title: {
      es: 'Defensoría del Pueblo (2018), sobre actividades con niños y niñas en comisarías',
      en: "Defensoría del Pueblo (2018), on children's activities at police stations",
    },
    note: {
      es: 'Advirtió que las comisarías carecen de protocolos de seguridad para mantener a los niños y niñas lejos de los detenidos y de objetos peligrosos.',
      en: 'Warned that stations lack safety protocols to keep children away from detainees and dangerous objects.',
    },
    urls: [publisher.defensoria],
  },
  {
    key: 'S54',
    title: {
      es: 'MIMP, manual sobre violencia de género y discapacidad (2021)',
      en: 'MIMP manual on gender-based violence and disability (2021)',
    },
    urls: [publisher.mimpPublications],
  },
];
