import type { Source } from '../standard.ts';
import { congressLaw, publisher } from './publishers.ts';

/** Cited sources: Peruvian laws, codes and legislative decrees (the text of the norm itself). */
export const peruvianLawSources: readonly Source[] = [
  {
    key: 'S10',
    title: {
      es: 'Ley 31156, que modifica el art. 15 de la Ley 30364 (denuncia)',
      en: 'Ley 31156, amending art. 15 of Ley 30364 (reports)',
    },
    note: {
      es: 'Texto publicado en El Peruano (visor de normas legales).',
      en: 'Text as published in El Peruano (legal norms viewer).',
    },
    urls: ['https://busquedas.elperuano.pe/api/visor_html/1941276-3'],
  },
  {
    key: 'S12',
    title: {
      es: 'Ley 30364, Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar',
      en: 'Ley 30364, Law to prevent, punish and eradicate violence against women and members of the family group',
    },
    note: {
      es: 'Publicada en El Peruano el 23 de noviembre de 2015; Texto Único Ordenado aprobado por DS 004-2020-MIMP (El Peruano, 6 de setiembre de 2020). Arts. 2 (principios), 10 (derechos de las víctimas), 15 (denuncia), 16 (proceso especial y medidas de protección), 19 (declaración de la víctima y entrevista única), 25 (prohibición de confrontación y conciliación).',
      en: 'Published in El Peruano on 23 November 2015; consolidated text approved by DS 004-2020-MIMP (El Peruano, 6 September 2020). Arts. 2 (principles), 10 (victims’ rights), 15 (reports), 16 (special procedure and protective measures), 19 (victim statement and single interview), 25 (no confrontation or conciliation).',
    },
    urls: [congressLaw(30364), publisher.spij],
  },
  {
    key: 'S14',
    title: {
      es: 'Ley 31715, que modifica los arts. 15, 16, 22, 23-A y 45 de la Ley 30364',
      en: 'Ley 31715, amending arts. 15, 16, 22, 23-A and 45 of Ley 30364',
    },
    note: {
      es: 'Publicada en El Peruano el 22 de marzo de 2023: plazos de las medidas de protección (art. 16) y su ejecución por la Policía Nacional (arts. 22 y 23-A).',
      en: 'Published in El Peruano on 22 March 2023: deadlines for protective measures (art. 16) and their enforcement by the National Police (arts. 22 and 23-A).',
    },
    urls: [publisher.elPeruano, publisher.spij],
  },
  {
    key: 'S17',
    title: {
      es: 'Decreto Legislativo 1386, que modifica la Ley 30364 (medidas de protección)',
      en: 'Legislative Decree 1386, amending Ley 30364 (protective measures)',
    },
    note: {
      es: 'Publicado en El Peruano en setiembre de 2018; fija criterios de riesgo y plazos en horas para las medidas de protección (art. 16 de la Ley 30364).',
      en: 'Published in El Peruano in September 2018; sets risk criteria and deadlines in hours for protective measures (art. 16 of Ley 30364).',
    },
    urls: [publisher.elPeruano, publisher.spij],
  },
  {
    key: 'S22',
    title: {
      es: 'DL 1377, que fortalece la protección integral de niñas, niños y adolescentes (identidad e imagen), y Ley 29733, de protección de datos personales',
      en: 'DL 1377, strengthening the comprehensive protection of children (identity and image), and Ley 29733 on personal-data protection',
    },
    note: {
      es: 'DL 1377 publicado en El Peruano en agosto de 2018; Ley 29733 publicada en 2011.',
      en: 'DL 1377 published in El Peruano in August 2018; Ley 29733 published in 2011.',
    },
    urls: [congressLaw(29733), publisher.elPeruano],
  },
  {
    key: 'S23',
    title: {
      es: 'Código de Responsabilidad Penal de Adolescentes (Decreto Legislativo 1348)',
      en: 'Code of Criminal Responsibility of Adolescents (Legislative Decree 1348)',
    },
    note: {
      es: 'Publicado en El Peruano el 7 de enero de 2017. Arts. 19 y 20 (derechos e información al adolescente), 33 (reserva de identidad), 34.2 (privación de libertad como último recurso), 39 (detención policial).',
      en: 'Published in El Peruano on 7 January 2017. Arts. 19 and 20 (rights and information for the adolescent), 33 (confidential identity), 34.2 (deprivation of liberty as a last resort), 39 (police detention).',
    },
    urls: [publisher.elPeruano, publisher.spij],
  },
  {
    key: 'S25',
    title: {
      es: 'Ley 30466 (interés superior del niño) y su Reglamento, DS 002-2018-MIMP',
      en: 'Ley 30466 (best interests of the child) and its regulation, DS 002-2018-MIMP',
    },
    note: {
      es: 'Reglamento publicado en El Peruano el 1 de junio de 2018; art. 12.1: información al niño o niña en lenguaje claro, derecho a opinar o a no hacerlo, y a pedir no ser acompañado por uno de sus padres.',
      en: 'Regulation published in El Peruano on 1 June 2018; art. 12.1: information to the child in clear language, the right to give or not give an opinion, and to ask not to be accompanied by a parent.',
    },
    urls: [publisher.mimpNorms, publisher.spij],
  },
  {
    key: 'S26',
    title: {
      es: 'Código de los Niños y Adolescentes (Ley 27337)',
      en: 'Code of Children and Adolescents (Ley 27337)',
    },
    note: {
      es: 'Art. IX del Título Preliminar (interés superior del niño) y art. 3-A (derecho al buen trato, incorporado por la Ley 30403).',
      en: 'Art. IX of the Preliminary Title (best interests of the child) and art. 3-A (right to good treatment, added by Ley 30403).',
    },
    urls: [congressLaw(27337), publisher.spij],
  },
  {
    key: 'S27',
    title: {
      es: 'Decreto Legislativo 1297, para la protección de niñas, niños y adolescentes sin cuidados parentales o en riesgo de perderlos, y su Reglamento (DS 001-2018-MIMP)',
      en: 'Legislative Decree 1297, on the protection of children without parental care or at risk of losing it, and its regulation (DS 001-2018-MIMP)',
    },
    note: {
      es: 'DL 1297 publicado en El Peruano el 30 de diciembre de 2016; Reglamento publicado el 10 de febrero de 2018 y modificado por DS 006-2024-MIMP (enlace). Riesgo de desprotección: DEMUNA; desprotección familiar: Unidad de Protección Especial (UPE) del MIMP.',
      en: 'DL 1297 published in El Peruano on 30 December 2016; regulation published on 10 February 2018 and amended by DS 006-2024-MIMP (link). Risk of lack of protection: DEMUNA; lack of family protection: MIMP Special Protection Unit (UPE).',
    },
    urls: ['https://busquedas.elperuano.pe/api/visor_html/2331248-7', publisher.mimpNorms],
  },
  {
    key: 'S28',
    title: {
      es: 'Decreto Legislativo 1428, atención de casos de desaparición de personas en situación de vulnerabilidad, y su Reglamento (DS 003-2019-IN)',
      en: 'Legislative Decree 1428, on cases of missing persons in a situation of vulnerability, and its regulation (DS 003-2019-IN)',
    },
    note: {
      es: 'Se aplica a las personas denunciadas como desaparecidas. Art. 16: difusión mediante Nota de Alerta y Alerta de Emergencia. Modificado por el DL 1603; Reglamento modificado por DS 010-2024-IN.',
      en: 'Applies to persons reported missing. Art. 16: dissemination through an alert notice (Nota de Alerta) and an emergency alert. Amended by DL 1603; regulation amended by DS 010-2024-IN.',
    },
    urls: [publisher.mininterNorms, publisher.elPeruano],
  },
  {
    key: 'S29',
    title: {
      es: 'Código Penal (Decreto Legislativo 635)',
      en: 'Criminal Code (Legislative Decree 635)',
    },
    note: {
      es: 'Arts. 122-B (agresiones contra las mujeres o integrantes del grupo familiar), 153 (trata de personas), 176-C (chantaje sexual), 183-A (material de abuso sexual de niñas, niños y adolescentes) y 183-B (proposiciones sexuales a niñas, niños y adolescentes). Texto vigente en el SPIJ.',
      en: 'Arts. 122-B (assault on women or members of the family group), 153 (trafficking in persons), 176-C (sexual blackmail), 183-A (child sexual abuse material) and 183-B (sexual propositions to children). Current text in SPIJ.',
    },
    urls: [publisher.spij],
  },
  {
    key: 'S33',
    title: {
      es: 'Constitución Política del Perú, art. 2 inciso 19',
      en: 'Political Constitution of Peru, art. 2(19)',
    },
    note: {
      es: 'Derecho de toda persona a usar su propio idioma ante cualquier autoridad mediante un intérprete.',
      en: "Everyone's right to use their own language before any authority through an interpreter.",
    },
    urls: [publisher.spij],
  },
  {
    key: 'S55',
    title: {
      es: 'Ley 29685, medidas especiales en casos de desaparición de niños, niñas y adolescentes, y su Reglamento (DS 006-2018-IN)',
      en: 'Ley 29685, special measures for missing children, and its regulation (DS 006-2018-IN)',
    },
    note: {
      es: 'La denuncia se recibe de inmediato, sin esperar que pasen 24 horas; el Reglamento (El Peruano, julio de 2018) obliga a recibirla y tramitarla con inmediatez y prioridad dentro de las 24 horas de presentada.',
      en: 'The report is taken at once, with no 24-hour wait; the regulation (El Peruano, July 2018) requires it to be received and processed immediately and with priority within 24 hours of being made.',
    },
    urls: [congressLaw(29685), publisher.mininterNorms],
  },
  {
    key: 'S56',
    title: {
      es: 'Código Procesal Penal (Decreto Legislativo 957)',
      en: 'Code of Criminal Procedure (Legislative Decree 957)',
    },
    note: {
      es: 'Art. 242.1(d): la declaración de niñas, niños y adolescentes agraviados se actúa como prueba anticipada; art. 259: detención policial en flagrancia. Texto vigente en el SPIJ.',
      en: 'Art. 242.1(d): the statement of child victims is taken as anticipated evidence; art. 259: police arrest in flagrante delicto. Current text in SPIJ.',
    },
    urls: [publisher.spij],
  },
  {
    key: 'S57',
    title: {
      es: 'Decreto Legislativo 1410, que incorpora al Código Penal el acoso, el chantaje sexual y la difusión de imágenes sexuales',
      en: 'Legislative Decree 1410, adding harassment, sexual blackmail and the distribution of sexual images to the Criminal Code',
    },
    note: {
      es: 'Publicado en El Peruano en 2018; incorpora el art. 176-C (chantaje sexual), que comprende el uso de tecnologías de la información.',
      en: 'Published in El Peruano in 2018; adds art. 176-C (sexual blackmail), which covers the use of information technology.',
    },
    urls: [
      'https://busquedas.elperuano.pe/normaslegales/decreto-legislativo-que-incorpora-el-delito-de-acoso-acoso-decreto-legislativo-n-1410-1690482-3/',
    ],
  },
  {
    key: 'S58',
    title: {
      es: 'Ley 30403, que prohíbe el uso del castigo físico y humillante contra los niños, niñas y adolescentes',
      en: 'Ley 30403, prohibiting physical and humiliating punishment of children',
    },
    note: {
      es: 'Publicada en El Peruano el 30 de diciembre de 2015; la prohibición alcanza el hogar, la escuela y todo otro ámbito, e incorpora el art. 3-A (derecho al buen trato) al Código de los Niños y Adolescentes.',
      en: 'Published in El Peruano on 30 December 2015; the ban covers the home, school and every other setting, and adds art. 3-A (right to good treatment) to the Code of Children and Adolescents.',
    },
    urls: [congressLaw(30403), publisher.spij],
  },
];
