/** How badly a violated standard harms the child, the evidence or access to protection. */
export type Severity = 'minor' | 'major' | 'critical';

/** Weight of a standard in the score (ACTIONS.md "Scores"). */
export const severityWeight: Readonly<Record<Severity, number>> = {
  minor: 1,
  major: 3,
  critical: 6,
};

/** Distress added (and trust removed) when a standard of this severity is violated. */
export const severityDistress: Readonly<Record<Severity, number>> = {
  minor: 1,
  major: 2,
  critical: 3,
};

const order: readonly Severity[] = ['minor', 'major', 'critical'];

export function worseSeverity(a: Severity, b: Severity): Severity {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}
