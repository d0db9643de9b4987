import { describe, expect, it } from 'vitest';
import { WebCaseLocks } from '../../../src/session/case-lock.ts';

/**
 * The part of the Web Locks API the case locks use, for the tabs of one test: exclusive locks,
 * `ifAvailable` and `steal`. Each answer comes when `grant()` is called, as from the browser.
 */
class FakeLockManager {
  readonly asked: string[] = [];
  private readonly holders = new Map<string, { release: () => void; abort: (e: Error) => void }>();
  private queue: (() => void)[] = [];

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void>): Promise<void> {
    this.asked.push(`${name}${options.steal ? ' steal' : ''}`);
    return new Promise<void>((resolve, reject) => {
      this.queue.push(() => {
        const holder = this.holders.get(name);
        if (holder && !options.steal) return void callback(null).then(resolve, reject);
        holder?.abort(new DOMException('stolen', 'AbortError'));
        const mine = { release: () => undefined, abort: reject };
        this.holders.set(name, mine);
        void callback({ name, mode: 'exclusive' }).then(() => {
          if (this.holders.get(name) === mine) this.holders.delete(name);
          resolve();
        }, reject);
      });
    });
  }

  held(name: string): boolean {
    return this.holders.has(`primer-contacto:case:${name}`);
  }

  /** The browser answers every request made so far. */
  async grant(): Promise<void> {
    const due = this.queue;
    this.queue = [];
    due.forEach((answer) => answer());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const tab = (manager: FakeLockManager) => new WebCaseLocks(manager as unknown as LockManager);

describe('WebCaseLocks', () => {
  it('asking again for the lock this tab holds, or is waiting for, takes no second request', async () => {
    const manager = new FakeLockManager();
    const locks = tab(manager);
    const first = locks.claim('lost_child_5:es', false, () => undefined);
    const again = locks.claim('lost_child_5:es', false, () => undefined); // before the answer
    await manager.grant();
    expect([await first, await again]).toEqual(['held', 'held']);
    expect(await locks.claim('lost_child_5:es', false, () => undefined)).toBe('held');
    expect(manager.asked).toEqual(['primer-contacto:case:lost_child_5:es']);
  });

  it('a lock released before the browser grants it is let go at once', async () => {
    const manager = new FakeLockManager();
    const locks = tab(manager);
    const claim = locks.claim('lost_child_5:es', false, () => undefined);
    locks.release(); // the trainee left the note before the answer came
    await manager.grant();
    expect(await claim).toBe('busy');
    await manager.grant();
    expect(manager.held('lost_child_5:es')).toBe(false);
    const other = tab(manager);
    const second = other.claim('lost_child_5:es', false, () => undefined);
    await manager.grant();
    expect(await second).toBe('held');
  });

  it('a busy answer is not kept: the next claim asks the browser again, and a take-over tells the first tab', async () => {
    const manager = new FakeLockManager();
    const [first, second] = [tab(manager), tab(manager)];
    let lost = 0;
    const held = first.claim('theft_16:es', false, () => lost++);
    await manager.grant();
    expect(await held).toBe('held');
    const busy = second.claim('theft_16:es', false, () => undefined);
    await manager.grant();
    expect(await busy).toBe('busy');
    const stolen = second.claim('theft_16:es', true, () => undefined);
    await manager.grant();
    expect([await stolen, lost]).toEqual(['held', 1]);
    // the first tab lost it: claiming again asks the browser (and is told it is busy)
    const again = first.claim('theft_16:es', false, () => undefined);
    await manager.grant();
    expect(await again).toBe('busy');
    expect(manager.asked).toHaveLength(4);
  });
});
