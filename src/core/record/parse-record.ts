import { competencies } from '../protocol/competencies.ts';
import { isLanguage } from '../protocol/localized.ts';
import { isStandardId } from '../protocol/standard-ids.ts';
import { recordSchemaVersion, type SessionRecord } from './session-record.ts';

export type ParsedRecord =
  | { readonly ok: true; readonly record: SessionRecord }
  | { readonly ok: false; readonly reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);

function problem(data: Record<string, unknown>): string | undefined {
  if (data.schemaVersion !== recordSchemaVersion) {
    return `schemaVersion ${JSON.stringify(data.schemaVersion)} is not supported (this version reads ${recordSchemaVersion})`;
  }
  for (const key of ['recordId', 'caseId', 'storyHash'] as const) {
    if (typeof data[key] !== 'string' || data[key] === '') return `'${key}' must be a non-empty string`;
  }
  if (!isObject(data.trainee) || typeof data.trainee.name !== 'string' || typeof data.trainee.code !== 'string') {
    return "'trainee' must have a name and a code";
  }
  if (typeof data.language !== 'string' || !isLanguage(data.language)) return "'language' must be es or en";
  if (data.mode !== 'practice' && data.mode !== 'evaluation') return "'mode' must be practice or evaluation";
  if (!isInt(data.seed)) return "'seed' must be a whole number";
  if (!Array.isArray(data.choices) || !data.choices.every((c) => isInt(c) && c >= 0)) {
    return "'choices' must be a list of option indices";
  }
  if (!isInt(data.startedAt) || !isInt(data.endedAt) || data.endedAt < data.startedAt) {
    return "'startedAt' and 'endedAt' must be times, the end not before the start";
  }
  if (!Array.isArray(data.verdicts)) return "'verdicts' must be a list";
  const bad = data.verdicts.findIndex((v) => !isObject(v) || typeof v.standard !== 'string' || !isStandardId(v.standard) || !isInt(v.step));
  if (bad >= 0) return `verdict ${bad + 1} is not a valid verdict`;
  if (!isObject(data.scores) || !isInt(data.scores.overall) || !isObject(data.scores.competencies)) {
    return "'scores' must have an overall score and competency scores";
  }
  const unknown = Object.keys(data.scores.competencies).find((c) => !(competencies as readonly string[]).includes(c));
  if (unknown) return `unknown competency '${unknown}' in scores`;
  if (typeof data.passed !== 'boolean') return "'passed' must be true or false";
  if (!Array.isArray(data.levels)) return "'levels' must be a list";
  return undefined;
}

/** Checks that unknown data is a SessionRecord of this version; a corrupt one is rejected with the reason. */
export function parseRecord(data: unknown): ParsedRecord {
  if (!isObject(data)) return { ok: false, reason: 'a record must be a JSON object' };
  const reason = problem(data);
  return reason ? { ok: false, reason } : { ok: true, record: data as unknown as SessionRecord };
}
