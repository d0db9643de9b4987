import { actionRule, type ActionId } from './actions.ts';
import type { CaseType } from './case-types.ts';
import type { StandardId } from './standard-ids.ts';
import type { RuleRow } from './rule-row.ts';

export { holds, type Condition, type RuleRow, type SituationFlag } from './rule-row.ts';
export { requirementExcuses, type Excuse } from './requirement-excuses.ts';

const sexualViolence: readonly CaseType[] = ['sexual_violence'];
/** Types in which a child's account is an account of abuse (DIS-02 applies without a disclosure). */
const abuseTypes: readonly CaseType[] = [
  'sexual_violence',
  'domestic_violence',
  'physical_punishment',
  'trafficking',
  'online_abuse',
  'missing_child',
];
const notAbuseTypes: readonly CaseType[] = ['lost_child', 'conflict_with_law'];

// prettier-ignore -- one rule per line: the table reads like the protocol
export const ruleRows: readonly RuleRow[] = [
  // REC-01: turning a child away
  {
    action: 'defer_or_redirect',
    when: { caseTypes: ['sexual_violence'] },
    standard: 'REC-01',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'sexual_violence',
  },
  {
    action: 'defer_or_redirect',
    when: { caseTypes: ['missing_child'] },
    standard: 'REC-01',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'missing_child',
  },
  {
    action: 'defer_or_redirect',
    when: { active: 'childInDanger' },
    standard: 'REC-01',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'child_in_danger',
  },
  // REC-03: paperwork before urgent needs
  {
    action: 'paperwork_first',
    when: { active: 'urgentNeed' },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'major',
  },
  {
    action: 'paperwork_first',
    when: { active: 'urgentNeed', caseTypes: sexualViolence },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'sexual_violence',
  },
  // REC-03: a child who spoke of self-harm is belittled or pushed
  {
    action: 'express_doubt_or_shock',
    when: { active: 'selfHarmRisk' },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'self_harm_risk',
  },
  {
    action: 'pressure_or_bargain',
    when: { active: 'selfHarmRisk' },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'self_harm_risk',
  },
  {
    action: 'press_child_to_continue',
    when: { active: 'selfHarmRisk' },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'self_harm_risk',
  },
  {
    action: 'end_abruptly',
    when: { active: 'selfHarmRisk' },
    standard: 'REC-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'self_harm_risk',
  },
  // COM-01: jargon to an adolescent in conflict with the law
  {
    action: 'use_jargon',
    when: { caseTypes: ['conflict_with_law'] },
    standard: 'COM-01',
    outcome: 'violated',
    severity: 'major',
    escalation: 'conflict_with_law',
  },
  // DIS-01: in a sexual-violence case the account is not taken at the station
  {
    action: 'ask_open_question',
    when: { caseTypes: sexualViolence, inactive: 'accountGiven' },
    standard: 'DIS-01',
    outcome: 'violated',
    severity: 'major',
    escalation: 'sexual_violence',
  },
  // DIS-02: details and repetitions of an account of abuse
  {
    action: 'ask_for_details',
    when: { caseTypes: sexualViolence },
    standard: 'DIS-02',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'sexual_violence',
  },
  {
    action: 'ask_for_details',
    when: { active: 'accountGiven' },
    standard: 'DIS-02',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'account_given',
  },
  {
    action: 'ask_child_to_repeat',
    when: { caseTypes: notAbuseTypes, inactive: 'accountGiven' },
    standard: 'DIS-01',
    outcome: 'violated',
    severity: 'minor',
    replaces: 'DIS-02',
  },
  // DIS-03: leading and option questions about abuse
  {
    action: 'ask_leading_question',
    when: { caseTypes: sexualViolence },
    standard: 'DIS-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'sexual_violence',
  },
  {
    action: 'ask_leading_question',
    when: { active: 'accountGiven' },
    standard: 'DIS-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'account_given',
  },
  {
    action: 'ask_option_question',
    when: { caseTypes: sexualViolence },
    standard: 'DIS-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'sexual_violence',
  },
  {
    action: 'ask_option_question',
    when: { active: 'accountGiven', caseTypes: abuseTypes },
    standard: 'DIS-03',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'account_given',
  },
  // DOC-04: deleting the evidence of online abuse
  {
    action: 'advise_deleting_evidence',
    when: { caseTypes: ['online_abuse'] },
    standard: 'DOC-04',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'online_abuse',
  },
  // PRO-02 / PRO-06: no child is handed to an adult whose identity was not checked
  {
    action: 'release_to_unverified_adult',
    when: {},
    standard: 'PRO-06',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'unverified_adult',
  },
  {
    action: 'release_to_unverified_adult',
    when: {},
    standard: 'PRO-02',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'unverified_adult',
  },
  {
    action: 'release_to_safe_carer',
    when: { active: 'claimantUnverified' },
    standard: 'PRO-06',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'unverified_adult',
  },
  {
    action: 'release_to_safe_carer',
    when: { active: 'claimantUnverified' },
    standard: 'PRO-02',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'unverified_adult',
    replaces: 'PRO-02',
  },
  // An adult who claims the child is not an "alleged aggressor": keeping them apart or letting them near is judged under PRO-06
  {
    action: 'separate_from_suspect',
    when: { active: 'claimantUnverified', inactive: 'suspectPresent' },
    standard: 'PRO-06',
    outcome: 'met',
    replaces: 'ENV-03',
  },
  {
    action: 'allow_contact_with_suspect',
    when: { active: 'claimantUnverified', inactive: 'suspectPresent' },
    standard: 'PRO-06',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'unverified_adult',
    replaces: 'ENV-03',
  },
  // A found child follows the tutelary route (cross-checks under PRO-06), not a missing-person alert (PRO-05)
  {
    action: 'issue_missing_alert',
    when: { caseTypes: ['lost_child'] },
    standard: 'PRO-06',
    outcome: 'met',
    replaces: 'PRO-05',
  },
  {
    action: 'delay_missing_alert',
    when: { caseTypes: ['lost_child'] },
    standard: 'PRO-06',
    outcome: 'violated',
    severity: 'major',
    replaces: 'PRO-05',
  },
  // PRO-07: a victim threatened with a charge
  {
    action: 'threaten_with_charge',
    when: {},
    standard: 'PRO-07',
    outcome: 'violated',
    severity: 'critical',
    escalation: 'victim_threatened',
  },
];

/** Every standard an action can be judged under: its base rule and every row of the rulebook for it. */
export function standardsOfAction(action: ActionId): StandardId[] {
  const rule = actionRule(action);
  const all = [
    rule.met,
    rule.violated,
    ...ruleRows.filter((r) => r.action === action).map((r) => r.standard),
  ];
  return [...new Set(all.filter((s): s is StandardId => s !== undefined))];
}
