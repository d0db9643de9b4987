/**
 * Situations: what happens around the officer (`event:` line tags, ACTIONS.md).
 * The machine turns them into context and obligations (protocol-rules.ts).
 */
export const situationIds = [
  'suspect_arrives',
  'suspect_leaves',
  'child_asks_to_stop',
  'child_distressed',
  'child_requests_other_officer',
  'language_barrier',
  'urgent_need',
  'child_in_danger',
  'disclosure_started',
  'exploitation_sign',
  'media_present',
  'self_harm_risk',
  'unverified_claimant_arrives',
] as const;
export type SituationId = (typeof situationIds)[number];

export function isSituationId(value: string): value is SituationId {
  return (situationIds as readonly string[]).includes(value);
}
