import type { ActionId } from '../actions.ts';
import type { Localized } from '../localized.ts';

/**
 * What the officer does, for the actions on protection.
 * `satisfies` rejects an unknown id; action-texts.ts rejects a missing one.
 */
export const protectionActionTexts = {
  assess_risk: {
    es: 'Valorar el riesgo inmediato con la ficha de valoración de riesgo',
    en: 'Assess the immediate risk with the risk assessment form',
  },
  send_home_unassessed: {
    es: 'Dejar que el niño o niña vuelva a casa sin preguntar dónde está el presunto agresor',
    en: 'Let the child go home without asking where the alleged aggressor is',
  },
  release_to_suspect: {
    es: 'Entregar al niño o niña al presunto agresor',
    en: 'Hand the child over to the alleged aggressor',
  },
  release_to_unverified_adult: {
    es: 'Entregar al niño o niña a un adulto sin verificar su identidad ni su parentesco',
    en: 'Hand the child to an adult whose identity and relationship were not checked',
  },
  release_to_safe_carer: {
    es: 'Entregar al niño o niña a un cuidador verificado y no implicado, o a los servicios de protección',
    en: 'Hand the child to a verified, non-implicated carer, or to the protection services',
  },
  verify_carer_identity: {
    es: 'Verificar la identidad y el parentesco del adulto que viene a recoger al niño o niña',
    en: 'Check the identity and relationship of the adult collecting the child',
  },
  arrange_medical_care: {
    es: 'Conseguir atención de salud urgente sin esperar trámites',
    en: 'Get urgent health care without waiting for paperwork',
  },
  request_forensic_exam: {
    es: 'Solicitar el examen médico legal, explicado, con consentimiento del cuidador y asentimiento del niño o niña',
    en: "Request the medico-legal exam, explained, with the carer's consent and the child's assent",
  },
  force_forensic_exam: {
    es: 'Decir que el examen médico legal es obligatorio, o enviar al niño o niña sin explicarle',
    en: 'Say the medico-legal exam is compulsory, or send the child without explanation',
  },
  dispatch_patrol: {
    es: 'Enviar un patrullero ante el peligro en curso, manteniendo al niño o niña lejos de la detención',
    en: 'Send a patrol to the ongoing danger, keeping the child away from the arrest',
  },
  delay_intervention: {
    es: 'Decir que no se puede hacer nada hasta que denuncien en la comisaría',
    en: 'Say nothing can be done until they file a report at the station',
  },
  inform_criminal_prosecutor_flagrancy: {
    es: 'Informar de inmediato a la Fiscalía Penal y detener en flagrancia al sospechoso presente (CPP, art. 259)',
    en: 'Inform the criminal prosecutor at once and arrest the suspect on the spot, caught in flagrante (CPP art. 259)',
  },
  issue_missing_alert: {
    es: 'Registrar la desaparición de inmediato y difundir la alerta con foto y datos',
    en: 'Register the disappearance at once and circulate the alert with photo and details',
  },
  delay_missing_alert: {
    es: 'Recibir la denuncia por desaparición pero esperar, o no difundir la alerta',
    en: 'Take the missing-child report but wait, or circulate no alert',
  },
  register_missing_report: {
    es: 'Recibir la denuncia por desaparición en el acto, sin plazo de espera',
    en: 'Take the missing-child report on the spot, with no waiting period',
  },
  ask_to_wait_24_hours: {
    es: 'Pedir a la familia que espere 24 horas antes de denunciar la desaparición',
    en: 'Tell the family to wait 24 hours before reporting the child missing',
  },
  check_missing_reports: {
    es: 'Revisar las denuncias y alertas de desaparición para el niño o niña hallado',
    en: 'Check missing-child reports and alerts for the found child',
  },
  leave_child_unsupervised: {
    es: 'Dejar solo al niño o niña en algún lugar de la comisaría',
    en: 'Leave the child alone anywhere in the station',
  },
  treat_as_victim: {
    es: 'Tratar como víctima a la adolescente explotada, pese a su "consentimiento" o sus documentos',
    en: 'Treat the exploited adolescent as a victim, whatever her "consent" or documents',
  },
  treat_as_offender: {
    es: 'Detener o denunciar a la adolescente explotada (documento falso, "prostitución")',
    en: 'Detain or charge the exploited adolescent (false ID, "prostitution")',
  },
  threaten_with_charge: {
    es: 'Amenazar a una víctima con un cargo o una denuncia (documento falso, "prostitución", robo) para que hable o colabore',
    en: 'Threaten a victim with a charge or prosecution (false ID, "prostitution", theft) to make them talk or cooperate',
  },
  request_protective_measures: {
    es: 'Remitir el caso con la ficha de valoración de riesgo al juzgado de familia para medidas de protección',
    en: 'Send the case with the risk form to the family court for protective measures',
  },
  delay_protective_measures: {
    es: 'Dejar la remisión al juzgado de familia para después del fin de semana o "cuando haya tiempo"',
    en: 'Leave the referral to the family court until after the weekend or "when there is time"',
  },
} satisfies Partial<Record<ActionId, Localized>>;
