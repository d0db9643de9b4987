import type { StandardText } from '../standard.ts';

/** The REF standards: phase 6 of STANDARDS.md, in catalogue order. */
export const refStandards: readonly StandardText[] = [
  {
    id: 'REF-01',
    title: {
      es: 'Registrar la denuncia y actuar de oficio',
      en: 'Register the report and act ex officio',
    },
    feedback: {
      es: 'Registre la denuncia aunque la familia dude o quiera "pensarlo", y actúe de oficio cuando detecte violencia contra un niño o niña; nunca desanime a la familia ni la convenza de no denunciar.',
      en: 'Record the report even if the family hesitates or wants to "think it over", and act on your own initiative when you detect violence against a child; never discourage the family or talk them out of reporting.',
    },
    why: {
      es: 'Los niños y niñas no pueden protegerse solos; la duda de la familia suele nacer del miedo o de la presión del agresor, y la policía tiene un deber propio de actuar.',
      en: "Children cannot protect themselves; a family's hesitation often comes from fear or from pressure by the aggressor, and the police have their own duty to act.",
    },
    basis: {
      es: 'Guía de la PNP modificada por la Res. 270-2018-COMGE: denunciar de oficio la violencia detectada (G, S07); Reglamento de la Ley 30364, art. 14.1 (L-P, S11); Ley 31156: el personal de salud y de educación está obligado a denunciar (L-P, S10); Ley 30403: el castigo físico y humillante está prohibido en todo ámbito, también en el hogar, así que no se trata como «corrección» (L-S, S58).',
      en: 'PNP guide as amended by Res. 270-2018-COMGE: report detected violence ex officio (G, S07); regulation of Ley 30364 art. 14.1 (L-P, S11); Ley 31156: health and education staff are obliged to report (L-P, S10); Ley 30403: physical and humiliating punishment is forbidden in every setting, the home included, so it is not treated as "discipline" (L-S, S58).',
    },
    sources: ['S07', 'S11', 'S10', 'S58'],
    evidence: ['G', 'L-P', 'L-S'],
  },
  {
    id: 'REF-02',
    title: {
      es: 'Comunicar a la Fiscalía de Familia y, si hay delito, a la Fiscalía Penal',
      en: 'Notify the family prosecutor, and the criminal prosecutor when there is a crime',
    },
    feedback: {
      es: 'En todo caso con un niño o niña víctima (o con un presunto agresor de 14 a 17 años) comunique sin demora a la Fiscalía de Familia; si los hechos constituyen delito, informe también a la Fiscalía Penal y dé intervención a la unidad policial especializada que corresponda (delitos sexuales contra niños, trata, ciberdelincuencia, personas desaparecidas).',
      en: 'In every case with a child victim (or an alleged aggressor aged 14 to 17) inform the family prosecutor (Fiscalía de Familia) without delay; where the facts are a crime, also inform the criminal prosecutor and bring in the relevant specialised police unit (sexual offences against children, trafficking, cybercrime, missing persons).',
    },
    why: {
      es: 'La Fiscalía de Familia vela por la protección del niño o niña desde la etapa policial; la Fiscalía Penal dirige la investigación y la entrevista única.',
      en: "The family prosecutor watches over the child's protection from the police stage on; the criminal prosecutor directs the investigation and the single interview.",
    },
    basis: {
      es: 'Reglamento de la Ley 30364, art. 14.2: si la víctima es niña, niño o adolescente, la denuncia se comunica también a la Fiscalía de Familia (L-P, S11); las agresiones contra integrantes del grupo familiar son delito (Código Penal, art. 122-B), igual que la trata (art. 153) y el chantaje sexual (art. 176-C), y por eso se informa a la Fiscalía Penal (L-S, S29); unidades especializadas: división de protección de niñas, niños y adolescentes de la PNP, Dirintrap, DIVINDAT, DIVIBPD (G, S47, S31, S28).',
      en: 'Regulation of Ley 30364 art. 14.2: when the victim is a child, the report also goes to the family prosecutor (L-P, S11); assault on members of the family group is a crime (Criminal Code art. 122-B), as are trafficking (art. 153) and sexual blackmail (art. 176-C), which is why the criminal prosecutor is informed (L-S, S29); specialised units: the PNP child-protection division, Dirintrap, DIVINDAT, DIVIBPD (G, S47, S31, S28).',
    },
    sources: ['S11', 'S29', 'S47', 'S31', 'S28'],
    evidence: ['L-P', 'L-S', 'G'],
  },
  {
    id: 'REF-03',
    escalation: {
      es: 'Crítico si va acompañado de una vulneración de DIS-02.',
      en: 'Critical when combined with a DIS-02 breach.',
    },
    title: {
      es: 'Derivar el relato a la entrevista única',
      en: 'Channel the account to the single interview',
    },
    feedback: {
      es: 'Coordine con la Fiscalía para que el testimonio del niño o niña se tome una sola vez, en la entrevista única (Cámara Gesell o sala de entrevista) a cargo de un psicólogo capacitado, y explíqueselo al cuidador y, con palabras sencillas, al niño o niña.',
      en: "Work with the prosecutor so the child's testimony is taken once, in the single interview (Cámara Gesell or interview room) by a trained psychologist, and explain this to the carer and, simply, to the child.",
    },
    why: {
      es: 'Una sola entrevista bien hecha protege tanto al niño o niña como al caso.',
      en: 'One well-run interview protects both the child and the case.',
    },
    basis: {
      es: 'Ley 30364, art. 19, y Código Procesal Penal, art. 242.1(d): entrevista única en Cámara Gesell o sala de entrevista, tramitada como prueba anticipada, bajo la conducción del Ministerio Público (L-S, S19, S56).',
      en: 'Ley 30364 art. 19 and Code of Criminal Procedure art. 242.1(d): single interview in a Cámara Gesell or interview room, handled as anticipated evidence and led by the Public Ministry (L-S, S19, S56).',
    },
    sources: ['S19', 'S56'],
    evidence: ['L-S'],
  },
  {
    id: 'REF-04',
    title: {
      es: 'Derivar al CEM y dar las líneas de ayuda',
      en: 'Refer to the CEM and give the helplines',
    },
    feedback: {
      es: 'Derive el caso al Centro Emergencia Mujer (o, cuando la Fiscalía lo disponga, como en la trata, a su Unidad de Asistencia a Víctimas y Testigos, UDAVIT) para apoyo psicológico, social y legal, y entregue a la familia el número de la Línea 100 (y el Chat 100 para adolescentes).',
      en: 'Pass the case to the Centro Emergencia Mujer (CEM) (or, when the prosecutor so decides, as in trafficking, to its victim and witness assistance unit, UDAVIT) for psychological, social and legal support, and give the family Línea 100 (and Chat 100 for adolescents).',
    },
    why: {
      es: 'El contacto con la policía es solo un paso; la recuperación y el seguimiento legal requieren servicios especializados, y la familia necesita un contacto disponible las 24 horas.',
      en: 'Contact with the police is only one step; recovery and legal follow-up need specialised services, and the family needs a contact available 24 hours a day.',
    },
    basis: {
      es: 'Reglamento de la Ley 30364, art. 14.1: las denuncias se comunican al Centro Emergencia Mujer (L-P, S11); servicios del CEM y de la Línea 100 (G, S32); en trata y otros delitos, la Fiscalía deriva a la víctima a su Unidad de Asistencia a Víctimas y Testigos (UDAVIT) (G, S59).',
      en: 'Regulation of Ley 30364 art. 14.1: reports are passed on to the Centro Emergencia Mujer (L-P, S11); CEM and Línea 100 services (G, S32); in trafficking and other crimes, the prosecutor refers the victim to its victim and witness assistance unit (UDAVIT) (G, S59).',
    },
    sources: ['S11', 'S32', 'S59'],
    evidence: ['L-P', 'G'],
  },
  {
    id: 'REF-05',
    escalation: {
      es: 'Crítico si el niño o niña termina con el presunto agresor.',
      en: 'Critical when the child ends up with the alleged aggressor.',
    },
    title: {
      es: 'Activar la ruta de protección si no hay un cuidador seguro',
      en: 'Activate child protection when there is no safe carer',
    },
    feedback: {
      es: 'Cuando no haya un cuidador protector, los cuidadores estén implicados o exista riesgo o desprotección familiar, comunique a la Fiscalía de Familia y a los servicios de protección: la DEMUNA en situaciones de riesgo y la Unidad de Protección Especial (UPE) del MIMP en casos de desprotección familiar.',
      en: 'When there is no protective carer, the carers are involved, or there is a risk or an actual lack of family protection, inform the family prosecutor and the child-protection services: the DEMUNA for risk situations, the MIMP Special Protection Unit (UPE) for lack of family protection.',
    },
    why: {
      es: 'La policía no puede decidir el cuidado a largo plazo; son los organismos especializados los que evalúan a la familia y dictan medidas de protección.',
      en: 'The police cannot decide on long-term care; specialised bodies assess the family and order protective measures.',
    },
    basis: {
      es: 'DL 1297 y su reglamento; distribución de funciones entre la DEMUNA y la UPE (L-S, S27); Reglamento de la Ley 30364, art. 14.3 (L-P, S11).',
      en: 'DL 1297 and its regulation; the division of roles between DEMUNA and UPE (L-S, S27); regulation of Ley 30364, art. 14.3 (L-P, S11).',
    },
    sources: ['S27', 'S11'],
    evidence: ['L-S', 'L-P'],
  },
  {
    id: 'REF-06',
    title: {
      es: 'Adolescente en conflicto con la ley penal: primero sus derechos',
      en: 'Adolescent in conflict with the law: rights first',
    },
    feedback: {
      es: 'Explique de inmediato al adolescente, con palabras que entienda, por qué está retenido y que tiene derecho a que se avise a sus padres, a un abogado desde el primer momento y a guardar silencio; comunique a sus padres o tutor y a la Fiscalía; manténgalo separado de los adultos (y a las mujeres separadas de los varones); no le tome declaración sin abogado defensor; respete el plazo de 24 horas y entréguelo a sus padres cuando la ley lo disponga.',
      en: 'Tell the adolescent at once, in words they understand, why they are being held and that they have the right to have their parents told, to a lawyer from the first moment and to stay silent; contact the parents or guardian and the prosecutor; keep the adolescent apart from adults (girls apart from boys); take no statement without defence counsel; respect the 24-hour limit and release to the parents where the law requires.',
    },
    why: {
      es: 'Los adolescentes son especialmente vulnerables a la coerción; las garantías procesales los protegen a ellos y a la validez del caso, y la detención debe ser excepcional y breve.',
      en: 'Adolescents are especially open to coercion; procedural safeguards protect them and the validity of the case, and detention must be exceptional and short.',
    },
    basis: {
      es: 'Código de Responsabilidad Penal de Adolescentes (DL 1348), arts. 19 y 20: la PNP debe informar los derechos, proveer intérprete y asegurar la comprensión (L-P, S23); art. 39: detención policial y entrega a los padres en infracciones leves, separación de los adultos y plazo de 24 horas (L-S, S23); art. 34.2: la restricción de la libertad como último recurso (L-P, S23).',
      en: 'Code of Criminal Responsibility of Adolescents (DL 1348) arts. 19–20: the PNP must inform of rights, provide an interpreter and ensure understanding (L-P, S23); art. 39: police detention and release to the parents for minor offences, separation from adults and the 24-hour limit (L-S, S23); art. 34.2: restricting liberty only as a last resort (L-P, S23).',
    },
    sources: ['S23'],
    evidence: ['L-P', 'L-S'],
  },
  {
    id: 'REF-07',
    title: {
      es: 'Buscar a la víctima detrás de la infracción',
      en: 'Look for the victim behind the offence',
    },
    feedback: {
      es: 'Cuando traigan a un adolescente por una infracción, pregunte sin sugerir respuestas por presiones de adultos, deudas, maltrato en casa o explotación, y derive a los servicios de protección si aparecen señales.',
      en: 'When an adolescent is brought in for an offence, ask without leading about pressure from adults, debts, abuse at home or exploitation, and refer to protection services if signs appear.',
    },
    why: {
      es: 'Los adolescentes usados por adultos para delinquir, o que huyen del maltrato, suelen ser ante todo víctimas; no verlo los deja en peligro.',
      en: 'Adolescents used by adults to commit offences, or running from abuse, are often victims first; missing it leaves them in danger.',
    },
    basis: {
      es: 'Comité de los Derechos del Niño de la ONU, Observación General 10: advierte contra criminalizar a los niños por conductas de supervivencia o por actos cometidos mientras eran víctimas de trata o explotación (INT, S49); CRPA, art. 34.2: privación de libertad como último recurso (L-P, S23); la conversación de detección en sí es una inferencia (INF).',
      en: 'UN Committee on the Rights of the Child, General Comment 10: warns against criminalising children for survival behaviour or for acts committed while trafficked or exploited (INT, S49); CRPA art. 34.2: deprivation of liberty as a last resort (L-P, S23); the screening conversation itself is an inference (INF).',
    },
    sources: ['S49', 'S23'],
    evidence: ['INT', 'L-P', 'INF'],
  },
  {
    id: 'REF-08',
    title: {
      es: 'Si el CEM no puede atender, derivar a la Defensa Pública',
      en: 'When the CEM cannot attend, refer to the Public Defence service',
    },
    feedback: {
      es: 'Comunique la denuncia al Centro Emergencia Mujer de la jurisdicción; si el CEM no puede atender (está cerrado, no hay uno cerca o no tiene personal disponible), comuníquela al servicio de Defensa Pública del Ministerio de Justicia para que la víctima tenga asistencia legal gratuita, y deje constancia de ello.',
      en: 'Pass the report to the local Centro Emergencia Mujer; when the CEM cannot attend (it is closed, there is none nearby or no one is available), pass it to the Public Defence service of the Ministry of Justice so the victim has free legal assistance, and record that you did.',
    },
    why: {
      es: 'Sin asistencia legal, la familia queda sola frente al proceso; la ley prevé un servicio de reemplazo precisamente para los lugares y horarios a los que el CEM no llega.',
      en: 'Without legal assistance the family faces the proceedings alone; the law provides a fallback service precisely for the places and hours the CEM does not reach.',
    },
    basis: {
      es: 'Reglamento de la Ley 30364, art. 14.1, modificado por DS 004-2019-MIMP: la denuncia se comunica al Centro Emergencia Mujer de la jurisdicción o, en los lugares donde este no pueda brindar la atención, a los servicios de Defensa Pública del Ministerio de Justicia y Derechos Humanos (L-P, S11).',
      en: 'Regulation of Ley 30364 art. 14.1, as amended by DS 004-2019-MIMP: the report is passed to the local Centro Emergencia Mujer or, where it cannot attend, to the Public Defence services of the Ministry of Justice and Human Rights (L-P, S11).',
    },
    sources: ['S11'],
    evidence: ['L-P'],
  },
];
