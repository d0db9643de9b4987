import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Kysely } from 'kysely';
import { storyHash } from '../../src/core/record/story-hash.ts';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import type { Database } from '../db/schema.ts';

export const defaultStoriesDir = join(import.meta.dirname, '..', '..', 'stories');
const languages = ['es', 'en'] as const;

/** Every .ink file under a folder, sorted, for the source digest. */
function inkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) return inkFiles(full);
      return entry.endsWith('.ink') ? [full] : [];
    });
}

/** The hash of everything a story could INCLUDE: its case folder and stories/_shared. */
function sourceDigest(storiesDir: string, caseId: string, lang: string): string {
  const hash = createHash('sha256').update(`${caseId}/${lang}\n`);
  for (const file of [...inkFiles(join(storiesDir, '_shared')), ...inkFiles(join(storiesDir, caseId))]) {
    hash
      .update(`${relative(storiesDir, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  }
  return hash.digest('hex');
}

/** Compiled stories by source digest, shared by every server in this process (tests build many). */
const compiledBySource = new Map<string, string | null>();

export interface CatalogEntry {
  readonly caseId: string;
  readonly language: string;
  readonly storyHash: string;
}

/**
 * The stories the server can re-score against, by story hash. At start every
 * stories/<case>/{es,en}.ink is compiled (or taken from the database when its sources
 * have not changed) and saved in the `stories` table, so records of an older story
 * version stay verifiable after the stories are updated.
 */
export class StoryCatalog {
  private readonly byHash = new Map<string, string>();

  private constructor(
    private readonly db: Kysely<Database>,
    readonly current: readonly CatalogEntry[],
  ) {}

  static async load(db: Kysely<Database>, storiesDir = defaultStoriesDir): Promise<StoryCatalog> {
    const current: CatalogEntry[] = [];
    const jsons = new Map<string, string>();
    const cases = existsSync(storiesDir)
      ? readdirSync(storiesDir)
          .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
          .filter((name) => statSync(join(storiesDir, name)).isDirectory())
          .sort()
      : [];
    for (const caseId of cases) {
      for (const language of languages) {
        const file = join(storiesDir, caseId, `${language}.ink`);
        if (!existsSync(file)) continue;
        const digest = sourceDigest(storiesDir, caseId, language);
        let json = compiledBySource.get(digest);
        if (json === undefined) {
          const saved = await db
            .selectFrom('stories')
            .select('json')
            .where('source_digest', '=', digest)
            .where('case_id', '=', caseId)
            .where('language', '=', language)
            .executeTakeFirst();
          json = saved?.json ?? compileInk(file).json;
          compiledBySource.set(digest, json);
        }
        if (!json) continue;
        const hash = storyHash(json);
        current.push({ caseId, language, storyHash: hash });
        jsons.set(hash, json);
        await db
          .insertInto('stories')
          .values({
            story_hash: hash,
            case_id: caseId,
            language,
            json,
            source_digest: digest,
            added_at: Date.now(),
          })
          .onConflict((oc) => oc.column('story_hash').doUpdateSet({ source_digest: digest }))
          .execute();
      }
    }
    const catalog = new StoryCatalog(db, current);
    jsons.forEach((json, hash) => catalog.byHash.set(hash, json));
    return catalog;
  }

  /** The compiled story of that hash (current or saved earlier), or undefined. */
  async json(hash: string): Promise<string | undefined> {
    const known = this.byHash.get(hash);
    if (known) return known;
    const saved = await this.db
      .selectFrom('stories')
      .select('json')
      .where('story_hash', '=', hash)
      .executeTakeFirst();
    if (saved) this.byHash.set(hash, saved.json);
    return saved?.json;
  }
}
