import type { ActionId } from './actions.ts';
import { childLevelsAfter } from './child-state.ts';
import type { Obligation, ProtocolContext, ProtocolFlags } from './protocol-context.ts';
import type { Severity } from './severity.ts';
import type { StandardId } from './standard-ids.ts';
import { baseSeverityOf } from './standard-facts.ts';
import type { Verdict, VerdictCause, VerdictParams } from './verdict.ts';

export interface NewVerdict {
  readonly standard: StandardId;
  readonly outcome: Verdict['outcome'];
  readonly cause: VerdictCause;
  readonly severity?: Severity;
  readonly action?: ActionId;
  readonly params?: VerdictParams;
  readonly step?: number;
}

/** Distress from which harm counts as sustained when it lasts (`distress_streak`). */
export const sustainedDistress = 9;

const rank = (v: Verdict): number =>
  v.outcome === 'violated'
    ? 10 + { minor: 0, major: 2, critical: 4 }[v.severity] + (v.params.escalation ? 1 : 0)
    : v.outcome === 'met'
      ? 1
      : 0;

/**
 * One verdict per standard: the worst (violated beats met, a higher severity beats a
 * lower one, a raised severity beats the base), in the order each standard first came.
 */
export function worstPerStandard(verdicts: readonly Verdict[]): Verdict[] {
  const kept = new Map<StandardId, Verdict>();
  for (const v of verdicts) {
    const prev = kept.get(v.standard);
    if (!prev || rank(v) > rank(prev)) kept.set(v.standard, v);
  }
  return [...kept.values()];
}

/**
 * A working copy of one transition. `flags` is the situation as the judge sees it while
 * it goes through the actions of a choice one by one; the chart (protocol-machine.ts)
 * keeps the real one. `done()` freezes the new context.
 */
export class Judgement {
  readonly verdicts: Verdict[] = [];
  flags: ProtocolFlags;
  obligations: Obligation[];
  taken: ActionId[];
  offered: readonly ActionId[];
  /** Actions of this choice, after context rules, for the child-state effects. */
  readonly used: ActionId[] = [];
  extraDistress = 0;

  constructor(readonly ctx: ProtocolContext) {
    this.flags = ctx.flags;
    this.obligations = [...ctx.obligations];
    this.taken = [...ctx.taken];
    this.offered = ctx.offered;
  }

  add(v: NewVerdict): void {
    const severity = v.severity ?? baseSeverityOf(v.standard);
    const { standard, outcome, cause } = v;
    const base = { standard, outcome, severity, step: v.step ?? this.ctx.step };
    this.verdicts.push({ ...base, ...(v.action ? { action: v.action } : {}), cause, params: v.params ?? {} });
  }

  done(changes: Partial<ProtocolContext> = {}): ProtocolContext {
    const verdicts = worstPerStandard(this.verdicts);
    const after = childLevelsAfter(this.ctx, verdicts, this.used);
    const distress = Math.min(10, after.distress + this.extraDistress);
    const now = { trust: after.trust, distress };
    const step = changes.step ?? this.ctx.step;
    const streak =
      step > this.ctx.step
        ? distress >= sustainedDistress
          ? this.ctx.distressStreak + 1
          : 0
        : this.ctx.distressStreak;
    const kept = step > this.ctx.step ? this.ctx.levels : this.ctx.levels.slice(0, -1);
    const { publicQuestionJudged, interpreterJudged } = this.flags;
    return {
      ...this.ctx,
      flags: { ...this.ctx.flags, publicQuestionJudged, interpreterJudged },
      obligations: this.obligations,
      taken: this.taken,
      offered: this.offered,
      verdicts: [...this.ctx.verdicts, ...verdicts],
      ...now,
      distressStreak: streak,
      levels: [...kept, now],
      ...changes,
    };
  }
}
