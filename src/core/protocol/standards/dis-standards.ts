import type { StandardText } from '../standard.ts';

/** The DIS standards: phase 4 of STANDARDS.md, in catalogue order. */
export const disStandards: readonly StandardText[] = [
  {
    id: 'DIS-01',
    escalation: {
      es: 'Crítico si se convierte en un relato detallado (ver DIS-02).',
      en: 'Critical when it turns into a detailed account (see DIS-02).',
    },
    title: {
      es: 'Preguntar solo los hechos mínimos',
      en: 'Ask only for the minimal facts',
    },
    feedback: {
      es: 'Limite sus preguntas a lo necesario para proteger al niño o niña y registrar la denuncia: qué pasó en líneas generales, quién, dónde, cuándo aproximadamente y si esa persona todavía tiene acceso a él o ella. Obtenga todo lo que pueda de los adultos que lo trajeron.',
      en: 'Keep your questions to what you need to protect the child and record the report: broadly what happened, who, where, roughly when, and whether that person can still reach the child. Get as much as you can from the adults who brought the child.',
    },
    why: {
      es: 'En el Perú el relato completo del niño o niña se recoge una sola vez, en la entrevista única, a cargo de personal capacitado; cada relato adicional en la comisaría aumenta la angustia y puede contaminar su memoria.',
      en: "In Peru the child's full account is meant to be taken once, by a trained interviewer, in the single interview; each extra telling at the station adds distress and may contaminate the child's memory.",
    },
    basis: {
      es: 'Guía de procedimientos de la PNP, 6.1.1.2: recabar solo la información estrictamente necesaria (G, S06); entrevista única, Ley 30364, art. 19, y Código Procesal Penal, art. 242.1(d) (L-S, S19); guía oficial de primera respuesta: solo las preguntas mínimas (INT, S40); instrucción de la ficha de valoración de riesgo para evitar la revictimización cuando un niño o niña acude solo (L-P, S13).',
      en: 'PNP procedure guide 6.1.1.2: gather only strictly necessary information (G, S06); the single interview, Ley 30364 art. 19 and Code of Criminal Procedure art. 242.1(d) (L-S, S19); official first-response guidance: only the minimal questions (INT, S40); risk-form instruction to avoid revictimisation when a child comes alone (L-P, S13).',
    },
    sources: ['S06', 'S19', 'S40', 'S13'],
    evidence: ['G', 'L-S', 'INT', 'L-P'],
  },
  {
    id: 'DIS-02',
    title: {
      es: 'Nunca hacerle repetir ni detallar el abuso',
      en: 'Never make the child retell the abuse',
    },
    feedback: {
      es: 'No le pida al niño o niña que describa con detalle actos sexuales ni lesiones, y no le pida que vuelva a contar lo ocurrido a otro efectivo, al comisario, a un familiar o para llenar un formulario.',
      en: 'Do not ask the child to describe sexual acts or injuries in detail, and do not ask the child to tell it again for another officer, the station chief, a relative or a form.',
    },
    why: {
      es: 'La repetición es el núcleo de la victimización secundaria y la razón de ser de la entrevista única; las preguntas reiteradas o detalladas de personal no capacitado también pueden dañar la prueba.',
      en: 'Repetition is at the heart of secondary victimisation and the reason the single interview exists; repeated or detailed questioning by untrained staff can also damage the evidence.',
    },
    basis: {
      es: 'Ley 30364, art. 19, y Código Procesal Penal, art. 242.1(d): la declaración de la niña, niño o adolescente se toma una sola vez, en entrevista única, como prueba anticipada (L-S, S19); Ley 30364, art. 25: la reconstrucción de los hechos se hace sin la víctima, salvo que la víctima mayor de 14 años lo pida (L-S, S12); investigación sobre la calidad de las entrevistas a niños y niñas (INT, S39); guía policial comparada: dejar que la víctima espere a quien tomará la declaración formal (INT, S45).',
      en: "Ley 30364 art. 19 and Code of Criminal Procedure art. 242.1(d): the child's statement is taken once, in the single interview, as anticipated evidence (L-S, S19); Ley 30364 art. 25: the reconstruction of the facts takes place without the victim, unless a victim over 14 asks to attend (L-S, S12); research on the quality of interviews with children (INT, S39); comparative police guidance to let the victim wait for whoever takes the formal statement (INT, S45).",
    },
    sources: ['S19', 'S12', 'S39', 'S45'],
    evidence: ['L-S', 'INT'],
  },
  {
    id: 'DIS-03',
    title: {
      es: 'Invitaciones abiertas, no preguntas que sugieren',
      en: 'Open invitations, not leading questions',
    },
    feedback: {
      es: 'Si el niño o niña empieza a hablar, use invitaciones abiertas ("cuéntame más de eso", "¿y qué pasó después?") y asentimientos breves y neutros; evite preguntas de sí o no, de alternativas o sugestivas, y nunca mencione un nombre, un acto o un lugar que el niño o niña no haya dicho.',
      en: 'If the child starts to talk, use open prompts ("tell me more about that", "and then what happened?") and short neutral acknowledgements; avoid yes/no, either/or and suggestive questions, and never bring up a name, act or place the child has not mentioned.',
    },
    why: {
      es: 'Los niños pequeños son sugestionables; las preguntas abiertas dan información más precisa y protegen después la credibilidad del niño o niña.',
      en: "Young children are suggestible; open prompts draw out more accurate information and protect the child's credibility later on.",
    },
    basis: {
      es: 'Investigación sobre el protocolo NICHD (INT, S39); orientación de una revista policial española sobre preguntas no sugestivas (INT, S45).',
      en: 'Research on the NICHD protocol (INT, S39); guidance in a Spanish police journal on non-suggestive questioning (INT, S45).',
    },
    sources: ['S39', 'S45'],
    evidence: ['INT'],
  },
  {
    id: 'DIS-04',
    title: {
      es: 'Sin culpas, sin "¿por qué?", sin juicios morales',
      en: 'No blame, no "why", no moral judgement',
    },
    feedback: {
      es: 'Evite preguntas o comentarios que den a entender que el niño o niña provocó el abuso o pudo evitarlo, o que juzguen su ropa, su conducta, sus relaciones, su sexualidad o lo que hace en internet.',
      en: "Avoid any question or remark suggesting the child caused the abuse or could have prevented it, or judging the child's clothes, behaviour, relationships, sexuality or online activity.",
    },
    why: {
      es: 'Culparse es una de las secuelas más dañinas del abuso; los comentarios que culpan confirman lo que el agresor le dijo.',
      en: 'Self-blame is among the most damaging effects of abuse; blaming remarks confirm what the abuser told the child.',
    },
    basis: {
      es: 'Guía de la PNP, 6.1.1.3.1: no hacer juicios de valor ni referencias innecesarias a la vida íntima, la conducta, la apariencia, las relaciones o la orientación sexual (G, S06); apoyo de primera línea de la OMS: no culpar (INT, S41).',
      en: 'PNP guide 6.1.1.3.1: make no value judgements and no needless references to intimate life, conduct, appearance, relationships or sexual orientation (G, S06); WHO first-line support: do not blame (INT, S41).',
    },
    sources: ['S06', 'S41'],
    evidence: ['G', 'INT'],
  },
  {
    id: 'DIS-05',
    title: {
      es: 'Responder con calma y creerle',
      en: 'Respond calmly and with belief',
    },
    feedback: {
      es: 'Mantenga la calma, agradézcale al niño o niña por contarle, dígale con claridad que lo ocurrido no es su culpa y que usted le va a ayudar; no muestre sorpresa, asco ni duda.',
      en: 'Stay calm, thank the child for telling you, say clearly that what happened is not their fault and that you will help; show no shock, disgust or doubt.',
    },
    why: {
      es: 'La reacción de la primera persona que escucha influye mucho en que el niño o niña siga hablando y en cómo se recupera; el trauma suele verse como confusión, poca expresión emocional o contradicciones, y nada de eso indica que mienta.',
      en: 'How the first listener reacts strongly affects whether the child keeps talking and how they recover; trauma often looks like confusion, flat emotion or contradictions, and none of these mean the child is lying.',
    },
    basis: {
      es: 'Apoyo de primera línea de la OMS: escuchar, creer y no juzgar (INT, S41); trabajo policial informado en trauma sobre cómo interpretar las respuestas al trauma (INT, S42).',
      en: 'WHO first-line support: listen, believe and do not judge (INT, S41); trauma-informed policing on reading trauma responses (INT, S42).',
    },
    sources: ['S41', 'S42'],
    evidence: ['INT'],
  },
  {
    id: 'DIS-06',
    title: {
      es: 'Nunca confrontar ni conciliar con el presunto agresor',
      en: 'No confrontation or conciliation with the alleged aggressor',
    },
    feedback: {
      es: 'No organice ni permita una confrontación cara a cara, un reconocimiento en persona, una reunión para "conversarlo", una disculpa, una mediación o una reconciliación entre el niño o niña (o el cuidador que lo protege) y el presunto agresor.',
      en: 'Do not set up or allow a face-to-face confrontation, an in-person identification, a meeting to "talk it through", an apology, mediation or reconciliation between the child (or the protective carer) and the alleged aggressor.',
    },
    why: {
      es: 'La confrontación retraumatiza, facilita la intimidación y puede llevar al niño o niña a retractarse; los casos de violencia no se concilian.',
      en: 'Confrontation re-traumatises, opens the door to intimidation and can lead the child to retract; violence cases are not for conciliation.',
    },
    basis: {
      es: 'Ley 30364, art. 25: en los casos de violencia contra las mujeres y los integrantes del grupo familiar están prohibidas la confrontación y la conciliación entre la víctima y el agresor, y la reconstrucción de los hechos se hace sin la víctima, salvo que la víctima mayor de 14 años lo pida (L-S, S12); Directrices de la ONU: evitar el contacto con los presuntos autores (INT, S43).',
      en: 'Ley 30364 art. 25: in cases of violence against women and members of the family group, confrontation and conciliation between the victim and the aggressor are forbidden, and the reconstruction of the facts takes place without the victim unless a victim over 14 asks to attend (L-S, S12); UN Guidelines: avoid contact with alleged perpetrators (INT, S43).',
    },
    sources: ['S12', 'S43'],
    evidence: ['L-S', 'INT'],
  },
  {
    id: 'DIS-07',
    title: {
      es: 'Sin falsas promesas ni promesas de secreto',
      en: 'No false promises, no promise of secrecy',
    },
    feedback: {
      es: 'Sea honesto sobre lo que puede y no puede hacer; no prometa guardar secretos, que el agresor irá preso ni que el niño o niña nunca más tendrá que hablar del tema; explique quiénes tendrán que saberlo y por qué.',
      en: 'Be honest about what you can and cannot do; do not promise to keep a secret, that the aggressor will go to prison or that the child will never have to talk about it again; explain who will need to know and why.',
    },
    why: {
      es: 'Una promesa incumplida destruye la confianza en todo el sistema; la transparencia es un principio central de la atención informada en trauma.',
      en: 'A broken promise destroys trust in the whole system; transparency is a core principle of trauma-informed care.',
    },
    basis: {
      es: 'Apoyo de primera línea de la OMS: informar con honestidad (INT, S41); principio de confiabilidad y transparencia de SAMHSA (INT, S38).',
      en: 'WHO first-line support: inform honestly (INT, S41); the SAMHSA principle of trustworthiness and transparency (INT, S38).',
    },
    sources: ['S41', 'S38'],
    evidence: ['INT'],
  },
  {
    id: 'DIS-08',
    title: {
      es: 'No examinar, fotografiar ni ver material íntimo',
      en: 'No examining, photographing or viewing intimate material',
    },
    feedback: {
      es: 'No examine, desvista ni fotografíe el cuerpo del niño o niña ni sus lesiones íntimas, y no le pida que muestre, envíe o describa imágenes sexuales. Deje los exámenes al personal de salud o de Medicina Legal, con consentimiento y asentimiento, y los dispositivos con imágenes sexuales a la Fiscalía o a la unidad especializada.',
      en: "Do not examine, undress or photograph the child's body or intimate injuries, and do not ask the child to show, send or describe sexual images. Leave examinations to health or medico-legal staff, with consent and assent, and leave devices holding sexual images to the prosecutor or the specialised unit.",
    },
    why: {
      es: 'Estos actos repiten la agresión, exceden la función policial y pueden constituir por sí mismos un manejo ilícito de material sexual de niños, niñas y adolescentes.',
      en: "Such acts repeat the violation, go beyond the officer's role and may themselves be unlawful handling of child sexual material.",
    },
    basis: {
      es: 'Guía de examen del IML: examinadores capacitados, consentimiento del cuidador, asentimiento del niño o niña y derecho a interrumpir (G, S21); el Código Penal sanciona como delito el material de abuso sexual de niñas, niños y adolescentes (art. 183-A) (L-S, S29); recomendaciones del MIMP sobre la evidencia digital y división de alta tecnología de la PNP (G, S31); la prohibición de ver o copiar las imágenes en la comisaría es una inferencia (INF).',
      en: 'IML examination guide: trained examiners, carer consent, child assent and the right to stop (G, S21); the Criminal Code makes child sexual abuse material an offence (art. 183-A) (L-S, S29); MIMP advice on digital evidence and the PNP high-tech crime division (G, S31); the rule against viewing or copying the images at the station is an inference (INF).',
    },
    sources: ['S21', 'S29', 'S31'],
    evidence: ['G', 'L-S', 'INF'],
  },
];
