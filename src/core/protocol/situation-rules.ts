import type { Escalation } from './escalations.ts';
import type { ActionId } from './actions.ts';
import type { Obligation, ProtocolContext } from './protocol-context.ts';
import type { Severity } from './severity.ts';
import type { SituationId } from './situations.ts';
import type { StandardId } from './standard-ids.ts';

interface ObligationRule {
  readonly anyOf: readonly ActionId[];
  /** Choices that may still meet it after the situation; null = before the end. */
  readonly within: number | null;
  readonly standard: StandardId;
  readonly severity: (ctx: ProtocolContext) => Severity;
  /** Why a missed obligation is worse than the standard's base, when it is. */
  readonly escalation?: (ctx: ProtocolContext) => Escalation | undefined;
}

const fixed = (s: Severity) => () => s;

const obligationRules: Partial<Record<SituationId, ObligationRule>> = {
  suspect_arrives: {
    anyOf: ['separate_from_suspect'],
    within: 1,
    standard: 'ENV-03',
    severity: fixed('critical'),
  },
  child_asks_to_stop: { anyOf: ['pause_for_child'], within: 1, standard: 'COM-03', severity: fixed('major') },
  child_distressed: {
    anyOf: ['pause_for_child', 'express_belief'],
    within: 1,
    standard: 'COM-03',
    severity: fixed('major'),
  },
  child_requests_other_officer: {
    anyOf: ['offer_officer_choice'],
    within: 1,
    standard: 'ENV-05',
    severity: fixed('minor'),
  },
  urgent_need: {
    anyOf: ['check_urgent_needs', 'arrange_medical_care'],
    within: 2,
    standard: 'REC-03',
    severity: (ctx) => (ctx.caseType === 'sexual_violence' ? 'critical' : 'major'),
    escalation: (ctx) => (ctx.caseType === 'sexual_violence' ? 'sexual_violence' : undefined),
  },
  exploitation_sign: {
    anyOf: ['screen_for_exploitation', 'contact_child_protection'],
    within: null,
    standard: 'REF-07',
    severity: fixed('major'),
  },
  media_present: { anyOf: ['protect_identity'], within: 1, standard: 'DOC-02', severity: fixed('critical') },
  self_harm_risk: {
    anyOf: ['check_urgent_needs', 'arrange_medical_care'],
    within: 1,
    standard: 'REC-03',
    severity: fixed('critical'),
    escalation: () => 'self_harm_risk',
  },
  unverified_claimant_arrives: {
    anyOf: ['verify_carer_identity', 'separate_from_suspect'],
    within: 1,
    standard: 'PRO-06',
    severity: fixed('major'),
  },
};

/** The obligation a situation opens now, if any. `dueStep` is the last step whose choice counts. */
export function situationObligation(ctx: ProtocolContext, situation: SituationId): Obligation | undefined {
  const rule = obligationRules[situation];
  if (!rule) return undefined;
  return {
    situation,
    anyOf: rule.anyOf,
    dueStep: rule.within === null ? null : ctx.step + rule.within - 1,
    standard: rule.standard,
    severity: rule.severity(ctx),
    ...(rule.escalation?.(ctx) ? { escalation: rule.escalation(ctx) } : {}),
  };
}

/** Actions that meet an obligation lasting until the end (whether they were offered decides `not_reached`). */
export const endObligationActions: ReadonlySet<ActionId> = new Set(
  Object.values(obligationRules).flatMap((rule) => (rule.within === null ? rule.anyOf : [])),
);
