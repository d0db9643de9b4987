import type { Competency } from './competencies.ts';
import { competencyOf } from './standard-facts.ts';
import type { ActionId } from './actions.ts';
import type { ProtocolContext } from './protocol-context.ts';
import { severityDistress, worseSeverity, type Severity } from './severity.ts';
import type { Verdict } from './verdict.ts';

/** Competencies whose met standards build the child's trust (ACTIONS.md "Child state"). */
const trustBuilding: ReadonlySet<Competency> = new Set<Competency>(['COM', 'DIS', 'ENV']);

/**
 * Project rules beyond ACTIONS.md, kept here in one place: rapport builds trust,
 * and a pause, belief or relief from self-blame lets distress come down by one.
 */
const trustActions: ReadonlySet<ActionId> = new Set(['build_rapport']);
const calmingActions: ReadonlySet<ActionId> = new Set([
  'pause_for_child',
  'express_belief',
  'counter_self_blame',
]);

const clamp = (n: number) => Math.max(0, Math.min(10, n));

/**
 * Trust and distress after one choice (or situation, or the end), each clamped to 0–10.
 * Violations move the child once, by the worst severity of the choice, not by their sum.
 */
export function childLevelsAfter(
  ctx: ProtocolContext,
  verdicts: readonly Verdict[],
  actions: readonly ActionId[],
): Pick<ProtocolContext, 'trust' | 'distress'> {
  let { trust, distress } = ctx;
  let worst: Severity | undefined;
  for (const v of verdicts) {
    if (v.outcome === 'met' && trustBuilding.has(competencyOf(v.standard))) trust = clamp(trust + 1);
    if (v.outcome === 'violated') worst = worst ? worseSeverity(worst, v.severity) : v.severity;
  }
  if (worst) {
    distress = clamp(distress + severityDistress[worst]);
    trust = clamp(trust - severityDistress[worst]);
  }
  for (const a of actions) {
    if (trustActions.has(a)) trust = clamp(trust + 1);
    if (calmingActions.has(a)) distress = clamp(distress - 1);
  }
  return { trust, distress };
}
