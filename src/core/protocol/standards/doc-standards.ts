import type { StandardText } from '../standard.ts';

/** The DOC standards: phase 7 of STANDARDS.md, in catalogue order. */
export const docStandards: readonly StandardText[] = [
  {
    id: 'DOC-01',
    title: {
      es: 'Un registro preciso y neutral',
      en: 'An accurate, neutral record',
    },
    feedback: {
      es: 'Anote las palabras exactas del niño o niña (entre comillas cuando sea posible), indique quién aportó cada dato, describa lo que observó sin interpretarlo y registre la hora de cada comunicación y derivación.',
      en: "Write down the child's own words (in quotation marks where you can), note who gave each fact, describe what you saw without interpreting it, and record the time of every notification and referral.",
    },
    why: {
      es: 'Un registro preciso evita que el niño o niña tenga que repetir su historia, respalda a la Fiscalía y demuestra que se cumplieron los plazos.',
      en: 'A precise record spares the child from repeating the story, supports the prosecutor and shows the deadlines were kept.',
    },
    basis: {
      es: 'Guía oficial de primera respuesta: anotar las palabras exactas y no pedir al niño o niña declaraciones escritas ni dibujos (INT, S40, S41); plazos de comunicación al juzgado de familia (L-P, S13).',
      en: 'Official first-response guidance: note the exact words and take no written statements or drawings from the child (INT, S40, S41); deadlines for reporting to the family court (L-P, S13).',
    },
    sources: ['S40', 'S41', 'S13'],
    evidence: ['INT', 'L-P'],
  },
  {
    id: 'DOC-02',
    title: {
      es: 'Proteger su identidad y su imagen',
      en: "Protect the child's identity and image",
    },
    feedback: {
      es: 'Nunca dé a la prensa, a las redes sociales ni a personas ajenas al caso el nombre, la imagen, el colegio, la dirección u otros datos que identifiquen al niño o niña; impida que lo fotografíen en la comisaría.',
      en: "Never give the child's name, image, school, address or other identifying details to the media, on social networks or to anyone outside the case; stop anyone photographing the child at the station.",
    },
    why: {
      es: 'La exposición trae estigma, represalias y daño duradero; la ley peruana prohíbe difundir la identidad o la imagen de niños, niñas y adolescentes víctimas o testigos.',
      en: 'Exposure brings stigma, retaliation and lasting harm; Peruvian law forbids publishing the identity or image of child victims and witnesses.',
    },
    basis: {
      es: 'DL 1377: se prohíbe difundir la identidad o la imagen de niñas, niños y adolescentes víctimas (L-S, S22); Código de Responsabilidad Penal de Adolescentes, art. 33: reserva de la identidad (L-P, S23); difuminar el rostro no basta si el niño o niña puede ser reconocido (INF).',
      en: 'DL 1377: publishing the identity or image of child victims is forbidden (L-S, S22); Code of Criminal Responsibility of Adolescents art. 33: confidential identity (L-P, S23); blurring the face is not enough if the child can still be recognised (INF).',
    },
    sources: ['S22', 'S23'],
    evidence: ['L-S', 'L-P', 'INF'],
  },
  {
    id: 'DOC-03',
    title: {
      es: 'Compartir solo con quien necesita saber',
      en: 'Share on a need-to-know basis',
    },
    feedback: {
      es: 'Hable del caso solo con quienes deben actuar en él, y en privado; nunca en el pasillo, en la atención al público ni delante del niño o niña o de otros detenidos; guarde los expedientes de forma segura.',
      en: 'Discuss the case only with the people who must act on it, and in private; never in the corridor, at the front desk or in front of the child or detainees; keep the files secure.',
    },
    why: {
      es: 'Un comentario descuidado difunde la historia del niño o niña por el barrio y puede llegar al agresor.',
      en: "Careless talk spreads the child's story around the neighbourhood and can reach the aggressor.",
    },
    basis: {
      es: 'Directrices de la ONU: derecho a la privacidad (INT, S43); ley de protección de datos personales, aplicable a niños y niñas (L-S, S22); la práctica en la comisaría es una inferencia (INF).',
      en: 'UN Guidelines: right to privacy (INT, S43); personal-data protection law, which covers children (L-S, S22); station practice is an inference (INF).',
    },
    sources: ['S43', 'S22'],
    evidence: ['INT', 'L-S', 'INF'],
  },
  {
    id: 'DOC-04',
    escalation: {
      es: 'Crítico si se copian o reenvían imágenes íntimas (ver DIS-08).',
      en: 'Critical when intimate images are copied or forwarded (see DIS-08).',
    },
    title: {
      es: 'Preservar la evidencia sin dañar al niño o niña',
      en: 'Preserve evidence without harming the child',
    },
    feedback: {
      es: 'Aconseje a la familia no borrar mensajes ni cuentas, que los adultos anoten nombres de usuario, enlaces y fechas, que guarden la ropa u objetos según se les indique y que entreguen los dispositivos a la Fiscalía o a la unidad de ciberdelincuencia. No copie ni reenvíe ninguna imagen íntima.',
      en: 'Advise the family not to delete messages or accounts, to have adults note usernames, links and dates, to keep clothing or objects as instructed, and to hand devices to the prosecutor or the cybercrime unit. Do not copy or forward any intimate image.',
    },
    why: {
      es: 'Una buena evidencia evita exigirle más al niño o niña después; las imágenes mal manejadas lo revictimizan y pueden ser ilegales.',
      en: 'Good evidence spares the child further demands later on; mishandled images revictimise and may be unlawful.',
    },
    basis: {
      es: 'Recomendaciones del MIMP de conservar los mensajes, las capturas de pantalla, las fechas y las horas, y división de alta tecnología de la PNP (G, S31); el chantaje sexual, incorporado por el DL 1410 (Código Penal, art. 176-C), y las proposiciones sexuales por medios digitales (art. 183-B) son delitos (L-S, S57, S29); la regla sobre el manejo de imágenes es una inferencia (INF).',
      en: 'MIMP advice to keep messages, screenshots, dates and times, and the PNP high-tech crime division (G, S31); sexual blackmail, added by DL 1410 (Criminal Code art. 176-C), and sexual propositions by digital means (art. 183-B) are offences (L-S, S57, S29); the image-handling rule is an inference (INF).',
    },
    sources: ['S31', 'S57', 'S29'],
    evidence: ['G', 'L-S', 'INF'],
  },
  {
    id: 'DOC-05',
    title: {
      es: 'El informe al juzgado de familia, a tiempo y completo',
      en: 'The report to the family court, on time and complete',
    },
    feedback: {
      es: 'Remita al juzgado de familia, dentro de las 24 horas de recibida la denuncia, el informe policial con su contenido mínimo: nombre, documento, dirección y teléfono de la víctima, de quien denuncia y de la persona denunciada; fecha y resumen de los hechos; diligencias realizadas; denuncias anteriores de la víctima y antecedentes de la persona denunciada; y la ficha de valoración de riesgo.',
      en: 'Send the family court, within 24 hours of receiving the report, the police report with its minimum content: name, ID, address and phone number of the victim, of the person reporting and of the person reported; date and summary of the facts; steps taken; earlier reports by the victim and the record of the person reported; and the risk assessment form.',
    },
    why: {
      es: 'El juzgado decide las medidas de protección con lo que recibe: un informe tardío o incompleto retrasa o debilita la protección del niño o niña. En sus supervisiones, la Defensoría del Pueblo encontró comisarías que excedían el plazo de 24 horas.',
      en: "The court decides on protective measures with what it receives: a late or incomplete report delays or weakens the child's protection. In its supervisions the Defensoría del Pueblo found stations that missed the 24-hour deadline.",
    },
    basis: {
      es: 'Reglamento de la Ley 30364: la Policía remite al juzgado de familia, dentro de las 24 horas de recibida la denuncia, el informe o atestado policial con un contenido mínimo (identidad y dirección de la víctima, de quien denuncia y de la persona denunciada, hechos, diligencias y denuncias anteriores) (L-S, S13); Ley 30364 (L-P, S12); hallazgos de la Defensoría del Pueblo sobre demoras en el envío (G, S35).',
      en: 'Regulation of Ley 30364: within 24 hours of receiving the report, the police send the family court the police report with a minimum content (identity and address of the victim, of the person reporting and of the person reported, facts, steps taken and earlier reports) (L-S, S13); Ley 30364 (L-P, S12); Defensoría del Pueblo findings on late reports (G, S35).',
    },
    sources: ['S13', 'S12', 'S35'],
    evidence: ['L-S', 'L-P', 'G'],
  },
];
