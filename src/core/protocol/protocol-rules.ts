import { actionRule, type ActionId } from './actions.ts';
import type { Escalation } from './escalations.ts';
import { Judgement } from './judgement.ts';
import type { Obligation, ProtocolContext } from './protocol-context.ts';
import { holds, requirementExcuses, ruleRows } from './rulebook.ts';
import type { Severity } from './severity.ts';
import { flagsAfterAction } from './situation-chart.ts';
import { situationObligation } from './situation-rules.ts';
import type { SituationId } from './situations.ts';

/** Context rules for a question about the account; returns the action to judge, or null when the context judged it. */
function judgeAccountQuestion(j: Judgement, action: ActionId): ActionId | null {
  const { ctx, flags } = j;
  if (ctx.caseType === 'conflict_with_law' && !(flags.rightsExplained && flags.counselRequested)) {
    j.add({ standard: 'REF-06', outcome: 'violated', cause: 'context_no_counsel', action });
    return null;
  }
  if (!flags.locationPrivate && ctx.caseType !== 'lost_child' && !flags.publicQuestionJudged) {
    j.add({ standard: 'ENV-01', outcome: 'violated', cause: 'context_public_area', action });
    j.flags = { ...j.flags, publicQuestionJudged: true };
  }
  if (flags.needsInterpreter && !flags.interpreterRequested && !flags.interpreterJudged) {
    j.add({ standard: 'COM-02', outcome: 'violated', cause: 'context_interpreter', action });
    j.flags = { ...j.flags, interpreterJudged: true };
  }
  return action;
}

/** The verdicts of one action: its base rule, then every row of the rulebook that holds now. */
function judgeAction(j: Judgement, action: ActionId): void {
  const rule = actionRule(action);
  const rows = ruleRows.filter((r) => r.action === action && holds(r.when, j.ctx.caseType, j.flags));
  const replaced = new Set(rows.map((r) => r.replaces));
  if (rule.met && !replaced.has(rule.met))
    j.add({ standard: rule.met, outcome: 'met', cause: 'action', action });
  if (rule.violated && !replaced.has(rule.violated)) {
    j.add({ standard: rule.violated, outcome: 'violated', severity: rule.severity, cause: 'action', action });
  }
  for (const r of rows) {
    const params = r.escalation ? { escalation: r.escalation } : {};
    j.add({
      standard: r.standard,
      outcome: r.outcome,
      severity: r.severity,
      cause: 'action',
      action,
      params,
    });
  }
}

function obligationVerdict(
  j: Judgement,
  o: Obligation,
  outcome: 'violated' | 'not_reached',
  endedAt?: number,
): void {
  const { escalation } = o;
  j.add({
    standard: o.standard,
    outcome,
    severity: o.severity,
    cause: 'missed_obligation',
    params: {
      situation: o.situation,
      anyOf: o.anyOf,
      ...(escalation ? { escalation } : {}),
      ...(endedAt === undefined ? {} : { endedAt }),
    },
  });
}

/** Judges one choice: the obligations it meets, each of its actions in order, then expired obligations. */
export function judgeChoice(
  ctx: ProtocolContext,
  actions: readonly ActionId[],
  offered: readonly ActionId[],
): ProtocolContext {
  const j = new Judgement(ctx);
  j.offered = [...ctx.offered, ...offered.filter((a) => !ctx.offered.includes(a))];
  j.obligations = j.obligations.filter((o) => !o.anyOf.some((a) => actions.includes(a)));
  for (const original of actions) {
    const judged = actionRule(original).accountQuestion ? judgeAccountQuestion(j, original) : original;
    const action = judged ?? 'question_without_counsel';
    if (judged) judgeAction(j, judged);
    j.flags = flagsAfterAction(j.flags, action);
    j.used.push(action);
    if (!j.taken.includes(action)) j.taken.push(action);
  }
  const expired = j.obligations.filter((o) => o.dueStep !== null && o.dueStep <= ctx.step);
  for (const o of expired) obligationVerdict(j, o, 'violated');
  j.obligations = j.obligations.filter((o) => !expired.includes(o));
  return j.done({ step: ctx.step + 1 });
}

/** Notes a situation (`event:` tag): the obligation it opens. The chart moves the situation itself. */
export function noteSituation(ctx: ProtocolContext, situation: SituationId): ProtocolContext {
  const j = new Judgement(ctx);
  const obligation = situationObligation(ctx, situation);
  if (obligation) j.obligations.push(obligation);
  if (situation === 'child_distressed') j.extraDistress = 1;
  return j.done();
}

const prosecutorActions: readonly ActionId[] = ['notify_family_prosecutor', 'notify_criminal_prosecutor'];

function requirementSeverity(
  ctx: ProtocolContext,
  action: ActionId,
): [Severity | undefined, Escalation | undefined] {
  if (actionRule(action).met !== 'REF-02') return [undefined, undefined];
  const informed = ctx.taken.some((a) => prosecutorActions.includes(a));
  if (!informed) return ['critical', 'no_prosecutor'];
  return action === 'involve_specialized_unit'
    ? ['minor', 'prosecutor_informed']
    : ['major', 'prosecutor_informed'];
}

const isExcused = (ctx: ProtocolContext, action: ActionId) =>
  requirementExcuses.some(
    (e) =>
      e.required === action && e.caseTypes.includes(ctx.caseType) && e.by.some((a) => ctx.taken.includes(a)),
  );

/**
 * Judges the end of the case: a required action never taken is violated when some option
 * on the path offered it, and `not_reached` when none did (the case ended first); so are
 * the obligations still open.
 */
export function judgeEnd(ctx: ProtocolContext): ProtocolContext {
  const j = new Judgement(ctx);
  const endedAt = Math.max(0, ctx.step - 1);
  for (const action of ctx.requires) {
    const standard = actionRule(action).met;
    if (ctx.taken.includes(action) || !standard || isExcused(ctx, action)) continue;
    if (!ctx.offered.includes(action)) {
      j.add({ standard, outcome: 'not_reached', cause: 'missing_requirement', action, params: { endedAt } });
      continue;
    }
    const [severity, escalation] = requirementSeverity(ctx, action);
    j.add({
      standard,
      outcome: 'violated',
      severity,
      cause: 'missing_requirement',
      action,
      params: escalation ? { escalation } : {},
    });
  }
  for (const o of ctx.obligations) {
    const offered = o.dueStep === null && o.anyOf.some((a) => ctx.offered.includes(a));
    obligationVerdict(j, o, offered ? 'violated' : 'not_reached', offered ? undefined : endedAt);
  }
  j.obligations = [];
  return j.done({ ended: true });
}
