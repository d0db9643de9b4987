import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withDashboard, type EvaluationWindow } from './dashboard-schema.ts';

/** The class's settings; a class never configured has the defaults (75, nothing assigned, no windows). */
export interface ClassSettings {
  readonly passThreshold: number;
  readonly assignedCases: readonly string[];
  readonly windows: readonly EvaluationWindow[];
}

export const defaultSettings: ClassSettings = { passThreshold: 75, assignedCases: [], windows: [] };

export async function readSettings(db: Kysely<Database>, classId: string): Promise<ClassSettings> {
  const row = await withDashboard(db)
    .selectFrom('dashboard_class_settings')
    .selectAll()
    .where('class_id', '=', classId)
    .executeTakeFirst();
  return row
    ? { passThreshold: row.pass_threshold, assignedCases: row.assigned_cases, windows: row.windows }
    : defaultSettings;
}

export async function writeSettings(db: Kysely<Database>, classId: string, s: ClassSettings): Promise<void> {
  const values = {
    pass_threshold: s.passThreshold,
    assigned_cases: JSON.stringify(s.assignedCases),
    windows: JSON.stringify(s.windows),
    updated_at: Date.now(),
  };
  await withDashboard(db)
    .insertInto('dashboard_class_settings')
    .values({ class_id: classId, ...values })
    .onConflict((oc) => oc.column('class_id').doUpdateSet(values))
    .execute();
}

/** A stored attempt if it belongs to a trainee of one of this instructor's classes. */
export async function findOwnRecord(db: Kysely<Database>, instructorId: string, recordId: string) {
  return db
    .selectFrom('records as r')
    .innerJoin('trainees as t', 't.id', 'r.trainee_id')
    .innerJoin('classes as c', 'c.id', 't.class_id')
    .select([
      'r.record_id',
      'r.body',
      'r.status',
      'r.witnessed',
      'r.server_overall',
      'r.server_passed',
      'r.server_result',
      'r.mode',
      'r.language',
      'r.case_id',
      'r.ended_at',
      't.id as trainee_id',
      't.name as trainee_name',
      't.code as trainee_code',
      'c.id as class_id',
      'c.name as class_name',
    ])
    .where('r.record_id', '=', recordId)
    .where('c.instructor_id', '=', instructorId)
    .executeTakeFirst();
}

export interface StepComment {
  readonly id: string;
  readonly recordId: string;
  readonly step: number;
  readonly body: string;
  readonly author: string;
  readonly createdAt: number;
}

export async function addComment(
  db: Kysely<Database>,
  recordId: string,
  instructorId: string,
  step: number,
  body: string,
): Promise<string> {
  const id = randomUUID();
  await withDashboard(db)
    .insertInto('dashboard_comments')
    .values({ id, record_id: recordId, step, instructor_id: instructorId, body, created_at: Date.now() })
    .execute();
  return id;
}

export interface Override {
  readonly id: string;
  readonly recordId: string;
  readonly passed: boolean;
  readonly overall: number | null;
  readonly reason: string;
  readonly author: string;
  readonly createdAt: number;
}

export async function addOverride(
  db: Kysely<Database>,
  recordId: string,
  instructorId: string,
  o: { passed: boolean; overall: number | null; reason: string },
): Promise<string> {
  const id = randomUUID();
  await withDashboard(db)
    .insertInto('dashboard_overrides')
    .values({ id, record_id: recordId, instructor_id: instructorId, ...o, created_at: Date.now() })
    .execute();
  return id;
}

/** Comments and overrides of the given records (oldest first), with their authors' usernames. */
export async function notesOf(
  db: Kysely<Database>,
  recordIds: readonly string[],
): Promise<{ comments: StepComment[]; overrides: Override[] }> {
  const comments: StepComment[] = [];
  const overrides: Override[] = [];
  const d = withDashboard(db);
  for (let i = 0; i < recordIds.length; i += 500) {
    const ids = recordIds.slice(i, i + 500);
    if (ids.length === 0) break;
    const c = await d
      .selectFrom('dashboard_comments as m')
      .innerJoin('instructors as i', 'i.id', 'm.instructor_id')
      .select(['m.id', 'm.record_id', 'm.step', 'm.body', 'm.created_at', 'i.username'])
      .where('m.record_id', 'in', ids)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute();
    comments.push(
      ...c.map((r) => ({
        id: r.id,
        recordId: r.record_id,
        step: r.step,
        body: r.body,
        author: r.username,
        createdAt: r.created_at,
      })),
    );
    const o = await d
      .selectFrom('dashboard_overrides as o')
      .innerJoin('instructors as i', 'i.id', 'o.instructor_id')
      .select(['o.id', 'o.record_id', 'o.passed', 'o.overall', 'o.reason', 'o.created_at', 'i.username'])
      .where('o.record_id', 'in', ids)
      .orderBy('o.created_at')
      .orderBy('o.id')
      .execute();
    overrides.push(
      ...o.map((r) => ({
        id: r.id,
        recordId: r.record_id,
        passed: r.passed,
        overall: r.overall,
        reason: r.reason,
        author: r.username,
        createdAt: r.created_at,
      })),
    );
  }
  return { comments, overrides };
}

/** The class's trainees, by name. */
export function classTrainees(db: Kysely<Database>, classId: string) {
  return db
    .selectFrom('trainees')
    .select(['id', 'name', 'code'])
    .where('class_id', '=', classId)
    .orderBy('name')
    .orderBy('code')
    .execute();
}

/** Cases in play now: progress with no finished record yet, updated within `withinMs`. */
export async function playingNow(db: Kysely<Database>, classId: string, now: number, withinMs = 30 * 60_000) {
  return db
    .selectFrom('progress as p')
    .innerJoin('trainees as t', 't.id', 'p.trainee_id')
    .leftJoin('records as r', 'r.record_id', 'p.session_id')
    .select([
      'p.session_id',
      'p.case_id',
      'p.mode',
      'p.language',
      'p.length',
      'p.updated_at',
      't.id',
      't.name',
      't.code',
    ])
    .where('t.class_id', '=', classId)
    .where('r.record_id', 'is', null)
    .where('p.updated_at', '>=', now - withinMs)
    .orderBy('p.updated_at', 'desc')
    .execute();
}
