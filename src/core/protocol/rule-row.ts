import type { CaseType } from './case-types.ts';
import type { Escalation } from './escalations.ts';
import type { ProtocolFlags } from './protocol-context.ts';
import type { Severity } from './severity.ts';
import type { StandardId } from './standard-ids.ts';
import type { ActionId } from './actions.ts';

/** The part of the situation a row can ask about (the chart's regions, protocol-machine.ts). */
export type SituationFlag = keyof Pick<
  ProtocolFlags,
  'suspectPresent' | 'claimantUnverified' | 'accountGiven' | 'childInDanger' | 'selfHarmRisk' | 'urgentNeed'
>;

/** When a row applies: every given part must hold. */
export interface Condition {
  /** The case's type is one of these. */
  readonly caseTypes?: readonly CaseType[];
  /** This part of the situation is active. */
  readonly active?: SituationFlag;
  /** This part of the situation is not active. */
  readonly inactive?: SituationFlag;
}

/**
 * One conditional rule: "when the case type is X / when the situation Y is active, this
 * action gives S at severity Z". Every matching row adds its verdict to the choice; a
 * choice keeps one verdict per standard (the worst), so a row with a higher severity
 * than the action's base rule raises it. `replaces` drops the action's base verdict
 * of that standard (the row judges under the right standard instead).
 */
export interface RuleRow {
  readonly action: ActionId;
  readonly when: Condition;
  readonly standard: StandardId;
  readonly outcome: 'met' | 'violated';
  readonly severity?: Severity;
  readonly escalation?: Escalation;
  readonly replaces?: StandardId;
}

/** Does the case and situation satisfy a row's condition? */
export function holds(when: Condition, caseType: CaseType, flags: ProtocolFlags): boolean {
  if (when.caseTypes && !when.caseTypes.includes(caseType)) return false;
  if (when.active && !flags[when.active]) return false;
  if (when.inactive && flags[when.inactive]) return false;
  return true;
}
