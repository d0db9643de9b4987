import type { StandardId } from './standard-ids.ts';

/**
 * The officer-action vocabulary of ACTIONS.md: the ids stories put in `do:` tags,
 * with the standard each one meets or violates. Conditional severities and context
 * rules live in protocol-rules.ts; this table is the unconditional part.
 * Ids are stable: never rename one, add new ones with their rule.
 */
export const actionRules = {
  // Reception
  attend_immediately: { met: 'REC-01' },
  defer_or_redirect: { violated: 'REC-01' },
  demand_formalities: { violated: 'REC-02' },
  accept_without_formalities: { met: 'REC-02' },
  check_urgent_needs: { met: 'REC-03' },
  paperwork_first: {},
  receive_carer_respectfully: { met: 'REC-04' },
  blame_carer: { violated: 'REC-04' },
  // Environment
  move_to_private_room: { met: 'ENV-01' },
  talk_in_public_area: { violated: 'ENV-01' },
  keep_child_out_of_earshot: { met: 'ENV-01' },
  let_child_hear_account: { violated: 'ENV-01' },
  place_child_near_detainees: { violated: 'ENV-02' },
  keep_child_in_safe_area: { met: 'ENV-02' },
  separate_from_suspect: { met: 'ENV-03' },
  allow_contact_with_suspect: { violated: 'ENV-03' },
  ask_child_who_stays: { met: 'ENV-04' },
  insist_adult_stays: { violated: 'ENV-04' },
  offer_officer_choice: { met: 'ENV-05' },
  ignore_officer_preference: { violated: 'ENV-05' },
  // Communication
  introduce_self_simply: { met: 'COM-01' },
  use_jargon: { violated: 'COM-01' },
  request_interpreter: { met: 'COM-02' },
  use_interested_interpreter: { violated: 'COM-02' },
  explain_child_can_stop: { met: 'COM-03' },
  pause_for_child: { met: 'COM-03' },
  press_child_to_continue: { violated: 'COM-03' },
  ask_before_touch: { met: 'COM-04' },
  touch_without_consent: { violated: 'COM-04' },
  pressure_or_bargain: { violated: 'COM-05' },
  let_child_decide: { met: 'COM-05' },
  build_rapport: {},
  neutral: {},
  // Disclosure
  gather_facts_from_adult: { met: 'DIS-01' },
  ask_minimal_facts: { met: 'DIS-01', accountQuestion: true },
  ask_for_details: { violated: 'DIS-01', accountQuestion: true },
  ask_child_to_repeat: { violated: 'DIS-02', accountQuestion: true },
  defer_account_to_single_interview: { met: 'DIS-02' },
  ask_open_question: { met: 'DIS-03', accountQuestion: true },
  ask_leading_question: { violated: 'DIS-03', accountQuestion: true },
  ask_option_question: { violated: 'DIS-03', severity: 'minor', accountQuestion: true },
  ask_why_or_blame: { violated: 'DIS-04', accountQuestion: true },
  counter_self_blame: { met: 'DIS-04' },
  express_belief: { met: 'DIS-05' },
  express_doubt_or_shock: { violated: 'DIS-05' },
  arrange_confrontation: { violated: 'DIS-06' },
  refuse_confrontation: { met: 'DIS-06' },
  promise_secrecy: { violated: 'DIS-07' },
  promise_outcome: { violated: 'DIS-07' },
  explain_who_must_know: { met: 'DIS-07' },
  examine_or_photograph_child: { violated: 'DIS-08' },
  view_intimate_images: { violated: 'DIS-08' },
  ask_to_describe_images: { violated: 'DIS-08', severity: 'critical', accountQuestion: true },
  leave_exam_to_professionals: { met: 'DIS-08' },
  // Protection
  assess_risk: { met: 'PRO-01' },
  send_home_unassessed: { violated: 'PRO-01' },
  release_to_suspect: { violated: 'PRO-02' },
  release_to_unverified_adult: { violated: 'PRO-02' },
  release_to_safe_carer: { met: 'PRO-02' },
  verify_carer_identity: { met: 'PRO-06' },
  arrange_medical_care: { met: 'PRO-03' },
  request_forensic_exam: { met: 'PRO-03' },
  force_forensic_exam: { violated: 'PRO-03' },
  dispatch_patrol: { met: 'PRO-04' },
  delay_intervention: { violated: 'PRO-04' },
  inform_criminal_prosecutor_flagrancy: { met: 'PRO-04' },
  issue_missing_alert: { met: 'PRO-05' },
  delay_missing_alert: { violated: 'PRO-05' },
  register_missing_report: { met: 'PRO-05' },
  ask_to_wait_24_hours: { violated: 'PRO-05' },
  check_missing_reports: { met: 'PRO-06' },
  leave_child_unsupervised: { violated: 'PRO-06' },
  treat_as_victim: { met: 'PRO-07' },
  treat_as_offender: { violated: 'PRO-07' },
  threaten_with_charge: { violated: 'PRO-07', severity: 'critical' },
  request_protective_measures: { met: 'PRO-08' },
  delay_protective_measures: { violated: 'PRO-08' },
  // Referral
  register_report: { met: 'REF-01' },
  dissuade_report: { violated: 'REF-01' },
  notify_family_prosecutor: { met: 'REF-02' },
  notify_criminal_prosecutor: { met: 'REF-02' },
  involve_specialized_unit: { met: 'REF-02' },
  arrange_single_interview: { met: 'REF-03' },
  schedule_station_statement: { violated: 'REF-03' },
  refer_to_cem: { met: 'REF-04' },
  refer_to_victim_assistance: { met: 'REF-04' },
  contact_child_protection: { met: 'REF-05' },
  delay_protection_referral: { violated: 'REF-05' },
  explain_rights_to_adolescent: { met: 'REF-06' },
  notify_parents: { met: 'REF-06' },
  request_defense_counsel: { met: 'REF-06' },
  hold_with_adults: { violated: 'REF-06' },
  question_without_counsel: { violated: 'REF-06' },
  screen_for_exploitation: { met: 'REF-07' },
  refer_to_public_defense: { met: 'REF-08' },
  leave_without_legal_aid: { violated: 'REF-08' },
  // Documentation
  record_child_words: { met: 'DOC-01' },
  record_interpretation: { violated: 'DOC-01' },
  protect_identity: { met: 'DOC-02' },
  expose_identity: { violated: 'DOC-02' },
  discuss_case_in_public: { violated: 'DOC-03' },
  discuss_in_private: { met: 'DOC-03' },
  advise_evidence_preservation: { met: 'DOC-04' },
  advise_deleting_evidence: { violated: 'DOC-04' },
  send_complete_court_report: { met: 'DOC-05' },
  send_incomplete_court_report: { violated: 'DOC-05' },
  // Closure
  explain_next_steps: { met: 'CLO-01' },
  end_abruptly: { violated: 'CLO-01' },
  brief_carer: { met: 'CLO-02' },
  confirm_safe_departure: { met: 'CLO-03' },
  let_leave_unchecked: { violated: 'CLO-03' },
  give_written_rights_note: { met: 'CLO-04' },
  omit_written_rights_note: { violated: 'CLO-04' },
} as const satisfies Record<string, ActionRule>;

export interface ActionRule {
  readonly met?: StandardId;
  readonly violated?: StandardId;
  /** Overrides the standard's base severity for this action's violation. */
  readonly severity?: 'minor' | 'major' | 'critical';
  /** A question about the account (ACTIONS.md "Context rules"). */
  readonly accountQuestion?: boolean;
}

export type ActionId = keyof typeof actionRules;
export const actionIds = Object.keys(actionRules) as readonly ActionId[];

export function isActionId(value: string): value is ActionId {
  return Object.hasOwn(actionRules, value);
}

export function actionRule(id: ActionId): ActionRule {
  return actionRules[id];
}
