import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import type {
  ApiOutcome,
  AssignmentsReply,
  ClassApi,
  JoinReply,
  JoinRequest,
  RecordReply,
} from '../../../src/session/class-api.ts';
import type { ProgressUpload } from '../../../src/session/session-sync.ts';

type Call = { readonly what: 'join' | 'progress' | 'record'; readonly id: string; readonly length?: number };

const fail = (status: number, error: string): ApiOutcome<never> => ({
  ok: false,
  status,
  error,
  reason: error,
});

/**
 * A class server in memory that keeps the contract's rules (join per class, progress that
 * must extend what it has, records idempotent by id), and can be taken down or made to
 * lose its answers.
 */
export class FakeClassServer implements ClassApi {
  readonly classes = new Set(['AULA-1']);
  readonly calls: Call[] = [];
  readonly progress = new Map<string, readonly number[]>();
  readonly records = new Map<string, string>();
  /** Every record arrival that stored something (a repeat is not one). */
  readonly stored: string[] = [];
  down = false;
  /** The next answers are lost after the request was handled (as when the network drops on the way back). */
  loseAnswers = 0;
  /** Status to answer every record with, when set (a server refusing it). */
  refuseRecords: { status: number; error: string } | undefined;
  private readonly tokens = new Set<string>();
  private issued = 0;

  join(request: JoinRequest): Promise<ApiOutcome<JoinReply>> {
    this.calls.push({ what: 'join', id: request.classCode });
    if (this.down) return Promise.resolve(fail(0, 'unreachable'));
    if (!this.classes.has(request.classCode)) return Promise.resolve(fail(404, 'unknown_class'));
    const token = `t-${++this.issued}`;
    this.tokens.add(token);
    return this.answer({
      ok: true,
      status: 201,
      body: { traineeId: 'tr-1', token, class: { id: 'c-1', name: 'Aula' } },
    });
  }

  putProgress(
    token: string,
    sessionId: string,
    upload: ProgressUpload,
  ): Promise<ApiOutcome<{ received: number }>> {
    this.calls.push({ what: 'progress', id: sessionId, length: upload.choices.length });
    if (this.down) return Promise.resolve(fail(0, 'unreachable'));
    if (!this.tokens.has(token)) return Promise.resolve(fail(401, 'unauthorized'));
    const had = this.progress.get(sessionId) ?? [];
    const extends_ = had.every((c, i) => upload.choices[i] === c);
    if (!extends_) return Promise.resolve(fail(409, 'progress_conflict'));
    if (upload.choices.length >= had.length) this.progress.set(sessionId, [...upload.choices]);
    return this.answer({ ok: true, status: 200, body: { received: upload.choices.length } });
  }

  /** The cases assigned to the class, as an instructor set them. */
  assignedCases: readonly string[] = [];

  getAssignments(token: string): Promise<ApiOutcome<AssignmentsReply>> {
    if (this.down) return Promise.resolve(fail(0, 'unreachable'));
    if (!this.tokens.has(token)) return Promise.resolve(fail(401, 'unauthorized'));
    return Promise.resolve({ ok: true, status: 200, body: { assignedCases: this.assignedCases } });
  }

  putRecord(token: string, record: SessionRecord): Promise<ApiOutcome<RecordReply>> {
    this.calls.push({ what: 'record', id: record.recordId });
    if (this.down) return Promise.resolve(fail(0, 'unreachable'));
    if (!this.tokens.has(token)) return Promise.resolve(fail(401, 'unauthorized'));
    if (this.refuseRecords) return Promise.resolve(fail(this.refuseRecords.status, this.refuseRecords.error));
    const json = JSON.stringify(record);
    const had = this.records.get(record.recordId);
    if (had !== undefined && had !== json) return Promise.resolve(fail(409, 'record_conflict'));
    if (had === undefined) {
      this.records.set(record.recordId, json);
      this.stored.push(record.recordId);
    }
    const body: RecordReply = { recordId: record.recordId, status: 'verified', witnessed: true };
    return this.answer({ ok: true, status: had === undefined ? 201 : 200, body });
  }

  /** Forgets every credential it gave (as a server set up again would). */
  forgetTokens(): void {
    this.tokens.clear();
  }

  private answer<T>(outcome: ApiOutcome<T>): Promise<ApiOutcome<T>> {
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      return Promise.resolve(fail(0, 'unreachable'));
    }
    return Promise.resolve(outcome);
  }
}

/** Timers that only fire when the test says so. */
export class ManualTimers {
  private readonly waiting = new Map<number, { run: () => void; ms: number }>();
  private next = 1;

  set = (run: () => void, ms: number): unknown => {
    const id = this.next++;
    this.waiting.set(id, { run, ms });
    return id;
  };

  clear = (handle: unknown): void => {
    this.waiting.delete(handle as number);
  };

  /** The waits set and not yet fired or cleared, in ms. */
  get pending(): number[] {
    return [...this.waiting.values()].map((w) => w.ms);
  }

  /** Fires every waiting timer once. */
  fireAll(): void {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    due.forEach((w) => w.run());
  }
}
