import type { Source } from '../standard.ts';
import { congressLaw, publisher } from './publishers.ts';

/** Cited sources: regulations, protocols and institutional guides of the Peruvian state. */
export const peruvianRegulationSources: readonly Source[] = [
  {
    key: 'S06',
    title: {
      es: 'PNP, Guía de Procedimientos para la Intervención de la Policía Nacional en el marco de la Ley 30364 y su Reglamento',
      en: 'PNP procedure guide for police action under Ley 30364 and its regulation',
    },
    note: {
      es: 'Aprobada por Resolución de Comandancia General 170-2020-CG PNP/RMG (17 de junio de 2020). Num. 6.1.1.2: recabar solo la información estrictamente necesaria y priorizar la atención de la víctima; 6.1.1.3.1: sin opiniones, juicios de valor ni referencias innecesarias a su vida íntima.',
      en: 'Approved by PNP General Command Resolution 170-2020-CG PNP/RMG (17 June 2020). Item 6.1.1.2: gather only strictly necessary information and give priority to caring for the victim; 6.1.1.3.1: no opinions, value judgements or needless references to intimate life.',
    },
    urls: [publisher.pnpNorms],
  },
  {
    key: 'S07',
    title: {
      es: 'PNP, Resolución de Comandancia General 270-2018-COMGE: denuncia de oficio de la violencia detectada',
      en: 'PNP General Command Resolution 270-2018-COMGE: ex officio reporting of detected violence',
    },
    note: {
      es: 'Modifica la guía de procedimientos policiales de la Ley 30364 para que el personal policial registre de oficio los hechos de violencia que detecte.',
      en: 'Amends the police procedure guide under Ley 30364 so that officers record ex officio the violence they detect.',
    },
    urls: [publisher.pnpNorms],
  },
  {
    key: 'S11',
    title: {
      es: 'Reglamento de la Ley 30364, art. 14, modificado por DS 004-2019-MIMP',
      en: 'Regulation of Ley 30364, art. 14, as amended by DS 004-2019-MIMP',
    },
    note: {
      es: 'DS 004-2019-MIMP, El Peruano, 7 de marzo de 2019. 14.1: la Policía recibe la denuncia en cualquier dependencia, bajo responsabilidad, y la comunica al Centro Emergencia Mujer o, donde este no pueda atender, a la Defensa Pública del Ministerio de Justicia; 14.2: si la víctima es niña, niño o adolescente, también a la Fiscalía de Familia; 14.3: riesgo o desprotección familiar.',
      en: 'DS 004-2019-MIMP, El Peruano, 7 March 2019. 14.1: the police take the report at any station, under responsibility, and pass it to the Centro Emergencia Mujer or, where it cannot attend, to the Public Defence service of the Ministry of Justice; 14.2: when the victim is a child, also to the family prosecutor; 14.3: risk or lack of family protection.',
    },
    urls: [publisher.mimpNorms, publisher.elPeruano],
  },
  {
    key: 'S13',
    title: {
      es: 'Reglamento de la Ley 30364 (DS 009-2016-MIMP) y Ficha de Valoración de Riesgo',
      en: 'Regulation of Ley 30364 (DS 009-2016-MIMP) and the risk assessment form',
    },
    note: {
      es: 'Publicado en El Peruano el 27 de julio de 2016 y modificado por DS 004-2019-MIMP. Regula la denuncia de niñas, niños y adolescentes sin compañía de un adulto, la ficha de valoración de riesgo y el contenido mínimo del informe policial que se remite al juzgado de familia dentro de las 24 horas.',
      en: 'Published in El Peruano on 27 July 2016 and amended by DS 004-2019-MIMP. Covers reports made by children without an adult, the risk assessment form, and the minimum content of the police report sent to the family court within 24 hours.',
    },
    urls: [publisher.mimpNorms, publisher.spij],
  },
  {
    key: 'S19',
    title: {
      es: 'Entrevista única: Ley 30364, art. 19; Código Procesal Penal, art. 242.1(d); guía del Ministerio Público',
      en: 'Single interview: Ley 30364 art. 19; Code of Criminal Procedure art. 242.1(d); Public Ministry guide',
    },
    note: {
      es: 'La declaración de la niña, niño o adolescente víctima se toma una sola vez, con la técnica de entrevista única, en Cámara Gesell o sala de entrevista, y se tramita como prueba anticipada; el Ministerio Público publica su guía de procedimiento de entrevista única.',
      en: "The child victim's statement is taken once, using the single-interview technique, in a Cámara Gesell or interview room, and handled as anticipated evidence; the Public Ministry publishes its single-interview procedure guide.",
    },
    urls: [congressLaw(30364), publisher.mpfnNorms],
  },
  {
    key: 'S21',
    title: {
      es: 'Instituto de Medicina Legal (Ministerio Público), Guía Médico Legal de Evaluación Física de la Integridad Sexual (2012)',
      en: 'Institute of Legal Medicine (Public Ministry), medico-legal guide to the physical examination of sexual integrity (2012)',
    },
    note: {
      es: 'Examen por personal capacitado, con consentimiento informado y asentimiento de la niña o niño, derecho a interrumpirlo y acompañante de su elección.',
      en: "Examination by trained staff, with informed consent and the child's assent, the right to stop it, and a companion of their choice.",
    },
    urls: [publisher.mpfnPublications],
  },
  {
    key: 'S30',
    title: {
      es: 'Protocolo de la PNP para la atención de víctimas de trata de personas (RM 1305-2013-IN)',
      en: 'PNP protocol for the care of trafficking victims (RM 1305-2013-IN)',
    },
    note: {
      es: 'Resolución Ministerial del Ministerio del Interior; la víctima es tratada como víctima, no como infractora.',
      en: 'Ministerial Resolution of the Ministry of the Interior; the victim is treated as a victim, not as an offender.',
    },
    urls: [publisher.mininterNorms],
  },
  {
    key: 'S47',
    title: {
      es: 'Reglamento del DL 1267, Ley de la Policía Nacional del Perú (DS 012-2025-IN), art. 288',
      en: 'Regulation of DL 1267, the National Police Law (DS 012-2025-IN), art. 288',
    },
    note: {
      es: 'Art. 288: División de Investigación y Protección de Niñas, Niños y Adolescentes.',
      en: 'Art. 288: Division for the Investigation and Protection of Children and Adolescents.',
    },
    urls: [publisher.mininterNorms],
  },
  {
    key: 'S48',
    title: {
      es: 'MINSA, Norma Técnica de Salud 164-MINSA/2020/DGIESP: cuidado integral de personas afectadas por violencia sexual',
      en: 'MINSA technical health standard 164-MINSA/2020/DGIESP: comprehensive care for people affected by sexual violence',
    },
    note: {
      es: 'Aprobada por RM 649-2020-MINSA: atención de emergencia gratuita sin denuncia previa y anticoncepción oral de emergencia dentro de las 72 horas.',
      en: 'Approved by RM 649-2020-MINSA: free emergency care with no prior report, and emergency contraception within 72 hours.',
    },
    urls: [publisher.minsaNorms],
  },
  {
    key: 'S59',
    title: {
      es: 'Ministerio Público, Programa de Protección y Asistencia a Víctimas y Testigos (UDAVIT)',
      en: 'Public Ministry, Victim and Witness Protection and Assistance Programme (UDAVIT)',
    },
    note: {
      es: 'Las Unidades de Asistencia a Víctimas y Testigos dan apoyo psicológico, social y legal a las víctimas que la Fiscalía les deriva, entre ellas las de trata.',
      en: 'The victim and witness assistance units give psychological, social and legal support to victims the prosecutor refers to them, trafficking victims among them.',
    },
    urls: [publisher.mpfnPublications],
  },
];
