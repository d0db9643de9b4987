import * as v from 'valibot';
import { languages } from '../core/language.ts';
import { typedQuestionSchema } from '../core/record/record-schema.ts';
import { autosaveVersion, type CaseAutosave } from './record-store.ts';
import type { SetAsideProblem } from './set-aside.ts';

const whole = (min = Number.MIN_SAFE_INTEGER) => v.pipe(v.number(), v.safeInteger(), v.minValue(min));

/**
 * The outer shape of an autosave, checked strictly. The engine's own state inside `run`
 * (`story`, `protocol`) is not: a resume never reads it, it replays `run.choices`.
 */
const autosaveSchema = v.object({
  saveVersion: v.optional(v.literal(autosaveVersion)),
  sessionId: v.pipe(v.string(), v.nonEmpty()),
  caseId: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  language: v.picklist(languages),
  mode: v.picklist(['practice', 'evaluation']),
  trainee: v.object({ name: v.string(), code: v.string() }),
  storyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  seed: whole(),
  startedAt: whole(0),
  savedAt: whole(0),
  choiceTimes: v.optional(v.array(whole(0))),
  typedQuestions: v.optional(v.array(typedQuestionSchema)),
  run: v.looseObject({ choices: v.array(whole(0)) }),
});

export type ParsedAutosave =
  | { readonly ok: true; readonly save: CaseAutosave }
  | { readonly ok: false; readonly problem: SetAsideProblem; readonly reason: string };

const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** The problem an autosave that cannot be used is set aside for, by the version that wrote it. */
export function problemFor(data: unknown, fallback: SetAsideProblem = 'damaged'): SetAsideProblem {
  const version = isObject(data) ? data.saveVersion : undefined;
  if (version === undefined) return 'older_version';
  if (typeof version === 'number' && version > autosaveVersion) return 'newer_version';
  return fallback;
}

/** Checks what the store held under an autosave's key; a save that fails comes with its problem and reason. */
export function parseAutosave(data: unknown): ParsedAutosave {
  const result = v.safeParse(autosaveSchema, data);
  if (result.success) return { ok: true, save: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, problem: problemFor(data), reason: `${path ? `${path}: ` : ''}${issue.message}` };
}
