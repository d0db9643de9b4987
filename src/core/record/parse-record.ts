import * as v from 'valibot';
import { migrations } from './migrate-record.ts';
import { asSessionRecord, recordV1Schema, recordV2Schema } from './record-schema.ts';
import { recordSchemaVersion, type SessionRecord } from './session-record.ts';

export type ParsedRecord =
  | {
      readonly ok: true;
      readonly record: SessionRecord;
      /** When the record was saved in an older format: that version and what the migration changed. */
      readonly migrated?: { readonly from: number; readonly log: readonly string[] };
    }
  | { readonly ok: false; readonly reason: string };

const readable = [1, recordSchemaVersion] as const;

/** `verdicts[2].params.anyOf[0]`: the field an issue is about, as it is written in the JSON. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = item.key as string | number;
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  }, '');
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** One sentence for the first problem, naming the field. */
function reasonOf(issues: readonly v.BaseIssue<unknown>[], version: number): string {
  const issue = issues[0];
  if (!issue) return 'the record is not valid';
  const field = fieldOf(issue);
  const prefix = version === recordSchemaVersion ? '' : `(schemaVersion ${version}) `;
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return `${prefix}'${field}' is not a field of the record format`;
  if (issue.type === 'strict_object' && issue.received === 'undefined')
    return `${prefix}'${field}' is missing`;
  if (!field) return `${prefix}a record ${issue.message}`;
  const { input } = issue;
  const found =
    typeof input === 'object' && input !== null
      ? ''
      : ` (found ${shorten(JSON.stringify(input) ?? typeof input)})`;
  return `${prefix}'${field}' ${issue.message}${found}`;
}

/**
 * Checks that unknown data is a SessionRecord this version can read, migrating an
 * older format; anything its schema does not allow is rejected with the reason.
 */
export function parseRecord(data: unknown): ParsedRecord {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'a record must be a JSON object' };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) {
    const old = v.safeParse(recordV1Schema, data);
    if (!old.success) return { ok: false, reason: reasonOf(old.issues, 1) };
    const { record, log } = migrations[1](old.output);
    const checked = v.safeParse(recordV2Schema, record);
    if (!checked.success)
      return {
        ok: false,
        reason: `the migration from schemaVersion 1 failed: ${reasonOf(checked.issues, 2)}`,
      };
    return { ok: true, record: asSessionRecord(checked.output), migrated: { from: 1, log } };
  }
  if (version !== recordSchemaVersion) {
    const found =
      version === undefined
        ? 'missing'
        : `${shorten(JSON.stringify(version) ?? typeof version)} is not supported`;
    return { ok: false, reason: `'schemaVersion' ${found} (this version reads ${readable.join(' and ')})` };
  }
  const parsed = v.safeParse(recordV2Schema, data);
  return parsed.success
    ? { ok: true, record: asSessionRecord(parsed.output) }
    : { ok: false, reason: reasonOf(parsed.issues, 2) };
}
