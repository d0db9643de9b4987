/** Case types of the `type:` global tag (ARCHITECTURE.md tag grammar). */
export const caseTypes = [
  'sexual_violence',
  'domestic_violence',
  'physical_punishment',
  'lost_child',
  'missing_child',
  'trafficking',
  'online_abuse',
  'conflict_with_law',
] as const;
export type CaseType = (typeof caseTypes)[number];

export function isCaseType(value: string): value is CaseType {
  return (caseTypes as readonly string[]).includes(value);
}
