import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseRecord } from '../../src/core/record/parse-record.ts';
import { decodeRecordText, maxRecordBytes } from '../../src/core/record/read-record-file.ts';
import type { Database, RecordStatus } from '../db/schema.ts';
import { canonicalJson } from '../scoring/canonical-json.ts';
import { rescore } from '../scoring/rescore.ts';
import type { StoryCatalog } from '../scoring/story-catalog.ts';
import { traineeIdFor } from '../store/classes.ts';
import { wasWitnessed } from '../store/progress.ts';
import { findRecord, insertRecord } from '../store/records.ts';

export type ImportOutcome =
  | {
      readonly ok: true;
      /** stored: new; merged: the same record was already stored (by id, same content). */
      readonly result: 'stored' | 'merged';
      readonly recordId: string;
      readonly trainee: { readonly name: string; readonly code: string };
      readonly status: RecordStatus;
      readonly witnessed: boolean | null;
    }
  | { readonly ok: false; readonly error: 'corrupt' | 'foreign' | 'conflict'; readonly reason: string };

/**
 * Imports one record file (bytes as saved by the simulator) into a class, the way the
 * record PUT route takes a record: checked by the record schema, re-scored by replay
 * (altered / unverifiable marked), witnessed only if the server saw it played. A file
 * that is not a readable record is refused as corrupt; a record whose id is stored for
 * another class as foreign; the same id with other content as a conflict. A refused
 * file changes nothing stored; the same record again is merged (stored once).
 */
export async function importRecordFile(
  db: Kysely<Database>,
  catalog: StoryCatalog,
  classId: string,
  bytes: Uint8Array,
): Promise<ImportOutcome> {
  if (bytes.length === 0) return { ok: false, error: 'corrupt', reason: 'the file is empty' };
  if (bytes.length > maxRecordBytes) return { ok: false, error: 'corrupt', reason: 'the file is too large' };
  const text = decodeRecordText(bytes);
  if (!text.ok) return { ok: false, error: 'corrupt', reason: text.reason };
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    return { ok: false, error: 'corrupt', reason: `not readable JSON (${(error as Error).message})` };
  }
  const parsed = parseRecord(data);
  if (!parsed.ok)
    return { ok: false, error: 'foreign', reason: `not a Primer Contacto record: ${parsed.reason}` };
  const record = parsed.record;
  const digest = createHash('sha256').update(canonicalJson(data)).digest('hex');
  const existing = await findRecord(db, record.recordId);
  if (existing) {
    const owner = await db
      .selectFrom('trainees')
      .select(['class_id', 'name', 'code'])
      .where('id', '=', existing.trainee_id)
      .executeTakeFirstOrThrow();
    if (owner.class_id !== classId)
      return { ok: false, error: 'foreign', reason: 'a record with this id belongs to another class' };
    if (existing.body_digest !== digest)
      return { ok: false, error: 'conflict', reason: 'a different record with this id is already stored' };
    return {
      ok: true,
      result: 'merged',
      recordId: record.recordId,
      trainee: { name: owner.name, code: owner.code },
      status: existing.status,
      witnessed: existing.witnessed,
    };
  }
  const traineeId = await traineeIdFor(db, classId, record.trainee.name, record.trainee.code);
  const { status, server } = rescore(record, await catalog.json(record.storyHash));
  const witnessed = record.mode === 'evaluation' ? await wasWitnessed(db, traineeId, record) : null;
  const stored = await insertRecord(db, {
    recordId: record.recordId,
    traineeId,
    caseId: record.caseId,
    language: record.language,
    mode: record.mode,
    endedAt: record.endedAt,
    receivedAt: Date.now(),
    body: data as Record<string, unknown>,
    bodyDigest: digest,
    status,
    witnessed,
    server,
  });
  if (!stored) return importRecordFile(db, catalog, classId, bytes);
  return {
    ok: true,
    result: 'stored',
    recordId: record.recordId,
    trainee: record.trainee,
    status,
    witnessed,
  };
}
