import type { ActionId } from './actions.ts';
import type { Escalation } from './escalations.ts';
import type { Severity } from './severity.ts';
import type { SituationId } from './situations.ts';
import type { StandardId } from './standard-ids.ts';

/**
 * `not_reached`: a required action (or an open obligation) that no option on the
 * trainee's path ever carried, because the case ended first. It never counts in a score.
 */
export type Outcome = 'met' | 'violated' | 'not_reached';
export const outcomes: readonly Outcome[] = ['met', 'violated', 'not_reached'];

/** Why a verdict was given: which rule of the rulebook produced it. */
export const verdictCauses = [
  'action',
  'context_public_area',
  'context_interpreter',
  'context_no_counsel',
  'missed_obligation',
  'missing_requirement',
] as const;
export type VerdictCause = (typeof verdictCauses)[number];

/** What a verdict's words are made of; rendered in the reader's language (reasons.ts). */
export interface VerdictParams {
  /** Why the severity was raised above the standard's base. */
  readonly escalation?: Escalation;
  /** The situation that opened a missed obligation. */
  readonly situation?: SituationId;
  /** The actions that would have met a missed obligation. */
  readonly anyOf?: readonly ActionId[];
  /** For `not_reached`: the decision (0-based step) at which the case ended. */
  readonly endedAt?: number;
}

/**
 * One judgement of one standard at one step, without any prose: its words are
 * rendered when shown, in the viewer's language (`verdictReason`).
 */
export interface Verdict {
  readonly standard: StandardId;
  readonly outcome: Outcome;
  readonly severity: Severity;
  /** The step (number of choices made before it) at which the verdict was given. */
  readonly step: number;
  readonly action?: ActionId;
  readonly cause: VerdictCause;
  readonly params: VerdictParams;
}
