export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface DrainDeps {
  readonly timers?: Timers;
  /** Runs a drain while no other tab drains (a Web Lock in the browser); by default just runs it. */
  readonly exclusive?: (drain: () => Promise<void>) => Promise<void>;
  /** The wait before the first retry, doubled after each failure up to `maxMs`. */
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
}

export interface DrainHooks {
  /** One pass over what waits, in order; 'stop' when the other side cannot take more now. */
  readonly round: () => Promise<'done' | 'stop'>;
  /** Says a drain failed (prefixed with `label`). */
  readonly log: (message: string) => void;
  readonly label: string;
  /** A retry was scheduled (the other side is down). */
  readonly onRetry?: () => void;
  /** Every round went through. */
  readonly onClear?: () => void;
  /** A drain ended, whichever way. */
  readonly onSettled?: () => void;
}

const globalTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One drain at a time of a durable queue (the class server's outbox, the xAPI statements):
 * rounds until nothing new came in during the last one; a round that stops schedules a retry
 * with a doubling backoff; `retryNow` (the browser is back online) starts the backoff over.
 */
export class DrainLoop {
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private timer: unknown;

  constructor(
    private readonly deps: DrainDeps,
    private readonly hooks: DrainHooks,
  ) {}

  /** A retry waits: new items wait for it too. */
  get retryWaiting(): boolean {
    return this.timer !== undefined;
  }

  /** Resolves once the drain under way, if any, has ended. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Sends what is pending, in order; a call during a drain makes it go round again, and resolves once that round is over too. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.idle();
    }
    const exclusive = this.deps.exclusive ?? ((run) => run());
    this.running = exclusive(() => this.rounds())
      .catch((error: unknown) => {
        this.hooks.log(
          `${this.hooks.label}: drain failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        this.scheduleRetry();
      })
      .finally(() => {
        this.running = undefined;
        // Asked for after the last round looked (and no retry waiting): go round again.
        if (this.again && this.timer === undefined) void this.drain();
        this.hooks.onSettled?.();
      });
    return this.running;
  }

  /** Tries again now: the backoff starts over. */
  retryNow(): Promise<void> {
    (this.deps.timers ?? globalTimers).clear(this.timer);
    this.timer = undefined;
    this.failures = 0;
    return this.drain();
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      if ((await this.hooks.round()) === 'stop') return this.scheduleRetry();
    } while (this.again);
    this.failures = 0;
    this.hooks.onClear?.();
  }

  private scheduleRetry(): void {
    this.hooks.onRetry?.();
    this.failures++;
    const { firstMs, maxMs } = this.deps.backoff ?? { firstMs: 2_000, maxMs: 60_000 };
    const wait = Math.min(maxMs, firstMs * 2 ** (this.failures - 1));
    const timers = this.deps.timers ?? globalTimers;
    timers.clear(this.timer);
    this.timer = timers.set(() => {
      this.timer = undefined;
      void this.drain();
    }, wait);
  }
}
