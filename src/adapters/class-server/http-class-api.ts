import type { SessionRecord } from '../../core/record/session-record.ts';
import type {
  ApiOutcome,
  AssignmentsReply,
  ClassApi,
  JoinReply,
  JoinRequest,
  RecordReply,
} from '../../session/class-api.ts';
import type { ProgressUpload } from '../../session/session-sync.ts';

export { classServerBase } from './class-server-base.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The class server's trainee API over `fetch`, on the same origin; every request gives up after `timeoutMs`. */
export class HttpClassApi implements ClassApi {
  constructor(
    private readonly base: string,
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init),
    private readonly timeoutMs = 15_000,
  ) {}

  join(request: JoinRequest): Promise<ApiOutcome<JoinReply>> {
    return this.call('POST', '/join', undefined, request);
  }

  putProgress(
    token: string,
    sessionId: string,
    upload: ProgressUpload,
  ): Promise<ApiOutcome<{ received: number }>> {
    return this.call('PUT', `/attempts/${encodeURIComponent(sessionId)}/progress`, token, upload);
  }

  putRecord(token: string, record: SessionRecord): Promise<ApiOutcome<RecordReply>> {
    return this.call('PUT', `/records/${encodeURIComponent(record.recordId)}`, token, record);
  }

  getAssignments(token: string): Promise<ApiOutcome<AssignmentsReply>> {
    return this.call('GET', '/me/assignments', token, undefined);
  }

  private async call<T>(
    method: string,
    path: string,
    token: string | undefined,
    body: unknown,
  ): Promise<ApiOutcome<T>> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      return {
        ok: false,
        status: 0,
        error: 'unreachable',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok) return { ok: true, status: response.status, body: json as T };
    const error = isObject(json) && typeof json.error === 'string' ? json.error : `http_${response.status}`;
    const reason = isObject(json) && typeof json.reason === 'string' ? json.reason : response.statusText;
    return { ok: false, status: response.status, error, reason };
  }
}
