import type { Agent, Context, Statement } from '@xapi/xapi';
import type { SessionRecord } from '../../core/record/session-record.ts';
import type { Decision } from '../lms/decisions.ts';
import { responseOf } from '../lms/scorm-reporter.ts';

/** Verbs from the ADL vocabulary (the ones cmi5 defines are these same IRIs). */
export const verbs = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
} as const;

/** cmi5's context categories and extension (cmi5 spec §9.6). */
export const cmi5Iri = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

/** The simulator's own IRIs: activities without an LMS-given id, and the extensions. */
export const simulatorIri = 'urn:primer-contacto';
export const extensionIri = {
  /** At a decision: the standards judged, the worst first: `[{ standard, outcome }]`. */
  verdicts: `${simulatorIri}:xapi:verdicts`,
  /** At a decision: the story's option index taken (not its place on screen). */
  option: `${simulatorIri}:xapi:option`,
  /** At a decision: the officer action ids that option carried. */
  actions: `${simulatorIri}:xapi:actions`,
  /** At the result: the competency scores 0–100. */
  competencies: `${simulatorIri}:xapi:competencies`,
  /** In the context: the session (attempt) id, the record's id. */
  session: `${simulatorIri}:xapi:session`,
  /** In the context: the case id, the language and the mode. */
  caseId: `${simulatorIri}:xapi:case`,
  language: `${simulatorIri}:xapi:language`,
  mode: `${simulatorIri}:xapi:mode`,
} as const;

/** The activity of a case: the LMS's own id when it launched one (cmi5, xAPI launch), else the simulator's. */
export const caseActivityId = (caseId: string, base = simulatorIri): string => `${base}/case/${caseId}`;
/** The activity of one decision of a case: stable per case and decision number. */
export const decisionActivityId = (caseActivity: string, n: number): string =>
  `${caseActivity}/decision/${n}`;

/** A statement with its id, fixed when it is made. */
export type IdentifiedStatement = Statement & { readonly id: string };

/** Who, on what, in which attempt: what every statement of one session carries. */
export interface StatementScope {
  readonly actor: Agent;
  /** The case's activity IRI. */
  readonly activity: string;
  readonly caseId: string;
  readonly sessionId: string;
  readonly language: string;
  readonly mode: string;
  /** The LMS registration (a UUID); else the session id when it is a UUID. */
  readonly registration?: string;
  /** Set when launched by cmi5: the LMS's context template and launch data. */
  readonly cmi5?: {
    readonly contextTemplate?: Context;
    readonly masteryScore?: number;
    readonly launchMode: 'Normal' | 'Browse' | 'Review';
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (text: string | undefined): text is string => !!text && uuidPattern.test(text);

/** An ISO 8601 duration in seconds, hundredths at most (`PT83.25S`). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  return `PT${Math.floor(cs / 100)}${cs % 100 ? `.${String(cs % 100).padStart(2, '0')}` : ''}S`;
}

type Kind = 'defined' | 'moveOn' | 'allowed';

function contextOf(scope: StatementScope, kind: Kind, extra?: Context): Context {
  const template = scope.cmi5?.contextTemplate ?? {};
  const categories = scope.cmi5
    ? [
        ...(template.contextActivities?.category ?? []),
        ...(kind === 'allowed' ? [] : [{ id: cmi5Iri.category }]),
        ...(kind === 'moveOn' ? [{ id: cmi5Iri.moveOn }] : []),
      ]
    : [];
  const registration = scope.registration ?? (isUuid(scope.sessionId) ? scope.sessionId : undefined);
  return {
    ...template,
    ...(registration ? { registration } : {}),
    language: scope.language,
    contextActivities: {
      ...template.contextActivities,
      ...extra?.contextActivities,
      ...(categories.length ? { category: categories } : {}),
    },
    extensions: {
      ...template.extensions,
      [extensionIri.session]: scope.sessionId,
      [extensionIri.caseId]: scope.caseId,
      [extensionIri.language]: scope.language,
      [extensionIri.mode]: scope.mode,
      ...extra?.extensions,
    },
  };
}

interface Made {
  readonly id: string;
  readonly at: number;
}

function statement(
  scope: StatementScope,
  made: Made,
  verb: Statement['verb'],
  kind: Kind,
  rest: Partial<Statement> = {},
): IdentifiedStatement {
  return {
    id: made.id,
    actor: scope.actor,
    verb,
    object: { objectType: 'Activity', id: scope.activity },
    timestamp: new Date(made.at).toISOString(),
    ...rest,
    context: contextOf(scope, kind, rest.context),
  };
}

export function initializedStatement(scope: StatementScope, made: Made): IdentifiedStatement {
  return statement(scope, made, verbs.initialized, 'defined');
}

/** One decision: the option index and action ids as the response, the verdicts as result extensions. */
export function answeredStatement(scope: StatementScope, made: Made, d: Decision): IdentifiedStatement {
  const violated = d.standards.some((s) => s.outcome === 'violated');
  return statement(scope, made, verbs.answered, 'allowed', {
    object: {
      objectType: 'Activity',
      id: decisionActivityId(scope.activity, d.number),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'es-PE': `Decisión ${d.number}`, en: `Decision ${d.number}` },
        interactionType: 'choice',
      },
    },
    result: {
      response: responseOf(d),
      ...(d.standards.length ? { success: !violated } : {}),
      ...(d.latencyMs !== undefined ? { duration: isoDuration(d.latencyMs) } : {}),
      extensions: {
        [extensionIri.verdicts]: d.standards.map((s) => ({ standard: s.standard, outcome: s.outcome })),
        [extensionIri.option]: d.option,
        [extensionIri.actions]: [...d.actions],
      },
    },
    context: { contextActivities: { parent: [{ objectType: 'Activity', id: scope.activity }] } },
  });
}

export function completedStatement(
  scope: StatementScope,
  made: Made,
  record: SessionRecord,
): IdentifiedStatement {
  return statement(scope, made, verbs.completed, 'moveOn', {
    result: { completion: true, duration: isoDuration(record.endedAt - record.startedAt) },
  });
}

/**
 * Passed or failed by the simulator's rule (score ≥ 75, no critical violation, no violated
 * key standard). Under cmi5 a pass below the LMS's mastery score is reported as failed: the
 * spec forbids `passed` under it.
 */
export function resultStatement(
  scope: StatementScope,
  made: Made,
  record: SessionRecord,
): IdentifiedStatement {
  const scaled = record.scores.overall / 100;
  const mastery = scope.cmi5?.masteryScore;
  const passed = record.passed && (mastery === undefined || scaled >= mastery);
  return statement(scope, made, passed ? verbs.passed : verbs.failed, 'moveOn', {
    result: {
      score: { scaled, raw: record.scores.overall, min: 0, max: 100 },
      success: passed,
      duration: isoDuration(record.endedAt - record.startedAt),
      extensions: { [extensionIri.competencies]: { ...record.scores.competencies } },
    },
    ...(mastery !== undefined ? { context: { extensions: { [cmi5Iri.masteryScore]: mastery } } } : {}),
  });
}

export function terminatedStatement(
  scope: StatementScope,
  made: Made,
  durationMs: number,
): IdentifiedStatement {
  return statement(scope, made, verbs.terminated, 'defined', {
    result: { duration: isoDuration(durationMs) },
  });
}
