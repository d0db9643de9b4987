import type { Competency } from './competencies.ts';
import type { Severity } from './severity.ts';
import type { StandardId } from './standard-ids.ts';

/**
 * What the judgement needs of each standard: its competency and its base severity (the
 * first one STANDARDS.md lists). The titles, feedback and sources are in standards/ and
 * load with the coach, the debrief and the reference; the machine never waits for them.
 */
// prettier-ignore
const facts: Readonly<Record<StandardId, readonly [Competency, Severity]>> = {
  'REC-01': ['REC', 'major'],
  'REC-02': ['REC', 'major'],
  'REC-03': ['REC', 'major'],
  'REC-04': ['REC', 'major'],
  'ENV-01': ['ENV', 'major'],
  'ENV-02': ['ENV', 'major'],
  'ENV-03': ['ENV', 'critical'],
  'ENV-04': ['ENV', 'major'],
  'ENV-05': ['ENV', 'minor'],
  'COM-01': ['COM', 'minor'],
  'COM-02': ['COM', 'major'],
  'COM-03': ['COM', 'major'],
  'COM-04': ['COM', 'major'],
  'COM-05': ['COM', 'major'],
  'DIS-01': ['DIS', 'major'],
  'DIS-02': ['DIS', 'critical'],
  'DIS-03': ['DIS', 'major'],
  'DIS-04': ['DIS', 'major'],
  'DIS-05': ['DIS', 'major'],
  'DIS-06': ['DIS', 'critical'],
  'DIS-07': ['DIS', 'major'],
  'DIS-08': ['DIS', 'critical'],
  'PRO-01': ['PRO', 'major'],
  'PRO-02': ['PRO', 'critical'],
  'PRO-03': ['PRO', 'major'],
  'PRO-04': ['PRO', 'major'],
  'PRO-05': ['PRO', 'critical'],
  'PRO-06': ['PRO', 'major'],
  'PRO-07': ['PRO', 'critical'],
  'PRO-08': ['PRO', 'major'],
  'REF-01': ['REF', 'critical'],
  'REF-02': ['REF', 'critical'],
  'REF-03': ['REF', 'major'],
  'REF-04': ['REF', 'major'],
  'REF-05': ['REF', 'major'],
  'REF-06': ['REF', 'critical'],
  'REF-07': ['REF', 'major'],
  'REF-08': ['REF', 'major'],
  'DOC-01': ['DOC', 'major'],
  'DOC-02': ['DOC', 'critical'],
  'DOC-03': ['DOC', 'major'],
  'DOC-04': ['DOC', 'major'],
  'DOC-05': ['DOC', 'major'],
  'CLO-01': ['CLO', 'major'],
  'CLO-02': ['CLO', 'major'],
  'CLO-03': ['CLO', 'major'],
  'CLO-04': ['CLO', 'minor'],
};

export const competencyOf = (id: StandardId): Competency => facts[id][0];
export const baseSeverityOf = (id: StandardId): Severity => facts[id][1];
