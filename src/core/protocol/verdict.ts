import type { ActionId } from './actions.ts';
import type { Severity } from './severity.ts';
import type { SituationId } from './situations.ts';
import type { StandardId } from './standard-ids.ts';

export type Outcome = 'met' | 'violated';

/** Why a verdict was given: which rule of ACTIONS.md produced it. */
export type VerdictCause =
  | 'action'
  | 'context_public_area'
  | 'context_interpreter'
  | 'context_no_counsel'
  | 'missed_obligation'
  | 'missing_requirement';

/** One judgement of one standard at one step (ACTIONS.md "Verdicts"). */
export interface Verdict {
  readonly standard: StandardId;
  readonly outcome: Outcome;
  readonly severity: Severity;
  /** The step (number of choices made before it) at which the verdict was given. */
  readonly step: number;
  readonly action?: ActionId;
  readonly situation?: SituationId;
  readonly cause: VerdictCause;
  /** Human-readable reason, in the case's language. */
  readonly reason: string;
}
