import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isQuestionType, type QuestionType } from '../../src/core/questions/question-type.ts';
import type { Database } from '../db/schema.ts';
import { withDashboard } from './dashboard-schema.ts';

/** An instructor's re-coding of one typed question: the type they judge right, a short comment, who and when. */
export interface Recoding {
  readonly recordId: string;
  readonly step: number;
  readonly type: QuestionType;
  readonly comment: string;
  readonly author: string;
  readonly at: number;
}

export const questionKey = (recordId: string, step: number): string => `${recordId}#${step}`;

/**
 * Stores a re-coding of the question typed at `step` of the record. History is kept: an
 * earlier re-coding of the same question stays in the table; the newest is the current one.
 */
export async function addRecoding(
  db: Kysely<Database>,
  r: { recordId: string; step: number; instructorId: string; type: QuestionType; comment: string },
  now = Date.now(),
): Promise<string> {
  const id = randomUUID();
  await withDashboard(db)
    .insertInto('typed_question_codings')
    .values({
      id,
      record_id: r.recordId,
      step: r.step,
      instructor_id: r.instructorId,
      type: r.type,
      comment: r.comment,
      created_at: now,
    })
    .execute();
  return id;
}

/** The current re-coding of each question of the given records, keyed by questionKey. */
export async function currentRecodings(
  db: Kysely<Database>,
  recordIds: readonly string[],
): Promise<Map<string, Recoding>> {
  const found = new Map<string, Recoding>();
  for (let i = 0; i < recordIds.length; i += 500) {
    const ids = recordIds.slice(i, i + 500);
    if (ids.length === 0) break;
    const rows = await withDashboard(db)
      .selectFrom('typed_question_codings as q')
      .innerJoin('instructors as i', 'i.id', 'q.instructor_id')
      .distinctOn(['q.record_id', 'q.step'])
      .select(['q.record_id', 'q.step', 'q.type', 'q.comment', 'q.created_at', 'i.username'])
      .where('q.record_id', 'in', ids)
      .orderBy('q.record_id')
      .orderBy('q.step')
      .orderBy('q.seq', 'desc')
      .execute();
    for (const r of rows) {
      if (!isQuestionType(r.type)) continue;
      found.set(questionKey(r.record_id, r.step), {
        recordId: r.record_id,
        step: r.step,
        type: r.type,
        comment: r.comment,
        author: r.username,
        at: Number(r.created_at),
      });
    }
  }
  return found;
}

/** How many re-codings a question has had (its history), for tests and audits. */
export async function recodingCount(db: Kysely<Database>, recordId: string, step: number): Promise<number> {
  const row = await withDashboard(db)
    .selectFrom('typed_question_codings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('record_id', '=', recordId)
    .where('step', '=', step)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
