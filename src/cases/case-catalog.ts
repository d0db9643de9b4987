import type { Language } from '../core/language.ts';
import caseIndex from 'virtual:case-index';
import type { CaseEntry } from './case-entry.ts';

export type { CaseEntry };

export const caseCatalog: readonly CaseEntry[] = caseIndex;

const loaders = import.meta.glob<string>('../../stories/*/*.ink', { import: 'default' });

/** Loads one case's compiled story (its own chunk), so only the case being played is fetched. */
export async function loadStory(caseId: string, lang: Language): Promise<string> {
  const load = loaders[`../../stories/${caseId}/${lang}.ink`];
  if (!load) throw new Error(`no story ${caseId}/${lang}`);
  return load();
}

export function caseWithId(caseId: string): CaseEntry | undefined {
  return caseCatalog.find((c) => c.caseId === caseId);
}
