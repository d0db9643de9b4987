import type { Standard } from '../standard.ts';

/** The DIS standards: phase 4 of STANDARDS.md, in catalogue order. */
export const disStandards: readonly Standard[] = [
  {
    id: 'DIS-01',
    competency: 'DIS',
    severity: 'major',
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
      es: 'Guía de procedimientos de la PNP: recoger solo la información estrictamente necesaria (G, S06); régimen de entrevista única (L-S, S19); práctica de hechos mínimos en la primera respuesta (INT, S40); instrucción de la ficha de valoración de riesgo para evitar la revictimización cuando un niño o niña acude solo (L-P, fragmento, S13).',
      en: 'PNP procedure guide: gather only strictly necessary information (G, S06); the single-interview regime (L-S, S19); minimal-facts practice for first responders (INT, S40); risk-form instruction to avoid revictimisation when a child comes alone (L-P, fragment, S13).',
    },
    sources: ['S06', 'S19', 'S40', 'S13'],
    evidence: ['G', 'L-S', 'INT', 'L-P'],
  },
  {
    id: 'DIS-02',
    competency: 'DIS',
    severity: 'critical',
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
      es: 'Entrevista única en Cámara Gesell para evitar declaraciones repetidas (L-S, S19); leyes contra la revictimización de niños y niñas víctimas de delitos sexuales (L-S, S20); estudios sobre entrevistas repetidas y sugestionabilidad (INT, S51); guía policial comparada que indica dejar que la víctima espere a quien tomará la declaración formal (INT, S45).',
      en: 'Single interview in a Cámara Gesell so statements are not repeated (L-S, S19); laws against revictimising child victims of sexual offences (L-S, S20); research on repeated interviews and suggestibility (INT, S51); comparative police guidance to let the victim wait for whoever takes the formal statement (INT, S45).',
    },
    sources: ['S19', 'S20', 'S51', 'S45'],
    evidence: ['L-S', 'INT'],
  },
  {
    id: 'DIS-03',
    competency: 'DIS',
    severity: 'major',
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
    competency: 'DIS',
    severity: 'major',
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
      es: 'Guía de la PNP, 6.1.1.3.1: no hacer juicios de valor ni referencias innecesarias a la vida íntima, la conducta, la apariencia, las relaciones o la orientación sexual (G, S06); orientaciones sobre la revelación (INT, S41).',
      en: 'PNP guide 6.1.1.3.1: make no value judgements and no needless references to intimate life, conduct, appearance, relationships or sexual orientation (G, S06); guidance on disclosure (INT, S41).',
    },
    sources: ['S06', 'S41'],
    evidence: ['G', 'INT'],
  },
  {
    id: 'DIS-05',
    competency: 'DIS',
    severity: 'major',
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
      es: 'Orientaciones sobre la revelación (INT, S41); trabajo policial informado en trauma sobre cómo interpretar las respuestas al trauma (INT, S42); capacitación de Acción por los Niños para la PNP (G, S46).',
      en: 'Guidance on disclosure (INT, S41); trauma-informed policing on reading trauma responses (INT, S42); Acción por los Niños training for the PNP (G, S46).',
    },
    sources: ['S41', 'S42', 'S46'],
    evidence: ['INT', 'G'],
  },
  {
    id: 'DIS-06',
    competency: 'DIS',
    severity: 'critical',
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
      es: 'La confrontación con víctimas menores de 14 años solo procede a su pedido, y el niño o niña no participa en la reconstrucción de los hechos (L-S, S20); la Ley 30364 prohíbe la confrontación y la conciliación (L-S; no se obtuvo el texto primario, verificar); Directrices de la ONU (INT, S43).',
      en: "A confrontation with a victim under 14 happens only at the victim's request, and the child does not attend the reconstruction (L-S, S20); Ley 30364 forbids confrontation and conciliation (L-S; primary text not obtained, to be verified); UN Guidelines (INT, S43).",
    },
    sources: ['S20', 'S43'],
    evidence: ['L-S', 'INT'],
  },
  {
    id: 'DIS-07',
    competency: 'DIS',
    severity: 'major',
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
      es: 'Orientaciones sobre la revelación (INT, S41); principio de confiabilidad y transparencia de SAMHSA (INT, S38).',
      en: 'Guidance on disclosure (INT, S41); the SAMHSA principle of trustworthiness and transparency (INT, S38).',
    },
    sources: ['S41', 'S38'],
    evidence: ['INT'],
  },
  {
    id: 'DIS-08',
    competency: 'DIS',
    severity: 'critical',
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
      es: 'Guía de examen del IML: examinadores capacitados, consentimiento del cuidador, asentimiento del niño o niña y derecho a interrumpir (G, S21); recomendaciones del MIMP y de la división de alta tecnología de la PNP sobre el manejo de la evidencia (L-S/G, S31); la prohibición de ver o copiar imágenes es una inferencia (INF; no se halló fuente peruana).',
      en: 'IML examination guide: trained examiners, carer consent, child assent and the right to stop (G, S21); MIMP and PNP high-tech crime unit advice on handling evidence (L-S/G, S31); the rule against viewing or copying images is an inference (INF; no Peruvian source found).',
    },
    sources: ['S21', 'S31'],
    evidence: ['G', 'L-S', 'INF'],
  },
];
