import type { Escalation } from './escalations.ts';
import type { ActionId } from './actions.ts';
import type { CaseType } from './case-types.ts';
import type { Language } from '../language.ts';
import type { Severity } from './severity.ts';
import type { SituationId } from './situations.ts';
import type { StandardId } from './standard-ids.ts';
import type { Verdict } from './verdict.ts';

/** An obligation opened by a situation: one of `anyOf` must come by `dueStep`. */
export interface Obligation {
  readonly situation: SituationId;
  readonly anyOf: readonly ActionId[];
  /** Last step whose choice can still meet it; null means "before the case ends". */
  readonly dueStep: number | null;
  readonly standard: StandardId;
  readonly severity: Severity;
  readonly escalation?: Escalation;
}

export interface ProtocolFlags {
  readonly locationPrivate: boolean;
  readonly suspectPresent: boolean;
  readonly needsInterpreter: boolean;
  readonly interpreterRequested: boolean;
  readonly urgentNeed: boolean;
  readonly childInDanger: boolean;
  readonly accountGiven: boolean;
  readonly rightsExplained: boolean;
  readonly counselRequested: boolean;
  /** An adult claims the child and who they are has not been checked yet. */
  readonly claimantUnverified: boolean;
  /** The child spoke of harming themselves or disappearing. */
  readonly selfHarmRisk: boolean;
  /** ENV-01 for an account question in public is judged once per case. */
  readonly publicQuestionJudged: boolean;
  /** COM-02 for an account question without interpreter is judged once per case. */
  readonly interpreterJudged: boolean;
}

/** What the protocol machine knows about the case (all JSON, so it persists). */
export interface ProtocolContext {
  readonly caseType: CaseType;
  readonly requires: readonly ActionId[];
  /** The standards the case exists to train (`key:`): a violated one fails the case. */
  readonly key: readonly StandardId[];
  readonly lang: Language;
  readonly passThreshold: number;
  readonly criticalFails: boolean;
  /** Choices made so far: the step of the next choice. */
  readonly step: number;
  readonly flags: ProtocolFlags;
  readonly obligations: readonly Obligation[];
  /** Every action taken, in order of first use, without repeats. */
  readonly taken: readonly ActionId[];
  /** Every action some option offered on this path carried (for `not_reached`). */
  readonly offered: readonly ActionId[];
  readonly verdicts: readonly Verdict[];
  readonly trust: number;
  readonly distress: number;
  /** How many consecutive choices have left the child's distress at 9 or more (sustained harm). */
  readonly distressStreak: number;
  /** Child levels after each step, for the debrief plot: index = step. */
  readonly levels: readonly { readonly trust: number; readonly distress: number }[];
  readonly ended: boolean;
}

export interface ProtocolInput {
  readonly caseType: CaseType;
  readonly requires: readonly ActionId[];
  readonly key?: readonly StandardId[];
  readonly lang: Language;
  readonly trust?: number;
  readonly distress?: number;
  readonly passThreshold?: number;
  readonly criticalFails?: boolean;
}

export const defaultPassThreshold = 75;

export function initialProtocolContext(input: ProtocolInput): ProtocolContext {
  const trust = input.trust ?? 3;
  const distress = input.distress ?? 5;
  return {
    caseType: input.caseType,
    requires: input.requires,
    key: input.key ?? [],
    lang: input.lang,
    passThreshold: input.passThreshold ?? defaultPassThreshold,
    criticalFails: input.criticalFails ?? true,
    step: 0,
    flags: {
      locationPrivate: false,
      suspectPresent: false,
      needsInterpreter: false,
      interpreterRequested: false,
      urgentNeed: false,
      childInDanger: false,
      accountGiven: false,
      rightsExplained: false,
      counselRequested: false,
      claimantUnverified: false,
      selfHarmRisk: false,
      publicQuestionJudged: false,
      interpreterJudged: false,
    },
    obligations: [],
    taken: [],
    offered: [],
    verdicts: [],
    trust,
    distress,
    distressStreak: 0,
    levels: [{ trust, distress }],
    ended: false,
  };
}
