import type { Source } from './standard.ts';
import { peruvianLawSources } from './sources/peruvian-law-sources.ts';
import { peruvianPracticeSources } from './sources/peruvian-practice-sources.ts';
import { internationalSources } from './sources/international-sources.ts';

/** Every source of the "Source keys" table of STANDARDS.md, in key order. */
export const sources: readonly Source[] = [
  ...peruvianLawSources,
  ...peruvianPracticeSources,
  ...internationalSources,
].sort((a, b) => a.key.localeCompare(b.key));

const byKey: ReadonlyMap<string, Source> = new Map(
  sources.map((source) => [source.key, source]),
);

/** The source with this S-key (e.g. 'S06'); throws on an unknown key. */
export function sourceWithKey(key: string): Source {
  const source = byKey.get(key);
  if (source === undefined) {
    throw new Error(`Unknown source key: ${key}`);
  }
  return source;
}
