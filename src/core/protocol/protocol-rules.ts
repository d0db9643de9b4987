import { actionRule, type ActionId } from './actions.ts';
import type { Obligation, ProtocolContext, ProtocolFlags } from './protocol-context.ts';
import { childLevelsAfter } from './child-state.ts';
import * as reason from './reasons.ts';
import type { Escalation } from './reasons.ts';
import type { Severity } from './severity.ts';
import type { SituationId } from './situations.ts';
import type { StandardId } from './standard-ids.ts';
import { standardWithId } from './standards.ts';
import type { Verdict, VerdictCause } from './verdict.ts';
import { situationObligation, situationFlags } from './situation-rules.ts';

/** A mutable working copy of one transition; `done()` freezes it into the next context. */
class Judgement {
  readonly verdicts: Verdict[] = [];
  flags: ProtocolFlags;
  obligations: Obligation[];
  taken: ActionId[];
  /** Actions of this choice, after context rules, for the child-state effects. */
  readonly used: ActionId[] = [];
  extraDistress = 0;

  constructor(readonly ctx: ProtocolContext) {
    this.flags = ctx.flags;
    this.obligations = [...ctx.obligations];
    this.taken = [...ctx.taken];
  }

  add(v: Omit<Verdict, 'step' | 'severity'> & { severity?: Severity; step?: number }): void {
    const severity = v.severity ?? standardWithId(v.standard).severity;
    this.verdicts.push({ ...v, severity, step: v.step ?? this.ctx.step });
  }

  violate(standard: StandardId, cause: VerdictCause, text: string, extra: Partial<Verdict> = {}): void {
    this.add({ standard, outcome: 'violated', cause, reason: text, ...extra });
  }

  done(changes: Partial<ProtocolContext> = {}): ProtocolContext {
    const after = childLevelsAfter(this.ctx, this.verdicts, this.used);
    const distress = Math.min(10, after.distress + this.extraDistress);
    const now = { trust: after.trust, distress };
    const step = changes.step ?? this.ctx.step;
    const kept = step > this.ctx.step ? this.ctx.levels : this.ctx.levels.slice(0, -1);
    return {
      ...this.ctx,
      flags: this.flags,
      obligations: this.obligations,
      taken: this.taken,
      verdicts: [...this.ctx.verdicts, ...this.verdicts],
      ...now,
      levels: [...kept, now],
      ...changes,
    };
  }
}

const accountGivenTypes = new Set(['sexual_violence']);

function deferSeverity(ctx: ProtocolContext): [Severity, Escalation | undefined] {
  if (ctx.caseType === 'sexual_violence' || ctx.caseType === 'missing_child') return ['critical', ctx.caseType];
  if (ctx.flags.childInDanger) return ['critical', 'child_in_danger'];
  return ['major', undefined];
}

/** Context rules that apply to a question about the account, before the action itself. */
function judgeAccountQuestion(j: Judgement, action: ActionId): ActionId {
  const { ctx, flags } = j;
  const lang = ctx.lang;
  if (ctx.caseType === 'conflict_with_law' && !(flags.rightsExplained && flags.counselRequested)) {
    j.violate('REF-06', 'context_no_counsel', reason.noCounselReason(lang, action), { action });
    return 'question_without_counsel';
  }
  if (!flags.locationPrivate && ctx.caseType !== 'lost_child' && !flags.publicQuestionJudged) {
    j.violate('ENV-01', 'context_public_area', reason.publicAreaReason(lang, action), { action });
    j.flags = { ...j.flags, publicQuestionJudged: true };
  }
  if (flags.needsInterpreter && !flags.interpreterRequested && !flags.interpreterJudged) {
    j.violate('COM-02', 'context_interpreter', reason.interpreterReason(lang, action), { action });
    j.flags = { ...j.flags, interpreterJudged: true };
  }
  return action;
}

/** The direct verdicts of one action, with the conditional severities of ACTIONS.md. */
function judgeAction(j: Judgement, action: ActionId): void {
  const { ctx } = j;
  const lang = ctx.lang;
  const rule = actionRule(action);
  const met = (standard: StandardId) =>
    j.add({ standard, outcome: 'met', cause: 'action', action, reason: reason.actionReason(lang, action) });
  const violated = (standard: StandardId, severity?: Severity, escalation?: Escalation) =>
    j.add({ standard, outcome: 'violated', severity, cause: 'action', action, reason: reason.actionReason(lang, action, escalation) });
  switch (action) {
    case 'defer_or_redirect': {
      const [severity, escalation] = deferSeverity(ctx);
      return violated('REC-01', severity, escalation);
    }
    case 'paperwork_first':
      if (!j.flags.urgentNeed) return;
      return ctx.caseType === 'sexual_violence' ? violated('REC-03', 'critical', 'sexual_violence') : violated('REC-03');
    case 'use_jargon':
      return ctx.caseType === 'conflict_with_law'
        ? violated('COM-01', 'major', 'conflict_with_law')
        : violated('COM-01');
    case 'ask_for_details':
      violated('DIS-01');
      if (accountGivenTypes.has(ctx.caseType)) violated('DIS-02', 'critical', 'sexual_violence');
      else if (j.flags.accountGiven) violated('DIS-02', 'critical', 'account_given');
      return;
    default:
      if (rule.met) met(rule.met);
      if (rule.violated) violated(rule.violated, rule.severity);
  }
}

const flagChanges: Partial<Record<ActionId, Partial<ProtocolFlags>>> = {
  move_to_private_room: { locationPrivate: true },
  separate_from_suspect: { suspectPresent: false },
  request_interpreter: { interpreterRequested: true },
  check_urgent_needs: { urgentNeed: false },
  arrange_medical_care: { urgentNeed: false },
  explain_rights_to_adolescent: { rightsExplained: true },
  request_defense_counsel: { counselRequested: true },
};

/** Judges one choice: the obligations it meets, each of its actions, then expired obligations. */
export function judgeChoice(ctx: ProtocolContext, actions: readonly ActionId[]): ProtocolContext {
  const j = new Judgement(ctx);
  j.obligations = j.obligations.filter((o) => !o.anyOf.some((a) => actions.includes(a)));
  for (const original of actions) {
    const action = actionRule(original).accountQuestion ? judgeAccountQuestion(j, original) : original;
    judgeAction(j, action);
    j.flags = { ...j.flags, ...flagChanges[action] };
    j.used.push(action);
    if (!j.taken.includes(action)) j.taken.push(action);
  }
  const expired = j.obligations.filter((o) => o.dueStep !== null && o.dueStep <= ctx.step);
  for (const o of expired) {
    j.violate(o.standard, 'missed_obligation', missedReason(ctx, o), { situation: o.situation, severity: o.severity });
  }
  j.obligations = j.obligations.filter((o) => !expired.includes(o));
  return j.done({ step: ctx.step + 1 });
}

function missedReason(ctx: ProtocolContext, o: Obligation): string {
  const escalation = o.severity === 'critical' && o.standard === 'REC-03' ? 'sexual_violence' : undefined;
  return reason.missedObligationReason(ctx.lang, o.situation, o.anyOf, escalation);
}

/** Notes a situation (`event:` tag): context changes and the obligation it opens. */
export function noteSituation(ctx: ProtocolContext, situation: SituationId): ProtocolContext {
  const j = new Judgement(ctx);
  j.flags = { ...j.flags, ...situationFlags[situation] };
  const obligation = situationObligation(ctx, situation);
  if (obligation) j.obligations.push(obligation);
  if (situation === 'child_distressed') j.extraDistress = 1;
  return j.done();
}

const prosecutorActions: readonly ActionId[] = ['notify_family_prosecutor', 'notify_criminal_prosecutor'];

function requirementSeverity(ctx: ProtocolContext, action: ActionId): [Severity | undefined, Escalation | undefined] {
  if (actionRule(action).met !== 'REF-02') return [undefined, undefined];
  const informed = ctx.taken.some((a) => prosecutorActions.includes(a));
  if (!informed) return ['critical', 'no_prosecutor'];
  return action === 'involve_specialized_unit' ? ['minor', 'prosecutor_informed'] : ['major', 'prosecutor_informed'];
}

/** Judges the end of the case: required actions never taken and obligations still open. */
export function judgeEnd(ctx: ProtocolContext): ProtocolContext {
  const j = new Judgement(ctx);
  for (const action of ctx.requires) {
    if (ctx.taken.includes(action)) continue;
    const standard = actionRule(action).met;
    if (!standard) continue;
    const [severity, escalation] = requirementSeverity(ctx, action);
    j.violate(standard, 'missing_requirement', reason.missingRequirementReason(ctx.lang, action, escalation), {
      action,
      severity,
    });
  }
  for (const o of ctx.obligations) {
    j.violate(o.standard, 'missed_obligation', missedReason(ctx, o), { situation: o.situation, severity: o.severity });
  }
  j.obligations = [];
  return j.done({ ended: true });
}
