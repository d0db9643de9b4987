/** Every standard id of STANDARDS.md. Ids are stable and never renumbered. */
export const standardIds = [
  'REC-01', 'REC-02', 'REC-03', 'REC-04',
  'ENV-01', 'ENV-02', 'ENV-03', 'ENV-04', 'ENV-05',
  'COM-01', 'COM-02', 'COM-03', 'COM-04', 'COM-05',
  'DIS-01', 'DIS-02', 'DIS-03', 'DIS-04', 'DIS-05', 'DIS-06', 'DIS-07', 'DIS-08',
  'PRO-01', 'PRO-02', 'PRO-03', 'PRO-04', 'PRO-05', 'PRO-06', 'PRO-07', 'PRO-08',
  'REF-01', 'REF-02', 'REF-03', 'REF-04', 'REF-05', 'REF-06', 'REF-07', 'REF-08',
  'DOC-01', 'DOC-02', 'DOC-03', 'DOC-04', 'DOC-05',
  'CLO-01', 'CLO-02', 'CLO-03', 'CLO-04',
] as const;
export type StandardId = (typeof standardIds)[number];

export function isStandardId(value: string): value is StandardId {
  return (standardIds as readonly string[]).includes(value);
}
