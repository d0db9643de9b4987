import type { StandardText } from '../standard.ts';

/** The REC standards: phase 1 of STANDARDS.md, in catalogue order. */
export const recStandards: readonly StandardText[] = [
  {
    id: 'REC-01',
    escalation: {
      es: 'Crítico si el caso es de violencia sexual o de un niño o niña desaparecido, o si el niño o niña está en peligro en este momento.',
      en: 'Critical when the case involves sexual violence or a missing child, or the child is in danger right now.',
    },
    title: { es: 'Recibir el caso de inmediato', en: 'Take the case at once' },
    feedback: {
      es: 'Reciba de inmediato toda denuncia que involucre a un niño, niña o adolescente, en esta comisaría y a cualquier hora. No envíe a la familia a la comisaría de "su" jurisdicción, no le pida que vuelva otro día ni que espere a que pase un plazo.',
      en: 'Take any report about a child straight away, at this station and at any hour. Do not send the family to "their" station, ask them to come back another day, or make them wait for some period to pass.',
    },
    why: {
      es: 'Cada demora deja al niño o niña expuesto y le dice a la familia que su caso no importa. La ley peruana exige que la policía actúe con prontitud, y cuando un niño o niña está desaparecido las primeras horas son las que más cuentan.',
      en: 'Every delay leaves the child unprotected and tells the family their case does not matter. Peruvian law requires the police to act promptly, and when a child is missing the first hours count most.',
    },
    basis: {
      es: 'Ley 30364, art. 2: principio de intervención inmediata y oportuna (L-P, S12); Reglamento de la Ley 30364, art. 14.1: la Policía recibe la denuncia en cualquiera de sus dependencias, bajo responsabilidad (L-P, S11); si un niño o niña está desaparecido, la Ley 29685 y su Reglamento exigen recibir la denuncia de inmediato, sin plazo de espera, y tramitarla dentro de las 24 horas (L-S, S55).',
      en: 'Ley 30364 art. 2: the principle of immediate and timely intervention (L-P, S12); regulation of Ley 30364 art. 14.1: the police take the report at any of their stations, under responsibility (L-P, S11); when a child is missing, Ley 29685 and its regulation require the report to be taken at once, with no waiting period, and processed within 24 hours (L-S, S55).',
    },
    sources: ['S12', 'S11', 'S55'],
    evidence: ['L-P', 'L-S'],
  },
  {
    id: 'REC-02',
    escalation: {
      es: 'Crítico si se despide al niño o niña sin que el caso quede registrado.',
      en: 'Critical when the child is sent away and the case is never recorded.',
    },
    title: { es: 'Sin requisitos formales', en: 'No formal barriers' },
    feedback: {
      es: 'Reciba la denuncia sin exigir DNI, abogado, lesiones visibles, certificado médico ni pruebas previas. Acepte también la denuncia que presente el propio niño, niña o adolescente sin compañía, o cualquier otra persona en su nombre.',
      en: "Take the report without asking for an ID card, a lawyer, visible injuries, a medical certificate or prior evidence. Also accept a report from the child on their own, or from any other person on the child's behalf.",
    },
    why: {
      es: 'Los niños y niñas casi nunca llegan con documentos ni con adultos que sepan hacer trámites; cada requisito adicional es un motivo para rendirse, y la ley eliminó esos requisitos precisamente por eso.',
      en: 'Children seldom arrive with documents or with adults who know how to deal with officialdom; each extra requirement is a reason to give up, which is exactly why the law removed them.',
    },
    basis: {
      es: 'Ley 30364, art. 15, modificado por la Ley 31156: la denuncia puede ser verbal o escrita, la puede presentar cualquier persona y no requiere abogado, pago, formalidad, resultados de exámenes ni huellas visibles (L-P, S10); el Reglamento permite que la niña, niño o adolescente denuncie sin compañía de un adulto (L-S, S13). La Ley 31715 pide identificar a quien denuncia, con reserva cuando corresponda (L-S, S14); leída con los principios de intervención inmediata y de sencillez de la Ley 30364, art. 2 (S12), esa identificación no permite rechazar una denuncia por falta de DNI (INF).',
      en: 'Art. 15 of Ley 30364 as amended by Ley 31156: a report may be oral or written, anyone may make it, and no lawyer, fee, formality, test result or visible mark is needed (L-P, S10); the regulation lets a child report without an adult (L-S, S13). Ley 31715 asks for the reporting person to be identified, with confidentiality where it applies (L-S, S14); read with the principles of immediate intervention and simplicity in art. 2 of Ley 30364 (S12), this does not allow a report to be refused for lack of an ID card (INF).',
    },
    sources: ['S10', 'S13', 'S14', 'S12'],
    evidence: ['L-P', 'L-S', 'INF'],
  },
  {
    id: 'REC-03',
    escalation: {
      es: 'Crítico si se pasa por alto una necesidad que pone en riesgo la vida o que no puede esperar.',
      en: 'Critical when a life-threatening or time-critical need is ignored.',
    },
    title: {
      es: 'Primero la seguridad y la salud',
      en: 'Safety and health first',
    },
    feedback: {
      es: 'Antes que nada, averigüe si el niño o niña necesita atención médica urgente, si alguien corre peligro inmediato y si el presunto agresor está presente o cerca, y atienda primero esas necesidades.',
      en: 'Before anything else, find out whether the child needs urgent medical care, whether anyone is in immediate danger and whether the alleged aggressor is present or close by, and deal with those needs first.',
    },
    why: {
      es: 'La seguridad física y emocional va antes que los formularios: un niño o niña con dolor o con miedo no puede conversar, y parte de la atención médica no puede esperar (por ejemplo, dentro de las 72 horas siguientes a una violencia sexual).',
      en: 'Physical and emotional safety comes before forms: a child in pain or afraid cannot take part, and some medical care cannot wait (for example, within 72 hours of sexual violence).',
    },
    basis: {
      es: 'Guía de Procedimientos de la PNP para la Ley 30364, 6.1.1.2: priorizar la atención de las víctimas directas e indirectas (G, S06); guía oficial de primera respuesta: atender primero la seguridad y el bienestar (INT, S40); la atención de salud de emergencia por violencia sexual es gratuita y no requiere denuncia previa, y la anticoncepción de emergencia tiene un plazo de 72 horas (L-S, S48); principio de seguridad de SAMHSA (INT, S38).',
      en: 'PNP procedure guide for Ley 30364, 6.1.1.2: give priority to caring for direct and indirect victims (G, S06); official first-response guidance: deal with safety and welfare first (INT, S40); emergency health care after sexual violence is free and needs no prior report, and emergency contraception has a 72-hour window (L-S, S48); the SAMHSA safety principle (INT, S38).',
    },
    sources: ['S06', 'S40', 'S48', 'S38'],
    evidence: ['G', 'INT', 'L-S'],
  },
  {
    id: 'REC-04',
    title: {
      es: 'Recibir sin juzgar a quien acompaña o denuncia',
      en: 'Receive carers and reporters without judgement',
    },
    feedback: {
      es: 'Trate con respeto y sin reproches a la madre, el padre, el familiar, el docente o el vecino que acompaña al niño o niña, pero manténgase atento a señales de que esa persona pueda estar implicada o presionándolo.',
      en: 'Treat the parent, relative, teacher or neighbour who comes with the child respectfully and without blame, while watching for signs that they may be involved or putting pressure on the child.',
    },
    why: {
      es: 'Un adulto al que se culpa puede retirar la denuncia o desquitarse con el niño o niña; los cuidadores que no son agresores son su principal protección después de la denuncia.',
      en: "A carer who feels blamed may drop the report or take it out on the child; carers who are not the aggressor are the child's main protection afterwards.",
    },
    basis: {
      es: 'Guía de la PNP, 6.1.1.3.1: no emitir opiniones ni juicios de valor hacia la víctima (G, S06); IACP: evitar comentarios que resten importancia al trauma (INT, S42); un reproche a quien denuncia lo disuade de seguir el caso y de volver (INF).',
      en: 'PNP guide 6.1.1.3.1: express no opinions or value judgements about the victim (G, S06); IACP: avoid comments that play down trauma (INT, S42); reproaching the person who reports puts them off pursuing the case or coming back (INF).',
    },
    sources: ['S06', 'S42'],
    evidence: ['G', 'INT', 'INF'],
  },
];
