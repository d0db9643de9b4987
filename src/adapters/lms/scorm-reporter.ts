import type { Clock } from '../../core/clock.ts';
import type { Language } from '../../core/language.ts';
import type { SessionRecord } from '../../core/record/session-record.ts';
import type { ProgressUpload, SessionSync } from '../../session/session-sync.ts';
import type { Decision } from './decisions.ts';
import type { ScormPort } from './scorm-api.ts';
import {
  clip,
  decodeSuspendData,
  encodeSuspendData,
  preferredLanguage,
  scormTime,
  scormTimespan,
  traineeName,
  type SuspendData,
} from './scorm-format.ts';

/** The data model's element names in each version. */
const names = {
  '1.2': {
    learnerName: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    language: 'cmi.student_preference.language',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    response: 'student_response',
    time: 'time',
  },
  '2004': {
    learnerName: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    language: 'cmi.learner_preference.language',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    response: 'learner_response',
    time: 'timestamp',
  },
} as const;

/** What the LMS says at launch: who the learner is, what to resume, which language they prefer. */
export interface ScormLaunch {
  readonly learner: { readonly name: string; readonly id: string };
  readonly resume?: SuspendData;
  readonly language?: Language;
}

export interface ScormReporterOptions {
  readonly port: ScormPort;
  /** The case this SCO is: sessions of other cases are not reported. */
  readonly caseId: string;
  readonly clock: Clock;
  /** The decisions of a path so far (the wiring replays it on its story). */
  readonly decisionsOf: (upload: ProgressUpload) => Promise<readonly Decision[]>;
}

/**
 * Reports one case to a SCORM LMS through its API port: the learner's decisions as
 * interactions, the resume data, and at the end the score and status; commits after each
 * decision so a closed tab loses nothing. A SessionSync: it never rejects.
 */
export class ScormReporter implements SessionSync {
  private readonly startedAt: number;
  private launch: ScormLaunch | undefined;
  private session: { id: string; reported: number } | undefined;
  private ended = false;

  constructor(private readonly options: ScormReporterOptions) {
    this.startedAt = options.clock.now();
  }

  private get n() {
    return names[this.options.port.version];
  }

  /** Initializes the LMS session and reads the launch; undefined when the LMS refuses to start. */
  begin(): ScormLaunch | undefined {
    const { port } = this.options;
    if (!port.initialize()) return undefined;
    const raw = port.get('cmi.suspend_data');
    const resume = raw ? decodeSuspendData(raw) : undefined;
    const language = preferredLanguage(port.get(this.n.language));
    this.launch = {
      learner: { name: traineeName(port.get(this.n.learnerName)), id: port.get(this.n.learnerId).trim() },
      ...(resume ? { resume } : {}),
      ...(language ? { language } : {}),
    };
    if (port.version === '1.2') {
      if (['', 'not attempted'].includes(port.get('cmi.core.lesson_status')))
        port.set('cmi.core.lesson_status', 'incomplete');
    } else if (['unknown', 'not attempted', ''].includes(port.get('cmi.completion_status'))) {
      port.set('cmi.completion_status', 'incomplete');
    }
    port.set(this.n.exit, 'suspend');
    port.commit();
    return this.launch;
  }

  async progress(sessionId: string, upload: ProgressUpload): Promise<void> {
    if (this.ended || upload.caseId !== this.options.caseId) return;
    try {
      if (this.session?.id !== sessionId) {
        const resume = this.launch?.resume;
        this.session = {
          id: sessionId,
          reported: resume?.sessionId === sessionId ? resume.choices.length : 0,
        };
      }
      const decisions = await this.options.decisionsOf(upload);
      for (const decision of decisions.slice(this.session.reported)) this.interaction(decision);
      this.session.reported = Math.max(this.session.reported, decisions.length);
      const { port } = this.options;
      const { storyHash, language, seed, startedAt, choices, choiceTimes } = upload;
      const data = encodeSuspendData({
        sessionId,
        storyHash,
        language,
        seed,
        startedAt,
        choices,
        choiceTimes,
      });
      if (data !== undefined) port.set('cmi.suspend_data', data);
      port.set(this.n.exit, 'suspend');
      this.commit();
    } catch (error) {
      console.warn('[scorm] could not report the decision', error);
    }
  }

  record(record: SessionRecord): Promise<void> {
    if (this.ended || record.caseId !== this.options.caseId) return Promise.resolve();
    try {
      const { port } = this.options;
      const score = this.n.score;
      port.set(`${score}.min`, '0');
      port.set(`${score}.max`, '100');
      port.set(`${score}.raw`, String(record.scores.overall));
      const result = record.passed ? 'passed' : 'failed';
      if (port.version === '1.2') {
        port.set('cmi.core.lesson_status', result);
        port.set(this.n.exit, '');
      } else {
        port.set('cmi.score.scaled', String(record.scores.overall / 100));
        port.set('cmi.completion_status', 'completed');
        port.set('cmi.success_status', result);
        port.set(this.n.exit, 'normal');
      }
      port.set('cmi.suspend_data', '');
      this.commit();
    } catch (error) {
      console.warn('[scorm] could not report the result', error);
    }
    return Promise.resolve();
  }

  /** The learner leaves (the page is hidden for good): the session time, a last commit, and the end of the LMS session. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.commit();
    this.options.port.finish();
  }

  private commit(): void {
    const { port, clock } = this.options;
    port.set(this.n.sessionTime, scormTimespan(clock.now() - this.startedAt, port.version));
    port.commit();
  }

  /** One decision as the next interaction (its index is the LMS's count, so a resumed attempt appends). */
  private interaction(d: Decision): void {
    const { port } = this.options;
    const v = port.version;
    const i = Number.parseInt(port.get('cmi.interactions._count'), 10) || 0;
    const set = (field: string, value: string) => port.set(`cmi.interactions.${i}.${field}`, value);
    set('id', `decision_${d.number}`);
    set('type', 'choice');
    d.standards.forEach((s, k) => set(`objectives.${k}.id`, s.standard));
    if (d.at !== undefined) set(this.n.time, scormTime(d.at, v));
    set(this.n.response, responseOf(d));
    const violated = d.standards.some((s) => s.outcome === 'violated');
    set(
      'result',
      violated ? (v === '1.2' ? 'wrong' : 'incorrect') : d.standards.length > 0 ? 'correct' : 'neutral',
    );
    if (d.latencyMs !== undefined) set('latency', scormTimespan(d.latencyMs, v));
    if (v === '2004')
      set('description', clip(`decision ${d.number}: option ${d.option}; ${d.actions.join(', ')}`));
  }
}

/**
 * The learner's response: the option index, then the actions it carried
 * (`2:offer_water,sit_down`), cut at whole action ids to stay within 250 characters.
 */
export function responseOf(d: Pick<Decision, 'option' | 'actions'>): string {
  let text = String(d.option);
  for (const [k, action] of d.actions.entries()) {
    const next = `${text}${k === 0 ? ':' : ','}${action}`;
    if (next.length > 250) break;
    text = next;
  }
  return text;
}
