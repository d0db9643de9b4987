import type { StandardText } from '../standard.ts';

/** The PRO standards: phase 5 of STANDARDS.md, in catalogue order. */
export const proStandards: readonly StandardText[] = [
  {
    id: 'PRO-01',
    escalation: {
      es: 'Crítico si termina en una vulneración de PRO-02 (entrega al presunto agresor o a un adulto no verificado).',
      en: 'Critical when it leads to a PRO-02 breach (release to the alleged aggressor or an unverified adult).',
    },
    title: {
      es: 'Valorar el riesgo ahora y planificar esta noche',
      en: 'Assess risk now and plan for tonight',
    },
    feedback: {
      es: 'Valore el riesgo inmediato (si el presunto agresor vive con el niño o niña o tiene acceso a él o ella, amenazas, armas, violencia previa, quién lo cuidará esta noche), use la ficha de valoración de riesgo cuando corresponda y actúe según el resultado.',
      en: 'Assess the immediate risk (whether the alleged aggressor lives with or can reach the child, threats, weapons, earlier violence, who will look after the child tonight), use the official risk form (ficha de valoración de riesgo) where it applies, and act on what it shows.',
    },
    why: {
      es: 'La mayor parte de la violencia contra niños y niñas ocurre en casa; devolverlo sin un plan de seguridad puede exponerlo a represalias esa misma noche.',
      en: 'Most violence against children happens at home; sending a child back without a safety plan can expose them to retaliation that same night.',
    },
    basis: {
      es: 'Ficha de valoración de riesgo del Reglamento de la Ley 30364, que la Policía aplica al recibir la denuncia, con instrucciones para niños y niñas que acuden solos (L-P, S13); criterios de riesgo del DL 1386, entre ellos la diferencia de edad y la dependencia (L-S, S17).',
      en: 'The risk assessment form of the regulation of Ley 30364, which the police fill in on receiving a report, including instructions for children who come alone (L-P, S13); DL 1386 risk criteria such as age difference and dependency (L-S, S17).',
    },
    sources: ['S13', 'S17'],
    evidence: ['L-P', 'L-S'],
  },
  {
    id: 'PRO-02',
    title: {
      es: 'Nunca entregarlo al presunto agresor ni a un adulto no verificado',
      en: 'Never release the child to the alleged aggressor or an unverified adult',
    },
    feedback: {
      es: 'Entregue al niño o niña solo a un cuidador verificado y no implicado; si no lo hay o existe alguna duda, manténgalo a salvo y dé intervención a la Fiscalía de Familia y a los servicios de protección.',
      en: 'Hand the child over only to a verified carer who is not involved; if there is none, or any doubt, keep the child safe and bring in the family prosecutor (Fiscalía de Familia) and the child-protection services.',
    },
    why: {
      es: 'Devolver al niño o niña a la persona que señaló como agresor es el desenlace más peligroso que puede tener un contacto con la policía.',
      en: 'Giving the child back to the person they accused is the most dangerous way a police contact can end.',
    },
    basis: {
      es: 'Interés superior del niño (L-P/L-S, S25, S26); ruta de protección del DL 1297: DEMUNA ante situaciones de riesgo, UPE ante desprotección familiar (L-S, S27); Reglamento de la Ley 30364, art. 14.3 (L-P, S11); instrucción policial comparada de no entregar al niño o niña a cuidadores implicados en los hechos (INT, S45).',
      en: 'Best interests of the child (L-P/L-S, S25, S26); DL 1297 protection route: DEMUNA for risk, UPE for lack of family protection (L-S, S27); regulation of Ley 30364, art. 14.3 (L-P, S11); comparative police instruction not to hand a child to carers involved in the facts (INT, S45).',
    },
    sources: ['S25', 'S26', 'S27', 'S11', 'S45'],
    evidence: ['L-P', 'L-S', 'INT'],
  },
  {
    id: 'PRO-03',
    title: {
      es: 'Atención de salud y examen médico legal adecuados',
      en: 'Health care and the medico-legal exam, done properly',
    },
    feedback: {
      es: 'Consiga atención de salud urgente para el niño o niña sin esperar trámites; solicite el examen médico legal por el canal correspondiente, explíqueselo al cuidador y al niño o niña, y hágalo solo con el consentimiento informado del cuidador y el asentimiento del niño o niña.',
      en: "Get urgent health care for the child without waiting for paperwork; request the medico-legal examination through the proper channel, explain it to the carer and the child, and go ahead only with the carer's informed consent and the child's assent.",
    },
    why: {
      es: 'La salud va primero y parte de la atención no puede esperar; un examen impuesto es traumático en sí mismo y el niño o niña puede negarse.',
      en: 'Health comes first and some care cannot wait; an examination forced on a child is traumatic in itself and can be refused.',
    },
    basis: {
      es: 'Guía del IML sobre la evaluación de la integridad sexual: consentimiento informado y asentimiento (G, S21); NTS 164-MINSA/2020: atención de emergencia gratuita sin denuncia previa y anticoncepción de emergencia dentro de las 72 horas (L-S, S48).',
      en: 'IML guide on sexual-integrity examinations: informed consent and assent (G, S21); MINSA standard NTS 164-2020: free emergency care with no prior report, and emergency contraception within 72 hours (L-S, S48).',
    },
    sources: ['S21', 'S48'],
    evidence: ['G', 'L-S'],
  },
  {
    id: 'PRO-04',
    title: {
      es: 'En flagrancia o peligro inminente, actuar y proteger al niño o niña',
      en: 'In flagrante or imminent danger: act, and shield the child',
    },
    feedback: {
      es: 'Si la violencia está ocurriendo o el agresor es sorprendido en flagrancia, intervenga para detenerla y arreste según lo permita la ley; en lo posible, mantenga al niño o niña lejos de la escena de la detención, e informe a la Fiscalía y al juzgado de familia.',
      en: 'When violence is going on or the aggressor is caught in the act, step in to stop it and arrest as the law allows, keep the child away from the arrest where you can, and inform the prosecutor and the family court.',
    },
    why: {
      es: 'Actuar de inmediato protege al niño o niña; presenciar la detención violenta de su padre o madre también le causa angustia.',
      en: 'Acting at once protects the child; watching a parent being arrested violently is distressing in its own right.',
    },
    basis: {
      es: 'Código Procesal Penal, art. 259: la Policía detiene sin orden judicial a quien sorprende en flagrancia, y da cuenta de inmediato a la Fiscalía Penal, que conduce la investigación (L-S, S56); DL 1386 y Ley 31715: facultades para ingresar al domicilio y retirar al agresor (L-S, S17, S14); apartar al niño o niña de la escena es una inferencia (INF).',
      en: 'Code of Criminal Procedure art. 259: the police arrest without a warrant anyone caught in flagrante delicto, and report at once to the criminal prosecutor, who directs the investigation (L-S, S56); DL 1386 and Ley 31715 powers to enter the home and remove the aggressor (L-S, S17, S14); shielding the child from the scene is an inference (INF).',
    },
    sources: ['S56', 'S17', 'S14'],
    evidence: ['L-S', 'INF'],
  },
  {
    id: 'PRO-05',
    title: {
      es: 'Niño o niña desaparecido: actuar de inmediato',
      en: 'Missing child: act at once',
    },
    feedback: {
      es: 'Registre la denuncia por desaparición en el acto, reúna una foto reciente y los datos clave (dónde se le vio por última vez, ropa, contactos, cuentas en redes sociales), emita la Nota de Alerta y solicite la Alerta de Emergencia o Alerta Amber cuando se cumplan los criterios; considere como explicaciones posibles el acoso sexual por internet (grooming), la trata y el abuso en casa.',
      en: 'Register the missing-child report on the spot, collect a recent photo and the key details (where last seen, clothing, contacts, social-media accounts), issue the alert notice (Nota de Alerta) and request the emergency or Amber alert when the criteria are met; consider online grooming, trafficking and abuse at home as possible explanations.',
    },
    why: {
      es: 'Las primeras horas son decisivas; la idea de "esperar 24 horas" es un mito que ha costado la vida de niños y niñas.',
      en: 'The first hours decide the outcome; "wait 24 hours" is a myth that has cost children their lives.',
    },
    basis: {
      es: 'Ley 29685 y su Reglamento: la denuncia por la desaparición de una niña, niño o adolescente se recibe de inmediato, sin esperar 24 horas, y se tramita con prioridad dentro de las 24 horas de presentada (L-S, S55); DL 1428 y su Reglamento, para las personas denunciadas como desaparecidas: Nota de Alerta y Alerta de Emergencia (art. 16) (L-S, S28).',
      en: 'Ley 29685 and its regulation: a report of a missing child is taken at once, with no 24-hour wait, and processed with priority within 24 hours of being made (L-S, S55); DL 1428 and its regulation, for persons reported missing: an alert notice (Nota de Alerta) and an emergency alert (art. 16) (L-S, S28).',
    },
    sources: ['S55', 'S28'],
    evidence: ['L-S'],
  },
  {
    id: 'PRO-06',
    escalation: {
      es: 'Crítico si se vulnera PRO-02 (entrega al presunto agresor o a un adulto no verificado).',
      en: 'Critical when PRO-02 is breached (release to the alleged aggressor or an unverified adult).',
    },
    title: {
      es: 'Niño o niña extraviado: espera segura, búsqueda de la familia y verificación',
      en: 'Lost or unaccompanied child: safe wait, tracing, identity checks',
    },
    feedback: {
      es: 'Mantenga al niño o niña extraviado en un lugar seguro, supervisado y adecuado para su edad (nunca en una celda) y tranquilícelo; revise si hay una denuncia por su desaparición, intente ubicar a su familia, comunique el caso a la Fiscalía de Familia y, antes de entregarlo, verifique la identidad y el parentesco de quien venga a recogerlo, dejando constancia de la entrega.',
      en: 'Keep a lost child in a safe, supervised, child-appropriate place (never a cell) and reassure the child; check whether the child has been reported missing, try to trace the family, inform the family prosecutor, and before any handover check the identity and relationship of whoever comes to collect the child, recording the handover.',
    },
    why: {
      es: 'Un niño o niña extraviado tiene miedo y está a merced de cualquiera que lo reclame; algunos niños "perdidos" huyen de un abuso, han sido abandonados o son víctimas de trata.',
      en: 'Lost children are scared and at the mercy of anyone who claims them; some "lost" children are running from abuse, or have been abandoned or trafficked.',
    },
    basis: {
      es: 'Ruta tutelar del DL 1297: la Fiscalía de Familia y, ante una presunta desprotección familiar, la Unidad de Protección Especial (UPE) del MIMP (L-S, S27); revisar si existe una denuncia por su desaparición, porque las alertas del DL 1428 son para personas denunciadas como desaparecidas, no para un niño o niña hallado (L-S, S28); instrucción policial comparada sobre la entrega documentada (INT, S45); los detalles de la verificación de identidad son una inferencia (INF).',
      en: 'The DL 1297 tutelary route: the family prosecutor and, where a lack of family protection is presumed, the MIMP Special Protection Unit (UPE) (L-S, S27); check whether the child has been reported missing, since DL 1428 alerts are for persons reported missing, not for a child who has been found (L-S, S28); comparative police instruction on a documented handover (INT, S45); the details of identity checks are an inference (INF).',
    },
    sources: ['S27', 'S28', 'S45'],
    evidence: ['L-S', 'INT', 'INF'],
  },
  {
    id: 'PRO-07',
    title: {
      es: 'La adolescente explotada o víctima de trata es una víctima',
      en: 'A trafficked or exploited adolescent is a victim',
    },
    feedback: {
      es: 'Trate como víctima a la adolescente hallada en explotación sexual o laboral: no la detenga ni la denuncie por prostitución, por documentos falsos ni por haber "consentido", sepárela de quienes la controlan y aplique con la Fiscalía el protocolo de atención a víctimas de trata.',
      en: 'Treat an adolescent found in sexual or labour exploitation as a victim: do not detain or charge her for prostitution, false documents or "consenting", separate her from the people controlling her, and apply the trafficking-victim protocol with the prosecutor.',
    },
    why: {
      es: 'Según la ley peruana, explotar a una persona menor de edad es trata aunque parezca haber consentimiento; tratar a la víctima como infractora reproduce el control de los tratantes y destruye su colaboración.',
      en: "Under Peruvian law, exploiting a minor is trafficking whatever consent there seems to be; treating the victim as an offender recreates the traffickers' control and destroys her cooperation.",
    },
    basis: {
      es: 'Código Penal, art. 153: captar o acoger a un niño, niña o adolescente con fines de explotación es trata aunque no se use ningún medio coercitivo (L-P, citado, S29); protocolo de la PNP para la atención de víctimas de trata, RM 1305-2013-IN (G, S30).',
      en: 'Código Penal art. 153: recruiting or harbouring a child or adolescent for exploitation is trafficking even without any coercive means (L-P, quoted, S29); PNP protocol for trafficking victims, RM 1305-2013-IN (G, S30).',
    },
    sources: ['S29', 'S30'],
    evidence: ['L-P', 'G'],
  },
  {
    id: 'PRO-08',
    title: {
      es: 'Llevar el caso al juzgado de familia para medidas de protección',
      en: 'Get the case to the family court for protective measures',
    },
    feedback: {
      es: 'En casos de violencia familiar, complete la ficha de valoración de riesgo y remita el caso al juzgado de familia dentro de las 24 horas, también en fin de semana o feriado, para que dicte medidas de protección, y explique al cuidador protector cómo la policía las hará cumplir.',
      en: 'In family-violence cases, complete the risk form and send the case to the family court within 24 hours, weekends and holidays included, so it can issue protective measures, and explain to the protective carer how the police will enforce them.',
    },
    why: {
      es: 'Las medidas de protección (retiro del agresor, prohibición de acercarse) son lo que mantiene seguro al niño o niña en casa, y la policía es la encargada de ejecutarlas.',
      en: 'Protective measures (removing the aggressor, no-contact orders) are what keep the child safe at home, and it is the police who carry them out.',
    },
    basis: {
      es: 'Ley 30364 y su Reglamento: la Policía remite el caso al juzgado de familia dentro de las 24 horas, con la ficha de valoración de riesgo (L-S, S12, S13); Ley 30364, art. 16, modificado por el DL 1386 y la Ley 31715: el juzgado dicta las medidas de protección en un plazo de horas según el riesgo, y en riesgo severo dentro de las 24 horas (L-S, S17, S14); medidas de protección explicadas en gob.pe (G, S15); la Policía ejecuta las medidas dictadas (Ley 31715) (L-S, S14).',
      en: 'Ley 30364 and its regulation: the police send the case to the family court within 24 hours, with the risk form (L-S, S12, S13); Ley 30364 art. 16, as amended by DL 1386 and Ley 31715: the court issues protective measures within hours depending on the risk, and within 24 hours when the risk is severe (L-S, S17, S14); protective measures explained on gob.pe (G, S15); the police enforce the measures issued (Ley 31715) (L-S, S14).',
    },
    sources: ['S12', 'S13', 'S17', 'S14', 'S15'],
    evidence: ['L-S', 'G'],
  },
];
