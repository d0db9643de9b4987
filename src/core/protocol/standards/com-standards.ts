import type { StandardText } from '../standard.ts';

/** The COM standards: phase 3 of STANDARDS.md, in catalogue order. */
export const comStandards: readonly StandardText[] = [
  {
    id: 'COM-01',
    escalation: {
      es: 'Mayor si se trata de un adolescente en conflicto con la ley penal (ver REF-06).',
      en: 'Major for an adolescent in conflict with the law (see REF-06).',
    },
    title: {
      es: 'Presentarse y hablarle a su nivel',
      en: "Introduce yourself and speak at the child's level",
    },
    feedback: {
      es: 'Salude directamente al niño o niña, dígale su nombre y su función con palabras sencillas, use frases cortas y palabras cotidianas adecuadas a su edad, y compruebe que le ha entendido.',
      en: "Greet the child directly, give your name and role in plain words, use short sentences and everyday words that fit the child's age, and check that the child has understood you.",
    },
    why: {
      es: 'El niño o niña necesita saber con quién habla y para qué; la jerga legal o policial aumenta el miedo y produce respuestas poco confiables.',
      en: 'Children need to know who they are talking to and why; legal or police jargon adds to their fear and yields unreliable answers.',
    },
    basis: {
      es: 'Reglamento de la Ley 30466, art. 12.1: informar a los niños y niñas en un lenguaje claro y acorde con su edad (L-P, S25); CRPA, arts. 19 y 20: deber de asegurar que el adolescente comprenda (L-P, S23); fase de introducción del protocolo NICHD (INT, S39).',
      en: 'Regulation of Ley 30466, art. 12.1: inform children in clear language suited to their age (L-P, S25); CRPA arts. 19–20: the duty to make sure the adolescent understands (L-P, S23); introduction phase of the NICHD protocol (INT, S39).',
    },
    sources: ['S25', 'S23', 'S39'],
    evidence: ['L-P', 'INT'],
  },
  {
    id: 'COM-02',
    title: {
      es: 'Acceso en su propia lengua y según su discapacidad',
      en: 'Language and disability access',
    },
    feedback: {
      es: 'Solicite un intérprete calificado si el niño o niña o su cuidador se expresan mejor en quechua, aimara, una lengua amazónica o lengua de señas peruana, y adapte la comunicación si el niño o niña tiene una discapacidad. Nunca use como intérprete al presunto agresor, a un familiar con interés en el caso ni a otro niño.',
      en: 'Get a qualified interpreter when the child or carer is more comfortable in Quechua, Aymara, an Amazonian language or Peruvian Sign Language, and adapt how you communicate for a child with a disability. Never use the alleged aggressor, a relative with a stake in the case or another child as the interpreter.',
    },
    why: {
      es: 'Un niño o niña que no puede expresarse plenamente no puede ser protegido; un intérprete con intereses propios puede filtrar lo que dice o intimidarlo.',
      en: 'A child who cannot fully express themselves cannot be protected; an interpreter with a stake in the case can filter what is said or intimidate.',
    },
    basis: {
      es: 'Constitución, art. 2 inciso 19: derecho a usar la propia lengua ante cualquier autoridad mediante intérprete (L-P, S33); Código de Responsabilidad Penal de Adolescentes, art. 19: intérprete y atención a la discapacidad auditiva o del habla (L-P, S23); manual del MIMP sobre violencia de género y discapacidad (G, S54); excluir a intérpretes interesados es una inferencia (INF).',
      en: "Constitution art. 2(19): the right to use one's own language before any authority through an interpreter (L-P, S33); Code of Criminal Responsibility of Adolescents art. 19: interpreter and attention to hearing or speech disability (L-P, S23); MIMP manual on gender violence and disability (G, S54); excluding interested interpreters is an inference (INF).",
    },
    sources: ['S33', 'S23', 'S54'],
    evidence: ['L-P', 'G', 'INF'],
  },
  {
    id: 'COM-03',
    title: {
      es: 'Darle el control de la conversación y respetarlo',
      en: 'Give the child control, and honour it',
    },
    feedback: {
      es: 'Dígale al niño o niña que puede responder "no sé" o "no entiendo", corregirle, pedir una pausa o parar; luego haga de verdad la pausa o deténgase cuando lo pida o cuando vea que su angustia aumenta.',
      en: 'Tell the child it is fine to say "I don\'t know" or "I don\'t understand", to correct you, to ask for a break or to stop; then really pause or stop when the child asks or becomes more distressed.',
    },
    why: {
      es: 'Tener el control contrarresta la indefensión que deja el abuso y evita que el niño o niña adivine respuestas; respetar su pedido de parar construye la confianza que necesitará en la entrevista única.',
      en: 'Control counters the helplessness left by abuse and stops the child from guessing; honouring a request to stop builds the trust the later single interview will need.',
    },
    basis: {
      es: 'Reglas básicas del protocolo NICHD (INT, S39); Reglamento de la Ley 30466: hablar es una opción del niño o niña, no una obligación (L-P, S25); guía del IML: derecho a interrumpir el examen (G, S21); principios de SAMHSA de empoderamiento, voz y elección (INT, S38).',
      en: "NICHD protocol ground rules (INT, S39); regulation of Ley 30466: speaking is the child's option, not a duty (L-P, S25); IML guide: the right to interrupt the examination (G, S21); SAMHSA principles of empowerment, voice and choice (INT, S38).",
    },
    sources: ['S39', 'S25', 'S21', 'S38'],
    evidence: ['INT', 'L-P', 'G'],
  },
  {
    id: 'COM-04',
    title: {
      es: 'Ningún contacto físico sin consentimiento',
      en: 'No touch without consent',
    },
    feedback: {
      es: 'Pida permiso antes de cualquier contacto físico y ofrezca consuelo solo si el niño o niña lo busca; no lo abrace, cargue, palmee ni sujete, ni le mueva la ropa, por iniciativa propia.',
      en: 'Ask before any physical contact and comfort the child only if the child seeks it; do not hug, lift, pat or hold the child, or move their clothing, on your own initiative.',
    },
    why: {
      es: 'Un contacto inesperado puede despertar recuerdos del abuso; respetar los límites de su cuerpo le muestra al niño o niña lo que tiene derecho a esperar.',
      en: "Unexpected touch can bring back memories of the abuse; respecting the child's bodily boundaries shows what the child is entitled to expect.",
    },
    basis: {
      es: 'Principios de seguridad y de voz y elección de la atención informada en trauma (INT, S38); los exámenes requieren consentimiento y asentimiento (G, S21); pedir permiso antes de tocar, y consolar solo si el niño o niña lo busca, se deduce de esos principios (INF).',
      en: 'The trauma-informed principles of safety and of voice and choice (INT, S38); examinations require consent and assent (G, S21); asking before touch, and comforting only when the child seeks it, follows from those principles (INF).',
    },
    sources: ['S38', 'S21'],
    evidence: ['INT', 'G', 'INF'],
  },
  {
    id: 'COM-05',
    title: {
      es: 'Sin presiones, amenazas ni negociaciones',
      en: 'No pressure, threats or bargaining',
    },
    feedback: {
      es: 'Deje que el niño o niña decida si habla y cuánto cuenta; no insista, no le amenace con consecuencias, no le prometa premios y no le haga responsable del resultado del caso.',
      en: 'Let the child decide whether to talk and how much to say; do not insist, threaten consequences, promise rewards or make the child responsible for how the case turns out.',
    },
    why: {
      es: 'La presión genera angustia y declaraciones poco confiables, y repite la coerción que muchos niños y niñas maltratados ya han vivido.',
      en: 'Pressure causes distress and unreliable statements, and repeats the coercion many abused children have already lived through.',
    },
    basis: {
      es: 'Reglamento de la Ley 30466: derecho a no expresar su opinión (L-P, S25); protocolo NICHD y apoyo de primera línea de la OMS (INT, S39, S41).',
      en: 'Regulation of Ley 30466: the right not to give an opinion (L-P, S25); the NICHD protocol and WHO first-line support (INT, S39, S41).',
    },
    sources: ['S25', 'S39', 'S41'],
    evidence: ['L-P', 'INT'],
  },
];
