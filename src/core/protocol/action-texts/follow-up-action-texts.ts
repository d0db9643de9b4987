import type { ActionId } from '../actions.ts';
import type { Localized } from '../localized.ts';

/**
 * What the officer does, for the actions on referral, record and closure.
 * `satisfies` rejects an unknown id; action-texts.ts rejects a missing one.
 */
export const followUpActionTexts = {
  // Referral
  register_report: {
    es: 'Registrar la denuncia, aunque la familia dude',
    en: 'Record the report, even when the family hesitates',
  },
  dissuade_report: {
    es: 'Convencer a la familia de no denunciar ("arréglenlo en casa")',
    en: 'Talk the family out of reporting ("sort it out at home")',
  },
  notify_family_prosecutor: {
    es: 'Comunicar el caso a la Fiscalía de Familia',
    en: 'Inform the family prosecutor (Fiscalía de Familia)',
  },
  notify_criminal_prosecutor: {
    es: 'Comunicar el caso a la Fiscalía Penal',
    en: 'Inform the criminal prosecutor (Fiscalía Penal)',
  },
  involve_specialized_unit: {
    es: 'Dar intervención a la unidad policial especializada (protección de menores, trata, ciberdelincuencia, desaparecidos)',
    en: 'Bring in the specialised police unit (child protection, trafficking, cybercrime, missing persons)',
  },
  arrange_single_interview: {
    es: 'Coordinar con la Fiscalía la entrevista única en Cámara Gesell',
    en: 'Arrange the single interview (Cámara Gesell) with the prosecutor',
  },
  schedule_station_statement: {
    es: 'Citar al niño o niña a declarar en la comisaría',
    en: 'Schedule the child for a statement at the station',
  },
  refer_to_cem: {
    es: 'Derivar al Centro Emergencia Mujer y dar la Línea 100 y el Chat 100',
    en: 'Refer to the Centro Emergencia Mujer and give Línea 100 and Chat 100',
  },
  refer_to_victim_assistance: {
    es: 'Pedir a la Fiscalía que derive a la víctima a la UDAVIT del Ministerio Público',
    en: 'Ask the prosecutor to refer the victim to the Public Ministry victim-assistance unit (UDAVIT)',
  },
  contact_child_protection: {
    es: 'Dar intervención a la DEMUNA (riesgo) o a la UPE (sin cuidador protector)',
    en: 'Involve the DEMUNA (risk) or the UPE (no protective carer)',
  },
  delay_protection_referral: {
    es: 'Dejar para otro día el aviso a la DEMUNA o a la UPE aunque no haya un cuidador protector',
    en: 'Put off informing the DEMUNA or the UPE though there is no protective carer',
  },
  explain_rights_to_adolescent: {
    es: 'Explicar al adolescente retenido, con palabras sencillas, por qué está ahí y cuáles son sus derechos',
    en: 'Tell the held adolescent, in plain words, why he is held and what his rights are',
  },
  notify_parents: {
    es: 'Comunicarse con los padres o el tutor del adolescente',
    en: "Contact the adolescent's parents or guardian",
  },
  request_defense_counsel: {
    es: 'Asegurar un abogado defensor antes de cualquier declaración',
    en: 'Make sure defence counsel is present before any statement',
  },
  hold_with_adults: {
    es: 'Mantener al adolescente junto con adultos detenidos',
    en: 'Hold the adolescent together with detained adults',
  },
  question_without_counsel: {
    es: 'Interrogar al adolescente sobre la infracción sin abogado defensor',
    en: 'Question the adolescent about the offence without defence counsel',
  },
  screen_for_exploitation: {
    es: 'Preguntar, sin sugerir, por presiones, deudas, maltrato o "el jefe"',
    en: 'Ask, without leading, about pressure, debts, abuse or "el jefe"',
  },
  refer_to_public_defense: {
    es: 'Comunicar la denuncia a la Defensa Pública porque el CEM no puede atender',
    en: 'Pass the report to the Public Defence service because the CEM cannot attend',
  },
  leave_without_legal_aid: {
    es: 'Dejar a la familia sin derivación legal porque el CEM está cerrado',
    en: 'Leave the family with no legal referral because the CEM is closed',
  },
  // Documentation
  record_child_words: {
    es: 'Anotar las palabras exactas del niño o niña y quién dijo qué',
    en: "Record the child's own words and who said what",
  },
  record_interpretation: {
    es: 'Escribir conclusiones que el niño o niña no dijo, o pedirle que escriba o dibuje lo ocurrido',
    en: 'Write conclusions the child never stated, or have the child write or draw the account',
  },
  protect_identity: {
    es: 'Rechazar a la prensa y las fotos, y mantener en reserva la identidad del niño o niña',
    en: "Turn away the press and photos, and keep the child's identity out of reach",
  },
  expose_identity: {
    es: 'Dejar filmar a la prensa, publicar el caso o dar el nombre o el colegio a terceros',
    en: 'Let the press film, post the case or give the name or school to outsiders',
  },
  discuss_case_in_public: {
    es: 'Comentar el caso en el mostrador o delante de otras personas',
    en: 'Talk about the case at the counter or in front of others',
  },
  discuss_in_private: {
    es: 'Hablar del caso solo con quienes actúan en él, y en privado',
    en: 'Discuss the case only with those acting on it, in private',
  },
  advise_evidence_preservation: {
    es: 'Aconsejar no borrar chats, anotar usuarios y fechas, y entregar los dispositivos a la Fiscalía',
    en: 'Advise keeping the chats, noting usernames and dates, and handing devices to the prosecutor',
  },
  advise_deleting_evidence: {
    es: 'Aconsejar "borra todo y bloquéalo"',
    en: 'Advise "delete it all and block him"',
  },
  send_complete_court_report: {
    es: 'Remitir al juzgado de familia en 24 horas el informe con identidades, direcciones, hechos y denuncias anteriores',
    en: 'Send the family court, within 24 hours, the report with identities, addresses, facts and earlier reports',
  },
  send_incomplete_court_report: {
    es: 'Remitir al juzgado un informe sin direcciones ni antecedentes, o fuera de plazo',
    en: 'Send the court a report with no addresses or record, or after the deadline',
  },
  // Closure
  explain_next_steps: {
    es: 'Explicar al niño o niña con sencillez lo que sigue y agradecerle',
    en: 'Tell the child simply what happens next and thank them',
  },
  end_abruptly: {
    es: 'Terminar con "eso es todo, ya te puedes ir"',
    en: 'End with "that\'s all, you can go"',
  },
  brief_carer: {
    es: 'Dar al cuidador el número de denuncia, las citas, las medidas, las líneas de ayuda y el consejo de no interrogar al niño o niña',
    en: 'Give the carer the report number, appointments, measures, helplines and advice not to question the child',
  },
  confirm_safe_departure: {
    es: 'Verificar con quién se va el niño o niña y que el presunto agresor no lo espere afuera',
    en: 'Check who the child leaves with and that the alleged aggressor is not waiting outside',
  },
  let_leave_unchecked: {
    es: 'Dejar que el niño o niña se vaya sin verificar con quién ni a dónde',
    en: 'Let the child leave without checking with whom or where to',
  },
  give_written_rights_note: {
    es: 'Entregar al cuidador una constancia escrita con sus derechos, los próximos pasos y los servicios gratuitos',
    en: 'Give the carer a written note of their rights, the next steps and the free services',
  },
  omit_written_rights_note: {
    es: 'Despedir a la familia solo con indicaciones de palabra, sin nada por escrito',
    en: 'Send the family off with spoken directions only, nothing in writing',
  },
} satisfies Partial<Record<ActionId, Localized>>;
