import type { Language } from '../core/language.ts';
import caseIndex from 'virtual:case-index';
import extraStories from 'virtual:extra-stories';
import type { CaseEntry } from './case-entry.ts';
import { rememberStoryHash } from '../core/record/story-hash.ts';

export type { CaseEntry };

export const caseCatalog: readonly CaseEntry[] = caseIndex;

const loaders = import.meta.glob<{ default: string; hash: string }>('../../stories/*/*.ink');

/**
 * Loads one case's compiled story (its own chunk), so only the case being played is fetched; its hash
 * comes with it, computed at build time.
 */
export async function loadStory(caseId: string, lang: Language): Promise<string> {
  const load = loaders[`../../stories/${caseId}/${lang}.ink`];
  const extra = extraStories[`${caseId}/${lang}`];
  if (!load && !extra) throw new Error(`no story ${caseId}/${lang}`);
  const story = load ? await load() : await extra!();
  rememberStoryHash(story.default, story.hash);
  return story.default;
}

export function caseWithId(caseId: string): CaseEntry | undefined {
  return caseCatalog.find((c) => c.caseId === caseId);
}
