import type { ActionId } from './actions.ts';
import type { CaseType } from './case-types.ts';

/**
 * A required action the case is excused from when another action shows it does not
 * apply: a child who left with the carer who brought her is judged on the departure
 * (CLO-03), not on a handover (PRO-02).
 */
export interface Excuse {
  readonly required: ActionId;
  readonly by: readonly ActionId[];
  /** Cases in which the child came with a carer who is not implicated. */
  readonly caseTypes: readonly CaseType[];
}

export const requirementExcuses: readonly Excuse[] = [
  {
    required: 'release_to_safe_carer',
    by: ['let_leave_unchecked', 'confirm_safe_departure'],
    caseTypes: [
      'sexual_violence',
      'domestic_violence',
      'physical_punishment',
      'online_abuse',
      'missing_child',
    ],
  },
];
