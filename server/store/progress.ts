import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A progress upload: the whole prefix of a case in play. */
export interface ProgressUpload {
  readonly caseId: string;
  readonly language: string;
  readonly mode: string;
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly choices: readonly number[];
  readonly choiceTimes: readonly number[];
}

export type ProgressOutcome =
  | { readonly ok: true; readonly received: number }
  | { readonly ok: false; readonly error: 'forbidden' | 'progress_conflict'; readonly reason: string };

const conflict = (reason: string): ProgressOutcome => ({ ok: false, error: 'progress_conflict', reason });

/**
 * Stores a progress upload. The upload must extend what the server has (a shorter or
 * equal prefix of it is a repeat: accepted, nothing changes). Each new choice is kept
 * with the time it was made, the time it arrived and the length of the upload that
 * carried it, which is what the witness rule reads.
 */
export async function putProgress(
  db: Kysely<Database>,
  traineeId: string,
  sessionId: string,
  upload: ProgressUpload,
  now = Date.now(),
): Promise<ProgressOutcome> {
  return db.transaction().execute(async (tx) => {
    await tx
      .insertInto('progress')
      .values({
        session_id: sessionId,
        trainee_id: traineeId,
        case_id: upload.caseId,
        language: upload.language,
        mode: upload.mode,
        story_hash: upload.storyHash,
        seed: upload.seed,
        started_at: upload.startedAt,
        length: 0,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('session_id').doNothing())
      .execute();
    const row = await tx
      .selectFrom('progress')
      .selectAll()
      .where('session_id', '=', sessionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.trainee_id !== traineeId)
      return { ok: false, error: 'forbidden', reason: 'this attempt belongs to another trainee' };
    const same =
      row.case_id === upload.caseId &&
      row.language === upload.language &&
      row.mode === upload.mode &&
      row.story_hash === upload.storyHash &&
      row.seed === upload.seed &&
      row.started_at === upload.startedAt;
    if (!same)
      return conflict('the attempt was started with another case, language, mode, story, seed or start time');
    const stored = await tx
      .selectFrom('progress_choices')
      .select(['idx', 'choice'])
      .where('session_id', '=', sessionId)
      .orderBy('idx')
      .execute();
    const common = Math.min(stored.length, upload.choices.length);
    for (let i = 0; i < common; i++) {
      if (stored[i]?.choice !== upload.choices[i])
        return conflict(`choice ${i + 1} differs from the one already received`);
    }
    const n = upload.choices.length;
    if (n <= stored.length) return { ok: true, received: n };
    await tx
      .insertInto('progress_choices')
      .values(
        upload.choices.slice(stored.length).map((choice, k) => ({
          session_id: sessionId,
          idx: stored.length + k,
          choice,
          made_at: upload.choiceTimes[stored.length + k] ?? 0,
          received_at: now,
          upload_length: n,
        })),
      )
      .execute();
    await tx
      .updateTable('progress')
      .set({ length: n, updated_at: now })
      .where('session_id', '=', sessionId)
      .execute();
    return { ok: true, received: n };
  });
}

/** What the record must match to count as witnessed. */
export interface WitnessClaim {
  readonly recordId: string;
  readonly caseId: string;
  readonly language: string;
  readonly mode: string;
  readonly storyHash: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly choices: readonly number[];
}

/**
 * The witness rule: the server saw this trainee's progress for the record's session
 * grow one choice per upload (prefix lengths 1..n, in any number of retries), the same
 * choices, with made-times non-decreasing and none after its arrival.
 */
export async function wasWitnessed(
  db: Kysely<Database>,
  traineeId: string,
  claim: WitnessClaim,
): Promise<boolean> {
  const row = await db
    .selectFrom('progress')
    .selectAll()
    .where('session_id', '=', claim.recordId)
    .where('trainee_id', '=', traineeId)
    .executeTakeFirst();
  if (!row) return false;
  if (
    row.case_id !== claim.caseId ||
    row.language !== claim.language ||
    row.mode !== claim.mode ||
    row.story_hash !== claim.storyHash ||
    row.seed !== claim.seed ||
    row.started_at !== claim.startedAt ||
    row.length !== claim.choices.length
  )
    return false;
  const seen = await db
    .selectFrom('progress_choices')
    .selectAll()
    .where('session_id', '=', claim.recordId)
    .orderBy('idx')
    .execute();
  let previous = -Infinity;
  return (
    seen.length === claim.choices.length &&
    seen.every((c, i) => {
      const ok =
        c.idx === i &&
        c.choice === claim.choices[i] &&
        c.upload_length === i + 1 &&
        c.made_at >= previous &&
        c.made_at <= c.received_at;
      previous = c.made_at;
      return ok;
    })
  );
}
