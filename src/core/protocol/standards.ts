import type { Standard } from './standard.ts';
import { baseSeverityOf, competencyOf } from './standard-facts.ts';
import type { StandardId } from './standard-ids.ts';
import { recStandards } from './standards/rec-standards.ts';
import { envStandards } from './standards/env-standards.ts';
import { comStandards } from './standards/com-standards.ts';
import { disStandards } from './standards/dis-standards.ts';
import { proStandards } from './standards/pro-standards.ts';
import { refStandards } from './standards/ref-standards.ts';
import { docStandards } from './standards/doc-standards.ts';
import { cloStandards } from './standards/clo-standards.ts';

/** The 47 scored standards, in the order of `standardIds`. */
export const standards: readonly Standard[] = [
  ...recStandards,
  ...envStandards,
  ...comStandards,
  ...disStandards,
  ...proStandards,
  ...refStandards,
  ...docStandards,
  ...cloStandards,
].map((text) => ({ ...text, competency: competencyOf(text.id), severity: baseSeverityOf(text.id) }));

const byId: ReadonlyMap<StandardId, Standard> = new Map(standards.map((standard) => [standard.id, standard]));

/** The standard with this id; throws if the catalogue has no entry for it. */
export function standardWithId(id: StandardId): Standard {
  const standard = byId.get(id);
  if (standard === undefined) {
    throw new Error(`Unknown standard id: ${id}`);
  }
  return standard;
}
