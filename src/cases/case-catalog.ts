import type { Language } from '../core/protocol/localized.ts';
import caseIndex from 'virtual:case-index';
import extraStories from 'virtual:extra-stories';
import type { CaseEntry } from './case-entry.ts';

export type { CaseEntry };

export const caseCatalog: readonly CaseEntry[] = caseIndex;

const loaders = import.meta.glob<string>('../../stories/*/*.ink', { import: 'default' });

/** Loads one case's compiled story (its own chunk), so only the case being played is fetched. */
export async function loadStory(caseId: string, lang: Language): Promise<string> {
  const load = loaders[`../../stories/${caseId}/${lang}.ink`];
  if (load) return load();
  const extra = extraStories[`${caseId}/${lang}`];
  if (!extra) throw new Error(`no story ${caseId}/${lang}`);
  return (await extra()).default;
}

export function caseWithId(caseId: string): CaseEntry | undefined {
  return caseCatalog.find((c) => c.caseId === caseId);
}
