import XAPI, { type Statement } from '@xapi/xapi';
import type { LrsTarget, SendOutcome, SendStatement } from './statement-queue.ts';

/** Statuses worth trying again later: the LRS is busy, down, or behind a proxy that is. */
const transientStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

interface HttpError {
  readonly response?: { readonly status?: number; readonly data?: unknown };
  readonly message?: string;
}

/** What an LRS's answer means for a queued statement. */
export function outcomeOf(error: unknown): SendOutcome {
  const { response, message } = (error ?? {}) as HttpError;
  const status = response?.status;
  if (status === undefined) return 'transient'; // no answer: offline, refused, timed out
  if (status === 409) return 'duplicate';
  if (transientStatuses.has(status)) return 'transient';
  const detail = typeof response?.data === 'string' ? response.data : JSON.stringify(response?.data ?? '');
  return { rejected: `${status} ${detail || message || ''}`.slice(0, 300).trim() };
}

/**
 * Sends one statement with @xapi/xapi (POST /statements, `X-Experience-API-Version: 1.0.3`,
 * the target's Authorization); gives up (transient) after `timeoutMs`.
 */
export function xapiSender(timeoutMs = 20_000): SendStatement {
  const clients = new Map<string, XAPI>();
  const clientFor = (lrs: LrsTarget) => {
    const key = `${lrs.endpoint}\n${lrs.auth ?? ''}`;
    let client = clients.get(key);
    if (!client) {
      client = new XAPI({ endpoint: lrs.endpoint, ...(lrs.auth ? { auth: lrs.auth } : {}) });
      clients.set(key, client);
    }
    return client;
  };
  return async (lrs: LrsTarget, statement: Statement): Promise<SendOutcome> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<SendOutcome>((resolve) => {
      timer = setTimeout(() => resolve('transient'), timeoutMs);
    });
    const sent = clientFor(lrs)
      .sendStatement({ statement })
      .then((): SendOutcome => 'stored', outcomeOf);
    try {
      return await Promise.race([sent, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

const classPrefix = 'class:';
/** The marker a statement for the class server carries instead of a credential: whose class token to use. */
export const classAuth = (owner: string): string => `${classPrefix}${owner}`;

/**
 * For the class server: a statement is sent with the class token of the trainee who queued it
 * (read when it is sent, from the class links the classroom keeps in IndexedDB). No token yet
 * (joined offline): it waits; no link at all: refused, kept.
 */
export function classSender(
  send: SendStatement,
  linkOf: (owner: string) => Promise<{ token?: string } | undefined> = classLink,
): SendStatement {
  return async (lrs, statement) => {
    if (!lrs.auth?.startsWith(classPrefix)) return send(lrs, statement);
    const owner = lrs.auth.slice(classPrefix.length);
    if (!owner) return { rejected: 'no class trainee to send as' };
    const link = await linkOf(owner);
    if (!link) return { rejected: 'no class credential in this browser for this trainee' };
    if (link.token === undefined) return 'transient';
    return send({ endpoint: lrs.endpoint, auth: `Bearer ${link.token}` }, statement);
  };
}

async function classLink(owner: string): Promise<{ token?: string } | undefined> {
  const { openAppDatabase } = await import('../storage/app-database.ts');
  const { IndexedDbOutboxStore } = await import('../storage/indexeddb-outbox-store.ts');
  const db = await openAppDatabase();
  try {
    return await new IndexedDbOutboxStore(db).getLink(owner);
  } finally {
    db.close();
  }
}
