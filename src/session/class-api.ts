import type { SessionRecord } from '../core/record/session-record.ts';
import type { ProgressUpload } from './session-sync.ts';

/**
 * What came back from the class server: the body of a 2xx, or the status with the
 * server's error code and reason. Status 0: no answer (network down, server unreachable, timeout).
 */
export type ApiOutcome<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly error: string; readonly reason: string };

export interface JoinRequest {
  readonly classCode: string;
  readonly name: string;
  readonly code: string;
}

export interface JoinReply {
  readonly traineeId: string;
  readonly token: string;
  readonly class: { readonly id: string; readonly name: string };
}

export interface RecordReply {
  readonly recordId: string;
  readonly status: 'verified' | 'altered' | 'unverifiable';
  readonly witnessed: boolean | null;
}

export interface AssignmentsReply {
  readonly assignedCases: readonly string[];
}

/** The class server's trainee API (the port; see notes on the contract: POST /join, PUT progress, PUT records). */
export interface ClassApi {
  join(request: JoinRequest): Promise<ApiOutcome<JoinReply>>;
  putProgress(
    token: string,
    sessionId: string,
    upload: ProgressUpload,
  ): Promise<ApiOutcome<{ received: number }>>;
  putRecord(token: string, record: SessionRecord): Promise<ApiOutcome<RecordReply>>;
  /** The cases the instructor assigned to the trainee's class (GET /me/assignments). */
  getAssignments(token: string): Promise<ApiOutcome<AssignmentsReply>>;
}

/** Whether a failure is worth trying again later: no answer, a timeout, too many requests, or a server error. */
export const isTransient = (status: number): boolean =>
  status === 0 || status === 408 || status === 429 || status >= 500;
