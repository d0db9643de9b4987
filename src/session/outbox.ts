import type { Clock } from '../core/clock.ts';
import { isTransient, type ApiOutcome, type ClassApi } from './class-api.ts';
import type { OutboxEntry, OutboxItem, OutboxStore } from './outbox-store.ts';
import { DrainLoop, type DrainDeps } from './drain-loop.ts';

/** saved: nothing waits; pending: waiting, being sent; offline: waiting, the server did not answer the last try. */
export type ClassStatusState = 'saved' | 'pending' | 'offline';

export interface OutboxStatus {
  readonly state: ClassStatusState;
  /** Items still to be sent. */
  readonly pending: number;
  /** Items the server refused or holds differently (kept, never dropped). */
  readonly problems: number;
}

export type { Timers } from './drain-loop.ts';

export interface OutboxDeps extends DrainDeps {
  readonly store: OutboxStore;
  readonly api: ClassApi;
  readonly clock: Clock;
  readonly log?: (message: string) => void;
  /** After the server took an item (200/201), before it leaves the outbox. */
  readonly onSent?: (item: OutboxItem) => Promise<void>;
}

type Sent = 'done' | 'stop';
type Token = { readonly token: string } | { readonly stop: true } | { readonly refused: string };

/**
 * Uploads to the class server, kept in IndexedDB until the server has them: sent one
 * at a time in the order they were queued; when the server or the network is down the
 * drain stops where it is and is tried again later (backoff, or at once when the browser
 * is back online). An item leaves the outbox only once the server answered 200/201 (the
 * server is idempotent by id, so a repeat after a lost answer does no harm); a 409 is
 * kept as a conflict, any other refusal is kept with its reason.
 */
export class Outbox {
  private offline = false;
  private readonly listeners = new Set<(status: OutboxStatus) => void>();
  private readonly loop: DrainLoop;

  constructor(private readonly deps: OutboxDeps) {
    this.loop = new DrainLoop(deps, {
      round: () => this.round(),
      log: (message) => this.log(message),
      label: 'outbox',
      onRetry: () => (this.offline = true),
      onClear: () => (this.offline = false),
      onSettled: () => void this.announce(),
    });
  }

  /** Queues an upload for a trainee of a class, then starts a drain (not awaited) unless a retry is already waiting. */
  async enqueue(owner: string, entry: OutboxEntry): Promise<void> {
    const queuedAt = this.deps.clock.now();
    await this.deps.store.add({ ...entry, owner, queuedAt, state: 'pending', attempts: 0 });
    // While a retry waits (server or network down), new items wait for it too.
    if (!this.loop.retryWaiting) void this.drain();
    else void this.announce();
  }

  /** Resolves once the drain under way, if any, has ended. */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  /**
   * Sends what is pending, in order; one drain at a time: a call during a drain makes it
   * go round again, and resolves once that round is over too.
   */
  drain(): Promise<void> {
    return this.loop.drain();
  }

  /** Tries again now (the browser is back online, or the trainee is leaving): the backoff starts over. */
  retryNow(): Promise<void> {
    return this.loop.retryNow();
  }

  /** Every item of a trainee still in the outbox (pending, or kept with a problem). */
  async itemsOf(owner: string): Promise<OutboxItem[]> {
    return (await this.deps.store.list()).filter((item) => item.owner === owner);
  }

  async status(): Promise<OutboxStatus> {
    const items = await this.deps.store.list();
    const pending = items.filter((i) => i.state === 'pending').length;
    const problems = items.length - pending;
    const state = pending === 0 ? 'saved' : this.offline ? 'offline' : 'pending';
    return { state, pending, problems };
  }

  /** Calls `listener` with the status now and after every change; returns the way to stop. */
  onStatus(listener: (status: OutboxStatus) => void): () => void {
    this.listeners.add(listener);
    void this.status().then(listener, () => undefined);
    return () => this.listeners.delete(listener);
  }

  /** Says the status to whoever listens. */
  async announce(): Promise<void> {
    if (this.listeners.size === 0) return;
    const status = await this.status().catch(() => undefined);
    if (status) this.listeners.forEach((listener) => listener(status));
  }

  /** One pass over what is pending, in order; stops at the first item the server could not take now. */
  private async round(): Promise<Sent> {
    const tokens = new Map<string, Token>();
    for (const item of await this.deps.store.list()) {
      if (item.state !== 'pending') continue;
      if ((await this.send(item, tokens)) === 'stop') return 'stop';
      void this.announce();
    }
    return 'done';
  }

  private async send(item: OutboxItem, tokens: Map<string, Token>, renewed = false): Promise<Sent> {
    const { api, store } = this.deps;
    const token = tokens.get(item.owner) ?? (await this.tokenFor(item.owner));
    tokens.set(item.owner, token);
    if ('stop' in token) return 'stop';
    if ('refused' in token) return this.keep(item, 'rejected', token.refused);
    const outcome: ApiOutcome<unknown> =
      item.kind === 'progress'
        ? await api.putProgress(token.token, item.id, item.body)
        : await api.putRecord(token.token, item.body);
    if (outcome.ok) {
      await this.deps.onSent?.(item);
      await store.remove(item.seq);
      return 'done';
    }
    const reason = `${outcome.status} ${outcome.error}: ${outcome.reason}`;
    if (isTransient(outcome.status)) {
      await store.put({ ...item, attempts: item.attempts + 1, reason });
      return 'stop';
    }
    if (outcome.status === 401 && !renewed) {
      // The credential is no longer good (say, the server was set up again): join again once.
      const link = await store.getLink(item.owner);
      if (link) await store.putLink({ ...link, token: undefined });
      tokens.delete(item.owner);
      return this.send(item, tokens, true);
    }
    const conflict = outcome.status === 409 && /^(progress|record)_conflict$/.test(outcome.error);
    return this.keep(item, conflict ? 'conflict' : 'rejected', reason);
  }

  /** Keeps an item the server will not take, with why; the drain goes on with the next. */
  private async keep(item: OutboxItem, state: 'conflict' | 'rejected', reason: string): Promise<Sent> {
    this.log(`outbox: ${item.kind} ${item.id} kept as ${state}: ${reason}`);
    await this.deps.store.put({ ...item, state, reason, attempts: item.attempts + 1 });
    return 'done';
  }

  /** The trainee's credential for their class, joining first if they continued without one. */
  private async tokenFor(owner: string): Promise<Token> {
    const { store, api } = this.deps;
    const link = await store.getLink(owner);
    if (!link) return { refused: 'no class credential in this browser for this trainee' };
    if (link.token) return { token: link.token };
    const joined = await api.join({ classCode: link.classCode, name: link.name, code: link.code });
    if (joined.ok) {
      const { token, traineeId } = joined.body;
      await store.putLink({
        ...link,
        token,
        traineeId,
        classId: joined.body.class.id,
        className: joined.body.class.name,
      });
      return { token };
    }
    if (isTransient(joined.status)) return { stop: true };
    return { refused: `join ${joined.status} ${joined.error}: ${joined.reason}` };
  }

  private log(message: string): void {
    (this.deps.log ?? console.warn)(message);
  }
}
