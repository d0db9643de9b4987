import type { Source } from '../standard.ts';

/** Cited sources: UN standards, named institutional guides and the research they rest on. */
export const internationalSources: readonly Source[] = [
  {
    key: 'S38',
    title: {
      es: "SAMHSA (EE. UU.), SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach (2014)",
      en: "SAMHSA (US), SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach (2014)",
    },
    note: {
      es: 'Publicación HHS SMA14-4884: los seis principios de la atención informada en trauma (seguridad; confiabilidad y transparencia; apoyo entre pares; colaboración; empoderamiento, voz y elección; cultura, historia y género).',
      en: 'HHS publication SMA14-4884: the six principles of trauma-informed care (safety; trustworthiness and transparency; peer support; collaboration; empowerment, voice and choice; cultural, historical and gender issues).',
    },
    urls: [
      'https://library.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884',
    ],
  },
  {
    key: 'S39',
    title: {
      es: 'Protocolo de entrevista investigativa del NICHD: revisión de la investigación (Lamb y otros, 2007)',
      en: 'NICHD investigative interview protocol: review of the research (Lamb et al., 2007)',
    },
    urls: [
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC2180422/',
      'https://crimesolutions.ojp.gov/ratedprograms/nichd-investigative-interview-protocol',
    ],
  },
  {
    key: 'S40',
    title: {
      es: 'Ministerio de Justicia de Inglaterra y Gales, Achieving Best Evidence in Criminal Proceedings',
      en: 'Ministry of Justice (England and Wales), Achieving Best Evidence in Criminal Proceedings',
    },
    note: {
      es: 'Guía oficial para entrevistar a víctimas y testigos: en el primer contacto, solo las preguntas mínimas necesarias, y anotar las palabras exactas del niño o niña.',
      en: "Official guidance on interviewing victims and witnesses: at first contact, only the minimal questions needed, and note the child's exact words.",
    },
    urls: ['https://www.gov.uk/government/publications/achieving-best-evidence-in-criminal-proceedings'],
  },
  {
    key: 'S41',
    title: {
      es: 'OMS, Responding to children and adolescents who have been sexually abused: WHO clinical guidelines (2017)',
      en: 'WHO, Responding to children and adolescents who have been sexually abused: WHO clinical guidelines (2017)',
    },
    note: {
      es: 'Apoyo de primera línea: escuchar sin juzgar, creer, no culpar, informar con honestidad y proteger la privacidad.',
      en: 'First-line support: listen without judging, believe, do not blame, inform honestly and protect privacy.',
    },
    urls: ['https://www.who.int/publications/i/item/9789241550147'],
  },
  {
    key: 'S42',
    title: {
      es: 'Asociación Internacional de Jefes de Policía (IACP): respuesta policial centrada en la víctima e informada en trauma',
      en: 'International Association of Chiefs of Police (IACP): victim-centred, trauma-informed police response',
    },
    urls: ['https://policechiefmagazine.org/iacpwork-law-enforcement-response-to-victims'],
  },
  {
    key: 'S43',
    title: {
      es: 'Naciones Unidas, Directrices sobre la justicia en asuntos concernientes a los niños víctimas y testigos de delitos (ECOSOC, resolución 2005/20)',
      en: 'United Nations, Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime (ECOSOC resolution 2005/20)',
    },
    note: {
      es: 'Documento E/RES/2005/20, del 22 de julio de 2005: dignidad, protección frente a sufrimientos, privacidad, seguridad y persona de apoyo.',
      en: 'Document E/RES/2005/20, 22 July 2005: dignity, protection from hardship, privacy, safety and a support person.',
    },
    urls: ['https://digitallibrary.un.org/'],
  },
  {
    key: 'S45',
    title: {
      es: 'Policía Nacional de España, revista Ciencia Policial (2023): atención policial a menores víctimas',
      en: 'Spanish National Police, Ciencia Policial journal (2023): police care of child victims',
    },
    urls: [
      'https://policia.es/iep_web/revista_ciencia_policial/2023/181/files/assets/basic-html/page-186.php',
    ],
  },
  {
    key: 'S49',
    title: {
      es: 'Comité de los Derechos del Niño de la ONU, Observación General 10 (2007): los derechos del niño en la justicia de menores',
      en: "UN Committee on the Rights of the Child, General Comment 10 (2007): children's rights in juvenile justice",
    },
    note: {
      es: 'Documento CRC/C/GC/10; reemplazado en 2019 por la Observación General 24, que mantiene estas garantías.',
      en: 'Document CRC/C/GC/10; replaced in 2019 by General Comment 24, which keeps these safeguards.',
    },
    urls: [
      'https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CRC/C/GC/10&Lang=es',
    ],
  },
];
