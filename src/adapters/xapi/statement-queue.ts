import type { Statement } from '@xapi/xapi';
import type { IdentifiedStatement } from './xapi-statements.ts';
import type { Clock } from '../../core/clock.ts';
import { DrainLoop, type DrainDeps } from '../../session/drain-loop.ts';

/** Where statements go: the LRS's xAPI endpoint (ending in `/`) and its Authorization header value. */
export interface LrsTarget {
  readonly endpoint: string;
  readonly auth?: string;
}

/** pending: still to be sent; rejected: the LRS refused it (a 4xx other than 409): kept with the reason, never dropped. */
export type QueuedState = 'pending' | 'rejected';

export interface NewStatement {
  /** What the statement says, once per session (e.g. `SESSION/decision/3`): a key is queued only once, ever. */
  readonly key: string;
  /** Carries its id (a UUID) from the moment it is queued: a resend after a lost answer is the same statement. */
  readonly statement: IdentifiedStatement;
  readonly lrs: LrsTarget;
}

export type QueuedStatement = NewStatement & {
  /** Given by the store, increasing: the order statements are sent in. */
  readonly seq: number;
  readonly queuedAt: number;
  readonly state: QueuedState;
  readonly attempts: number;
  readonly reason?: string;
};

/** The durable side of the queue (the port): IndexedDB in the browser, memory in tests. */
export interface StatementStore {
  /** Adds, in order and all at once, those whose key was never queued before; resolves with how many were added. */
  addNew(items: readonly (NewStatement & { readonly queuedAt: number })[]): Promise<number>;
  /** Every statement not yet taken by its LRS, in `seq` order. */
  list(): Promise<readonly QueuedStatement[]>;
  put(item: QueuedStatement): Promise<void>;
  /** The LRS has it: it leaves the queue (its key stays known, so it is never queued again). */
  remove(seq: number): Promise<void>;
}

/** stored: 200/204; duplicate: 409 (the LRS already has this id); transient: try again later; rejected: keep with the reason. */
export type SendOutcome = 'stored' | 'duplicate' | 'transient' | { readonly rejected: string };
export type SendStatement = (lrs: LrsTarget, statement: Statement) => Promise<SendOutcome>;

export type { Timers } from '../../session/drain-loop.ts';

export interface StatementQueueDeps extends DrainDeps {
  readonly store: StatementStore;
  readonly send: SendStatement;
  readonly clock: Clock;
  readonly log?: (message: string) => void;
}

/**
 * xAPI statements kept until their LRS has them: sent one at a time in the order they were
 * queued; when the LRS or the network is down the drain stops where it is and tries again
 * later (backoff, or at once when the browser is back online). A statement leaves the queue
 * only once the LRS answered 200/204, or 409 (it has that id already: a resend after a lost
 * answer), so each arrives once.
 */
export class StatementQueue {
  private readonly loop: DrainLoop;

  constructor(private readonly deps: StatementQueueDeps) {
    this.loop = new DrainLoop(deps, { round: () => this.round(), log: (m) => this.log(m), label: 'xapi' });
  }

  /** Queues what was never queued (by key), then drains unless a retry is already waiting. */
  async enqueue(items: readonly NewStatement[]): Promise<void> {
    const queuedAt = this.deps.clock.now();
    await this.deps.store.addNew(items.map((item) => ({ ...item, queuedAt })));
    if (!this.loop.retryWaiting) void this.drain();
  }

  /** Resolves once the drain under way, if any, has ended. */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  /** Sends what is pending, in order; a call during a drain makes it go round again. */
  drain(): Promise<void> {
    return this.loop.drain();
  }

  /** Tries again now (the browser is back online): the backoff starts over. */
  retryNow(): Promise<void> {
    return this.loop.retryNow();
  }

  private async round(): Promise<'done' | 'stop'> {
    const { store, send } = this.deps;
    for (const item of await store.list()) {
      if (item.state !== 'pending') continue;
      let outcome: SendOutcome;
      try {
        outcome = await send(item.lrs, item.statement);
      } catch (error) {
        this.log(`xapi: send failed: ${error instanceof Error ? error.message : String(error)}`);
        outcome = 'transient';
      }
      if (outcome === 'stored' || outcome === 'duplicate') {
        await store.remove(item.seq);
      } else if (outcome === 'transient') {
        await store.put({ ...item, attempts: item.attempts + 1 });
        return 'stop';
      } else {
        this.log(`xapi: statement ${item.statement.id} kept as rejected: ${outcome.rejected}`);
        await store.put({
          ...item,
          state: 'rejected',
          reason: outcome.rejected,
          attempts: item.attempts + 1,
        });
      }
    }
    return 'done';
  }

  private log(message: string): void {
    (this.deps.log ?? console.warn)(message);
  }
}
