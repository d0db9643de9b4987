import { sql, type Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/schema.ts';
import type { StoryCatalog } from '../scoring/story-catalog.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import { ready, type ServerContext } from '../http/context.ts';
import { findOwnClass } from '../store/classes.ts';
import { classAttempts, type AttemptFacts } from './attempt-facts.ts';
import { caseSummaries, storyInfo, type CaseSummary } from './case-catalog.ts';
import { classTrainees, readSettings, type ClassSettings } from './dashboard-store.ts';
import type { AttemptFilter, ClassRule, TraineeName } from './overview.ts';

/** Everything the class pages read: the class, its settings and rule, trainees, attempts, cases. */
export interface ClassView {
  readonly cls: { readonly id: string; readonly name: string; readonly code: string };
  readonly settings: ClassSettings;
  readonly rule: ClassRule;
  readonly trainees: readonly TraineeName[];
  readonly attempts: readonly AttemptFacts[];
  readonly cases: readonly CaseSummary[];
}

type ClassData = { trainees: TraineeName[]; attempts: AttemptFacts[] };
const byClass = new Map<string, { version: string; data: ClassData }>();

/**
 * The class's trainees and attempts, read again only when its version changed: the
 * number of records and trainees and the newest arrival (records are never edited).
 */
async function classData(db: Kysely<Database>, catalog: StoryCatalog, classId: string): Promise<ClassData> {
  const row = await sql<{ records: number; trainees: number; last: number | null }>`
    SELECT count(r.record_id)::int AS records, count(DISTINCT t.id)::int AS trainees, max(r.received_at) AS last
    FROM trainees t LEFT JOIN records r ON r.trainee_id = t.id
    WHERE t.class_id = ${classId}`.execute(db);
  const v = row.rows[0];
  const version = `${v?.records}|${v?.trainees}|${v?.last}`;
  const known = byClass.get(classId);
  if (known?.version === version) return known.data;
  const [trainees, attempts] = await Promise.all([
    classTrainees(db, classId),
    classAttempts(db, catalog, classId),
  ]);
  const data = { trainees, attempts };
  if (byClass.size > 500) byClass.clear();
  byClass.set(classId, { version, data });
  return data;
}

/** The class if it is this instructor's (else undefined: the route answers 404), read whole. */
export async function loadClassView(
  ctx: ServerContext,
  instructorId: string,
  classId: string,
): Promise<ClassView | undefined> {
  const { database, catalog } = ready(ctx);
  const db = database.db;
  const cls = await findOwnClass(db, instructorId, classId);
  if (!cls) return undefined;
  const [settings, { trainees, attempts }, cases] = await Promise.all([
    readSettings(db, cls.id),
    classData(db, catalog, cls.id),
    caseSummaries(catalog),
  ]);
  const keys = new Map<string, readonly StandardId[]>(cases.map((c) => [c.caseId, c.key]));
  // Cases no longer on the server keep the key of the story version their records name.
  for (const a of attempts) {
    if (keys.has(a.caseId) || !a.storyHash) continue;
    keys.set(a.caseId, (await storyInfo(catalog, a.storyHash))?.key ?? []);
  }
  const rule: ClassRule = { passThreshold: settings.passThreshold, keyOf: (id) => keys.get(id) ?? [] };
  return { cls, settings, rule, trainees, attempts, cases };
}

const dateMs = v.pipe(
  v.string(),
  v.regex(/^\d{1,15}$/, 'must be epoch milliseconds'),
  v.transform((s) => Number(s)),
);
export const filterQuery = v.object({
  case: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be a case id'))),
  mode: v.optional(v.picklist(['practice', 'evaluation'], 'must be practice or evaluation')),
  language: v.optional(v.picklist(['es', 'en'], 'must be es or en')),
  from: v.optional(dateMs),
  to: v.optional(dateMs),
  lang: v.optional(v.picklist(['es', 'en'], 'must be es or en')),
});

export function filterOf(q: v.InferOutput<typeof filterQuery>): AttemptFilter {
  return { caseId: q.case || undefined, mode: q.mode, language: q.language, from: q.from, to: q.to };
}
