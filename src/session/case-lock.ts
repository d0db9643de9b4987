/** Whether this tab got the case: `busy` when another tab holds it (and it was not taken over). */
export type Claim = 'held' | 'busy';

/**
 * One writer per case: the tab that plays a case holds its lock; a second tab is told
 * the case is open elsewhere and may take it over (the first is then told, via `onLost`).
 */
export interface CaseLocks {
  /** Takes the lock of a case (releasing the one this tab held); `steal` takes it from the tab that holds it. */
  claim(name: string, steal: boolean, onLost: () => void): Promise<Claim>;
  /** Lets go of the case this tab held, if any. */
  release(): void;
}

/** Where the Web Locks API is missing (or in tests): every claim is granted. */
export const noCaseLocks: CaseLocks = {
  claim: () => Promise.resolve('held'),
  release: () => undefined,
};

/** CaseLocks on the Web Locks API (`navigator.locks`), shared by the tabs of one browser profile. */
export class WebCaseLocks implements CaseLocks {
  private held: { readonly let: () => void } | undefined;
  /** The lock this tab holds or has asked for, and the answer: asking again for it costs no round trip. */
  private current:
    { readonly name: string; readonly claim: Promise<Claim>; readonly drop: () => void } | undefined;

  constructor(private readonly locks: LockManager) {}

  claim(name: string, steal: boolean, onLost: () => void): Promise<Claim> {
    if (!steal && this.current?.name === name) return this.current.claim;
    this.release();
    let dropped = false;
    const claim = this.request(name, steal, onLost, () => dropped);
    const current = { name, claim, drop: () => (dropped = true) };
    this.current = current;
    void claim.then((answer) => {
      if (answer === 'busy' && this.current === current) this.current = undefined;
    });
    return claim;
  }

  /** `dropped()`: released before it was granted (a lock granted then is let go at once). */
  private request(name: string, steal: boolean, onLost: () => void, dropped: () => boolean): Promise<Claim> {
    return new Promise<Claim>((resolve) => {
      let letGo = () => {};
      const kept = new Promise<void>((done) => (letGo = done));
      const mine = { let: letGo };
      const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
      this.locks
        .request(`primer-contacto:case:${name}`, options, async (lock) => {
          if (!lock || dropped()) return resolve('busy');
          this.held = mine;
          resolve('held');
          await kept;
        })
        .catch(() => {
          // Taken over by another tab (the request rejects with AbortError), perhaps before it was granted.
          resolve('busy');
          if (this.held !== mine) return;
          this.held = undefined;
          this.current = undefined;
          onLost();
        });
    });
  }

  release(): void {
    this.held?.let();
    this.held = undefined;
    this.current?.drop();
    this.current = undefined;
  }
}

/**
 * Claims a case for this tab (one tab at a time plays a case); `say` is called when another tab holds it (taken: false)
 * or takes it later (taken: true). Without locks every claim succeeds.
 */
export async function claimCase(
  locks: CaseLocks | undefined,
  key: string,
  steal: boolean,
  say: (taken: boolean) => void,
): Promise<boolean> {
  const claim = await locks?.claim(key, steal, () => say(true));
  if (claim === 'busy') say(false);
  return claim !== 'busy';
}
