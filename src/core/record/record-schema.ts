import * as v from 'valibot';
import { actionIds } from '../protocol/actions.ts';
import { competencies } from '../protocol/competencies.ts';
import { escalations } from '../protocol/escalations.ts';
import { languages } from '../language.ts';
import type { Severity } from '../protocol/severity.ts';
import { situationIds } from '../protocol/situations.ts';
import { standardIds } from '../protocol/standard-ids.ts';
import { outcomes, verdictCauses } from '../protocol/verdict.ts';
import { QUESTION_TYPES } from '../questions/question-type.ts';
import { caseIdPattern, caseModes, type SessionRecord } from './session-record.ts';

/*
 * The saved-record formats, one schema per schemaVersion. Every message says what
 * the field must be; parse-record.ts prefixes the field's path. Objects are strict:
 * a field the format does not have is rejected, not carried along.
 */

const severities: readonly Severity[] = ['minor', 'major', 'critical'];

const whole = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(what), v.safeInteger(what), v.minValue(min, what), v.maxValue(max, what));
const text = (what: string) => v.string(what);
const oneOf = <const T extends readonly string[]>(options: T, what: string) => v.picklist(options, what);

const actionId = oneOf(actionIds, 'must be a known action id');

/** Fields every verdict has, in every version. */
const verdictBase = {
  standard: oneOf(standardIds, 'must be a known standard id'),
  severity: oneOf(severities, 'must be minor, major or critical'),
  step: whole('must be a step number (0 or more)', 0),
  action: v.optional(actionId),
  cause: oneOf(verdictCauses, `must be one of ${verdictCauses.join(', ')}`),
};

export const verdictV1Schema = v.strictObject({
  ...verdictBase,
  outcome: oneOf(['met', 'violated'], 'must be met or violated'),
  situation: v.optional(oneOf(situationIds, 'must be a known situation id')),
  reason: text('must be the reason as text'),
});

export const verdictV2Schema = v.strictObject({
  ...verdictBase,
  outcome: oneOf(outcomes, `must be one of ${outcomes.join(', ')}`),
  params: v.strictObject(
    {
      escalation: v.optional(oneOf(escalations, 'must be a known escalation')),
      situation: v.optional(oneOf(situationIds, 'must be a known situation id')),
      anyOf: v.optional(v.array(actionId, 'must be a list of action ids')),
      endedAt: v.optional(whole('must be a step number (0 or more)', 0)),
    },
    'must be an object of verdict parameters',
  ),
});

const questionType = oneOf(QUESTION_TYPES, `must be one of ${QUESTION_TYPES.join(', ')}`);
export const typedQuestionSchema = v.strictObject(
  {
    step: whole('must be a step number (0 or more)', 0),
    text: v.pipe(text('must be the typed text'), v.maxLength(500, 'must be at most 500 characters')),
    classifierVersion: v.pipe(
      text('must be a classifier version'),
      v.nonEmpty('must be a classifier version'),
    ),
    classified: questionType,
    type: questionType,
  },
  'must be an object with step, text, classifierVersion, classified and type',
);

const level = whole('must be a whole number from 0 to 10', 0, 10);
const score = whole('must be a whole number from 0 to 100', 0, 100);

/** Fields every record has, in every version; `verdict` is that version's verdict schema. */
function recordSchema<const V extends number, S extends v.GenericSchema>(version: V, verdict: S) {
  return v.pipe(
    v.strictObject(
      {
        schemaVersion: v.literal(version, `must be ${version}`),
        recordId: v.pipe(text('must be a non-empty string'), v.nonEmpty('must be a non-empty string')),
        trainee: v.strictObject(
          { name: text('must be text'), code: text('must be text') },
          'must be an object with a name and a code',
        ),
        caseId: v.pipe(
          text('must be a case id'),
          v.regex(caseIdPattern, 'must be a case id (lower-case letters, digits, underscores), not a path'),
        ),
        language: oneOf(languages, `must be ${languages.join(' or ')}`),
        mode: oneOf(caseModes, `must be ${caseModes.join(' or ')}`),
        storyHash: v.pipe(
          text('must be a SHA-256 in hex'),
          v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex (64 digits 0-9a-f)'),
        ),
        seed: whole('must be a whole number', Number.MIN_SAFE_INTEGER),
        choices: v.array(whole('must be an option index (0 or more)', 0), 'must be a list of option indices'),
        startedAt: whole('must be a time (epoch milliseconds)', 0),
        endedAt: whole('must be a time (epoch milliseconds)', 0),
        ending: v.nullable(
          v.pipe(text('must be an ending id or null'), v.nonEmpty('must be an ending id or null')),
          'must be an ending id or null',
        ),
        verdicts: v.array(verdict, 'must be a list of verdicts'),
        scores: v.strictObject(
          {
            overall: score,
            competencies: v.record(
              oneOf(competencies, 'must be a known competency'),
              score,
              'must map competencies to scores',
            ),
          },
          'must be an object with overall and competencies',
        ),
        passed: v.boolean('must be true or false'),
        levels: v.array(
          v.strictObject({ trust: level, distress: level }, 'must be an object with trust and distress'),
          'must be a list of child levels',
        ),
        typedQuestions: v.optional(v.array(typedQuestionSchema, 'must be a list of typed questions')),
      },
      'must be a JSON object',
    ),
    v.forward(
      v.partialCheck(
        [['startedAt'], ['endedAt']],
        (r) => r.endedAt >= r.startedAt,
        'must not be before startedAt',
      ),
      ['endedAt'],
    ),
  );
}

export const recordV1Schema = recordSchema(1, verdictV1Schema);
export const recordV2Schema = recordSchema(2, verdictV2Schema);

export type VerdictV1 = v.InferOutput<typeof verdictV1Schema>;
export type RecordV1 = v.InferOutput<typeof recordV1Schema>;
export type RecordV2 = v.InferOutput<typeof recordV2Schema>;

/** The schema and the SessionRecord type must agree: this fails to compile when they drift. */
export const asSessionRecord = (record: RecordV2): SessionRecord => record;
