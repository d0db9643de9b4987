import type { Source } from './standard.ts';
import { peruvianLawSources } from './sources/peruvian-law-sources.ts';
import { peruvianRegulationSources } from './sources/peruvian-regulation-sources.ts';
import { peruvianPracticeSources } from './sources/peruvian-practice-sources.ts';
import { internationalSources } from './sources/international-sources.ts';

export { primaryHosts } from './sources/publishers.ts';

/** Keys are ASCII ('S06'): code-unit order is their order, without a locale collator at load. */
const byKeyOrder = (a: Source, b: Source): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every cited source, in key order. Keys are stable: a dropped source's key is not
 * reused (S03, S04, S08, S09, S16, S20, S24, S34, S37, S44, S46, S51 were secondary
 * sources or mirrors, replaced by the primary norm or guide they summarised).
 */
export const sources: readonly Source[] = [
  ...peruvianLawSources,
  ...peruvianRegulationSources,
  ...peruvianPracticeSources,
  ...internationalSources,
].sort(byKeyOrder);

const byKey: ReadonlyMap<string, Source> = new Map(sources.map((source) => [source.key, source]));

/** The source with this S-key (e.g. 'S06'); throws on an unknown key. */
export function sourceWithKey(key: string): Source {
  const source = byKey.get(key);
  if (source === undefined) {
    throw new Error(`Unknown source key: ${key}`);
  }
  return source;
}
