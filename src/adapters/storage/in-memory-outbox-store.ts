import type { ClassLink, NewOutboxItem, OutboxItem, OutboxStore } from '../../session/outbox-store.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** An OutboxStore in memory: tests, and browsers without IndexedDB (what is queued then lasts as long as the page). */
export class InMemoryOutboxStore implements OutboxStore {
  private readonly items = new Map<number, OutboxItem>();
  private readonly links = new Map<string, ClassLink>();
  private next = 1;

  add(item: NewOutboxItem): Promise<number> {
    const seq = this.next++;
    this.items.set(seq, copy({ ...item, seq }));
    return Promise.resolve(seq);
  }

  list(): Promise<readonly OutboxItem[]> {
    return Promise.resolve([...this.items.values()].sort((a, b) => a.seq - b.seq).map(copy));
  }

  put(item: OutboxItem): Promise<void> {
    this.items.set(item.seq, copy(item));
    return Promise.resolve();
  }

  remove(seq: number): Promise<void> {
    this.items.delete(seq);
    return Promise.resolve();
  }

  removeOwner(owner: string): Promise<void> {
    for (const [seq, item] of this.items) if (item.owner === owner) this.items.delete(seq);
    return Promise.resolve();
  }

  getLink(owner: string): Promise<ClassLink | undefined> {
    return Promise.resolve(copy(this.links.get(owner)));
  }

  putLink(link: ClassLink): Promise<void> {
    this.links.set(link.owner, copy(link));
    return Promise.resolve();
  }

  removeLink(owner: string): Promise<void> {
    this.links.delete(owner);
    return Promise.resolve();
  }
}
