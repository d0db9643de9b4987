/**
 * The cases already rewritten to the option rules (lengths within 20 %, a compliant option
 * the longest at no more than 40 % of decisions, at most two actions per option, no
 * cue-following strategy passes). For these the story check reports a broken rule as an
 * error and the cue-strategy test enforces it; the others get warnings while they are
 * rewritten.
 */
export const casesMeetingOptionRules: readonly string[] = [
  'disclosure_8',
  'family_violence_10',
  'lost_child_5',
  'missing_14',
  'quechua_11',
  'sextortion_13',
  'theft_16',
  'trafficking_15',
];
