import type { StandardText } from '../standard.ts';

/** The ENV standards: phase 2 of STANDARDS.md, in catalogue order. */
export const envStandards: readonly StandardText[] = [
  {
    id: 'ENV-01',
    title: {
      es: 'Un espacio privado y adecuado para niños',
      en: 'A private, child-friendly space',
    },
    feedback: {
      es: 'Converse con el niño o niña en una sala donde nadie pueda verlos ni escucharlos, con el menor número posible de personas y lejos de la atención al público. Si los niños solo acompañan a un adulto que denuncia, manténgalos en una zona de juego o de espera donde no oigan el relato del adulto.',
      en: "Speak with the child in a room where no one can see in or overhear, with as few people present as possible and away from the front desk. If children are only there with an adult who is reporting, keep them in a play or waiting area where they cannot hear the adult's account.",
    },
    why: {
      es: 'La privacidad protege la dignidad y hace posible hablar; los niños y niñas que escuchan relatos de violencia sufren un daño adicional.',
      en: 'Privacy protects dignity and makes it possible to speak; children who overhear accounts of violence are hurt further.',
    },
    basis: {
      es: 'En sus supervisiones, la Defensoría del Pueblo recomendó ambientes con privacidad visual y auditiva para las declaraciones y constató comisarías sin áreas exclusivas para recibir denuncias (G, S35); el principio de sencillez de la Ley 30364, art. 2, pide espacios amigables para las víctimas (L-P, S12); Directrices de la ONU: privacidad y protección frente a sufrimientos (INT, S43); IACP: entrevistar en ambientes cómodos (INT, S42).',
      en: 'In its supervisions the Defensoría del Pueblo recommended rooms with visual and acoustic privacy for statements and found stations with no dedicated area to take reports (G, S35); the simplicity principle in art. 2 of Ley 30364 calls for friendly spaces for victims (L-P, S12); UN Guidelines: privacy and protection from hardship (INT, S43); IACP: interview in comfortable settings (INT, S42).',
    },
    sources: ['S35', 'S12', 'S43', 'S42'],
    evidence: ['G', 'L-P', 'INT'],
  },
  {
    id: 'ENV-02',
    title: {
      es: 'Lejos de detenidos, celdas y armas',
      en: 'Away from detainees, cells and weapons',
    },
    feedback: {
      es: 'Asegúrese de que el niño o niña nunca espere ni sea entrevistado cerca de las celdas, de adultos detenidos, del lugar donde se guardan las armas o del tránsito del público.',
      en: 'Make sure the child never waits or is interviewed close to the cells, detained adults, the weapons store or the flow of the public.',
    },
    why: {
      es: 'Una comisaría asusta y puede ser físicamente peligrosa para un niño o niña; estar cerca de detenidos o de armas lo retraumatiza y crea un riesgo real.',
      en: 'A police station is frightening and can be physically dangerous for a child; being near detainees or weapons re-traumatises and creates real risk.',
    },
    basis: {
      es: 'La Defensoría del Pueblo (2018) advirtió que las comisarías carecen de protocolos de seguridad para mantener a los niños lejos de los detenidos y de objetos peligrosos (G, S36); Directrices de la ONU sobre niños víctimas y testigos: protección frente a sufrimientos y derecho a la seguridad (INT, S43).',
      en: 'The Defensoría del Pueblo (2018) found that stations lack safety protocols to keep children away from detainees and dangerous objects (G, S36); UN Guidelines on child victims and witnesses: protection from hardship and the right to safety (INT, S43).',
    },
    sources: ['S36', 'S43'],
    evidence: ['G', 'INT'],
  },
  {
    id: 'ENV-03',
    title: {
      es: 'Ningún contacto con el presunto agresor',
      en: 'No contact with the alleged aggressor',
    },
    feedback: {
      es: 'Impida todo contacto cara a cara, visual o verbal entre el niño o niña y el presunto agresor (o quienes lo apoyan) dentro de la comisaría, también en pasillos y salas de espera, y nunca permita que él "acompañe" al niño o niña.',
      en: 'Prevent any face-to-face, visual or spoken contact between the child and the alleged aggressor (or his allies) inside the station, corridors and waiting areas included, and never let him "accompany" the child.',
    },
    why: {
      es: 'Ver al agresor puede aterrorizar al niño o niña, hacerle callar y exponerle a amenazas o presiones.',
      en: 'Seeing the aggressor can terrify the child, stop the disclosure and expose the child to threats or pressure.',
    },
    basis: {
      es: 'Ley 30364, art. 25: está prohibida la confrontación entre la víctima y el agresor (L-S, S12); Directrices de la ONU: evitar el contacto con los presuntos autores (INT, S43); hablar con los informantes por separado y lejos del niño o niña es una inferencia (INF).',
      en: 'Ley 30364 art. 25: confrontation between the victim and the aggressor is forbidden (L-S, S12); UN Guidelines: avoid contact with alleged perpetrators (INT, S43); speaking with informants separately, away from the child, is an inference (INF).',
    },
    sources: ['S12', 'S43'],
    evidence: ['L-S', 'INT', 'INF'],
  },
  {
    id: 'ENV-04',
    escalation: {
      es: 'Crítico si el adulto al que se deja entrar es el presunto agresor (ver ENV-03).',
      en: 'Critical when the adult let in is the alleged aggressor (see ENV-03).',
    },
    title: {
      es: 'Decidir con cuidado quién acompaña al niño o niña',
      en: 'Choose carefully who stays with the child',
    },
    feedback: {
      es: 'Averigüe quién es el adulto acompañante y qué relación tiene con los hechos; si el niño o niña lo desea, permita la presencia de un adulto de confianza no implicado; excluya a quien sea sospechoso o lo presione, y tome en cuenta si no quiere que esté presente alguno de sus padres.',
      en: "Find out who the accompanying adult is and how they are connected to the events; let a trusted adult who is not involved stay if the child wants one; keep out anyone suspected or applying pressure; and take into account a child's wish not to have a particular parent present.",
    },
    why: {
      es: 'La persona de apoyo adecuada reduce el miedo; la equivocada (el agresor, un aliado suyo o un familiar que no le cree) silencia o intimida al niño o niña.',
      en: 'The right support person eases fear; the wrong one (the aggressor, one of his allies or a relative who doubts the child) silences or intimidates.',
    },
    basis: {
      es: 'Reglamento de la Ley 30466, art. 12.1: el niño o niña puede pedir no ser acompañado por uno de sus padres, lo que se valora según su edad y las circunstancias (L-P, S25); guía de examen del IML: acompañante elegido por la persona examinada (G, S21); Directrices de la ONU: persona de apoyo (INT, S43).',
      en: 'Regulation of Ley 30466, art. 12.1: a child may ask not to be accompanied by a parent, weighed against age and circumstances (L-P, S25); IML examination guide: a companion chosen by the person examined (G, S21); UN Guidelines: support person (INT, S43).',
    },
    sources: ['S25', 'S21', 'S43'],
    evidence: ['L-P', 'G', 'INT'],
  },
  {
    id: 'ENV-05',
    title: {
      es: 'Ofrecer elegir quién le atiende',
      en: 'Offer a choice of officer',
    },
    feedback: {
      es: 'Cuando sea posible, y sobre todo en casos de violencia sexual, pregunte al niño o niña si prefiere hablar con una policía mujer o con un policía varón, y respete su preferencia.',
      en: 'Where possible, and above all in sexual-violence cases, ask the child whether they would rather talk to a female or a male officer, and respect the answer.',
    },
    why: {
      es: 'Poder elegir le devuelve al niño o niña una sensación de control; muchas víctimas de violencia sexual se sienten más seguras con un efectivo policial de determinado sexo.',
      en: 'Having a choice gives the child back a sense of control; many survivors of sexual violence feel safer with an officer of a particular gender.',
    },
    basis: {
      es: 'INF: es una buena práctica; el catálogo no cita una norma peruana que dé a la víctima el derecho a elegir el sexo del efectivo que la atiende. Apoyo indirecto: la guía de examen del IML permite que, si la persona examinada lo desea, esté presente una policía mujer (G, S21); principio de voz y elección de SAMHSA (INT, S38).',
      en: 'INF: this is good practice; the catalogue cites no Peruvian rule giving the victim a right to choose the gender of the officer. Indirect support: the IML examination guide lets a female PNP officer be present if the person examined wishes (G, S21); SAMHSA voice and choice (INT, S38).',
    },
    sources: ['S21', 'S38'],
    evidence: ['INF', 'G', 'INT'],
  },
];
