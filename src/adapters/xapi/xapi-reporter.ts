import type { Agent } from '@xapi/xapi';
import type { Clock } from '../../core/clock.ts';
import type { SessionRecord } from '../../core/record/session-record.ts';
import type { ProgressUpload, SessionSync } from '../../session/session-sync.ts';
import type { Decision } from '../lms/decisions.ts';
import type { LrsTarget, NewStatement, StatementQueue } from './statement-queue.ts';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  resultStatement,
  terminatedStatement,
  type StatementScope,
} from './xapi-statements.ts';

/** Who plays, for statements: from the launch (cmi5, xAPI launch link) or from the trainee the app knows. */
export type ActorSource = (trainee: { name: string; code: string } | undefined) => Agent | undefined;

export interface XapiReporterOptions {
  readonly queue: StatementQueue;
  readonly lrs: LrsTarget;
  /** Where a statement queued now goes, when that depends on who plays (the class server); else `lrs`. */
  readonly lrsNow?: () => LrsTarget | undefined;
  readonly clock: Clock;
  /** A new statement id (a UUID). */
  readonly newId: () => string;
  readonly actor: ActorSource;
  /** The trainee of a session (for the actor when the launch gave none). */
  readonly trainee: (sessionId: string) => Promise<{ name: string; code: string } | undefined>;
  /** The activity IRI of a case. */
  readonly activityOf: (caseId: string) => string;
  /** Only this case is reported (a cmi5 AU or a launch link for one case); absent: every case. */
  readonly caseId?: string;
  readonly registration?: string;
  /** cmi5: the launch data; @xapi/cmi5 has already sent `initialized` for this launch. */
  readonly cmi5?: StatementScope['cmi5'];
  /** Tells apart this page's launch: `initialized`/`terminated` are said once per launch and session. */
  readonly launchId: string;
  readonly decisionsOf: (upload: ProgressUpload) => Promise<readonly Decision[]>;
  readonly log?: (message: string) => void;
}

interface Current {
  readonly sessionId: string;
  readonly upload: Pick<ProgressUpload, 'caseId' | 'language' | 'mode'>;
  readonly trainee?: { name: string; code: string };
}

/**
 * Reports cases as xAPI statements through the durable queue: `initialized` when a session
 * starts in this page, `answered` for each decision (option index and action ids as the
 * response, the verdicts as result extensions), `completed` and `passed`/`failed` at the
 * end, and `terminated`. Each statement is queued once (by what it says of which session)
 * with its id fixed then. A SessionSync: it never rejects.
 */
export class XapiReporter implements SessionSync {
  private readonly startedAt: number;
  private current: Current | undefined;
  private terminated = false;

  constructor(private readonly options: XapiReporterOptions) {
    this.startedAt = options.clock.now();
  }

  async progress(sessionId: string, upload: ProgressUpload): Promise<void> {
    if (!this.accepts(upload.caseId)) return;
    try {
      this.current = { sessionId, upload };
      const scope = await this.scope(this.current);
      if (!scope) return;
      const { launchId, cmi5 } = this.options;
      const items: NewStatement[] = [];
      if (!cmi5)
        items.push(
          this.item(
            `${launchId}/${sessionId}/initialized`,
            (m) => initializedStatement(scope, m),
            upload.startedAt,
          ),
        );
      for (const d of await this.options.decisionsOf(upload))
        items.push(
          this.item(`${sessionId}/decision/${d.number}`, (m) => answeredStatement(scope, m, d), d.at),
        );
      await this.options.queue.enqueue(items);
    } catch (error) {
      this.log(`xapi: could not queue the decision: ${String(error)}`);
    }
  }

  async record(record: SessionRecord): Promise<void> {
    if (!this.accepts(record.caseId)) return;
    try {
      this.current = { sessionId: record.recordId, upload: record, trainee: record.trainee };
      const scope = await this.scope(this.current);
      if (!scope) return;
      const id = record.recordId;
      const judged = !this.options.cmi5 || this.options.cmi5.launchMode === 'Normal';
      const items = judged
        ? [
            this.item(`${id}/completed`, (m) => completedStatement(scope, m, record), record.endedAt),
            this.item(`${id}/result`, (m) => resultStatement(scope, m, record), record.endedAt),
          ]
        : [];
      items.push(this.terminatedItem(scope, id));
      this.terminated = true;
      await this.options.queue.enqueue(items);
    } catch (error) {
      this.log(`xapi: could not queue the result: ${String(error)}`);
    }
  }

  /** The learner leaves mid-case (the page is hidden for good): `terminated` for the session in play. */
  async end(): Promise<void> {
    const current = this.current;
    if (this.terminated || !current) return;
    this.terminated = true;
    const scope = await this.scope(current);
    if (scope) await this.options.queue.enqueue([this.terminatedItem(scope, current.sessionId)]);
  }

  private accepts(caseId: string): boolean {
    // Under cmi5, nothing after `terminated`: the LMS launches the AU again for more.
    if (this.terminated && this.options.cmi5) return false;
    return this.options.caseId === undefined || caseId === this.options.caseId;
  }

  private terminatedItem(scope: StatementScope, sessionId: string): NewStatement {
    const now = this.options.clock.now();
    return this.item(
      `${this.options.launchId}/${sessionId}/terminated`,
      (m) => terminatedStatement(scope, m, now - this.startedAt),
      now,
    );
  }

  private item(
    key: string,
    build: (made: { id: string; at: number }) => NewStatement['statement'],
    at = this.options.clock.now(),
  ): NewStatement {
    const statement = build({ id: this.options.newId(), at });
    return { key, statement, lrs: this.options.lrsNow?.() ?? this.options.lrs };
  }

  private async scope(current: Current): Promise<StatementScope | undefined> {
    const actor = this.options.actor(current.trainee ?? (await this.options.trainee(current.sessionId)));
    if (!actor) {
      this.log('xapi: no learner to report as (no launch actor, no trainee): nothing queued');
      return undefined;
    }
    const { caseId, language, mode } = current.upload;
    return {
      actor,
      activity: this.options.activityOf(caseId),
      caseId,
      sessionId: current.sessionId,
      language,
      mode,
      ...(this.options.registration ? { registration: this.options.registration } : {}),
      ...(this.options.cmi5 ? { cmi5: this.options.cmi5 } : {}),
    };
  }

  private log(message: string): void {
    (this.options.log ?? console.warn)(message);
  }
}
