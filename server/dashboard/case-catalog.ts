import { standardsOfAction } from '../../src/core/protocol/rulebook.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import { StoryRunner } from '../../src/core/story/story-runner.ts';
import type { StoryCatalog } from '../scoring/story-catalog.ts';

/** What the dashboard needs of a case: its titles, key standards and the standards it trains. */
export interface CaseSummary {
  readonly caseId: string;
  readonly title: { readonly es: string; readonly en: string };
  /** The case's key standards (a violated one fails it). */
  readonly key: readonly StandardId[];
  /** Key standards and those of its required actions: what the case exists to train. */
  readonly trains: readonly StandardId[];
}

const infoByHash = new Map<string, StoryRunner['info']>();

/** The story's global tags (read once per story version). */
export async function storyInfo(
  catalog: StoryCatalog,
  hash: string,
): Promise<StoryRunner['info'] | undefined> {
  const known = infoByHash.get(hash);
  if (known) return known;
  const json = await catalog.json(hash);
  if (!json) return undefined;
  const info = new StoryRunner({ json }).info;
  infoByHash.set(hash, info);
  return info;
}

/** The cases the server has now, in id order. */
export async function caseSummaries(catalog: StoryCatalog): Promise<CaseSummary[]> {
  const ids = [...new Set(catalog.current.map((e) => e.caseId))].sort();
  const out: CaseSummary[] = [];
  for (const caseId of ids) {
    const entries = catalog.current.filter((e) => e.caseId === caseId);
    const infos = await Promise.all(entries.map((e) => storyInfo(catalog, e.storyHash)));
    const es = infos[entries.findIndex((e) => e.language === 'es')];
    const en = infos[entries.findIndex((e) => e.language === 'en')];
    const info = es ?? en;
    if (!info) continue;
    const trains = new Set<StandardId>(info.key);
    for (const action of info.requires) standardsOfAction(action).forEach((s) => trains.add(s));
    out.push({
      caseId,
      title: { es: (es ?? info).title, en: (en ?? info).title },
      key: info.key,
      trains: [...trains].sort(),
    });
  }
  return out;
}
