import type { ActionId } from './actions.ts';
import type { ProtocolFlags } from './protocol-context.ts';
import type { SituationId } from './situations.ts';

/** The parts of the situation the chart keeps, one parallel region each (protocol-machine.ts). */
export type ChartFlag = Exclude<keyof ProtocolFlags, 'publicQuestionJudged' | 'interpreterJudged'>;

/** What switches a part on and off: situations (`event:` tags) and the officer's actions. */
export interface Trigger {
  readonly onSituations?: readonly SituationId[];
  readonly onActions?: readonly ActionId[];
  readonly offSituations?: readonly SituationId[];
  readonly offActions?: readonly ActionId[];
}

export const chartTriggers: Readonly<Record<ChartFlag, Trigger>> = {
  locationPrivate: { onActions: ['move_to_private_room'] },
  suspectPresent: {
    onSituations: ['suspect_arrives'],
    offSituations: ['suspect_leaves'],
    offActions: ['separate_from_suspect'],
  },
  claimantUnverified: {
    onSituations: ['unverified_claimant_arrives'],
    offActions: ['verify_carer_identity'],
  },
  needsInterpreter: { onSituations: ['language_barrier'] },
  interpreterRequested: { onActions: ['request_interpreter'] },
  urgentNeed: {
    onSituations: ['urgent_need', 'self_harm_risk'],
    offActions: ['check_urgent_needs', 'arrange_medical_care'],
  },
  selfHarmRisk: { onSituations: ['self_harm_risk'] },
  childInDanger: { onSituations: ['child_in_danger'] },
  accountGiven: { onSituations: ['disclosure_started'] },
  rightsExplained: { onActions: ['explain_rights_to_adolescent'] },
  counselRequested: { onActions: ['request_defense_counsel'] },
};

export const chartFlags = Object.keys(chartTriggers) as readonly ChartFlag[];

/** The flags after one action, in the order the actions of a choice are taken. */
export function flagsAfterAction(flags: ProtocolFlags, action: ActionId): ProtocolFlags {
  let next = flags;
  for (const flag of chartFlags) {
    const t = chartTriggers[flag];
    if (t.onActions?.includes(action) && !next[flag]) next = { ...next, [flag]: true };
    if (t.offActions?.includes(action) && next[flag]) next = { ...next, [flag]: false };
  }
  return next;
}
