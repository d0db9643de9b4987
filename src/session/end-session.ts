import type { Clock } from '../core/clock.ts';
import type { Outbox } from './outbox.ts';
import type { ClassLink, OutboxItem, OutboxStore } from './outbox-store.ts';
import type { RecordStore } from './record-store.ts';
import { readRecords } from './stored-data.ts';

export interface EndSessionDeps {
  readonly outbox: Outbox;
  readonly outboxStore: OutboxStore;
  readonly records: RecordStore;
  readonly clock: Clock;
  /** Resolves after `ms` (injected for tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type EndOutcome =
  | { readonly status: 'ended' }
  /** What of the trainee the server does not have (yet): nothing was deleted. */
  | { readonly status: 'undelivered'; readonly items: readonly OutboxItem[] };

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * "Salir" on a shared PC: sends what the trainee still has waiting (and any record of
 * theirs in this browser the server never took), waits up to `waitMs`, and only when the
 * server has everything deletes the trainee's autosaves, records, outbox items and
 * credential from this browser. Otherwise nothing is deleted and what is missing is returned.
 */
export async function endSession(deps: EndSessionDeps, link: ClassLink, waitMs: number): Promise<EndOutcome> {
  const { outbox, records } = deps;
  const waiting = new Set((await outbox.itemsOf(link.owner)).map((i) => `${i.kind}:${i.id}`));
  const delivered = new Set(link.delivered ?? []);
  const { records: kept } = await readRecords(records, deps.clock.now());
  for (const record of kept) {
    const theirs = record.trainee.name === link.name && record.trainee.code === link.code;
    if (!theirs || delivered.has(record.recordId) || waiting.has(`record:${record.recordId}`)) continue;
    await outbox.enqueue(link.owner, { kind: 'record', id: record.recordId, body: record });
  }
  await Promise.race([outbox.retryNow(), (deps.sleep ?? sleepFor)(waitMs)]);
  const left = await outbox.itemsOf(link.owner);
  if (left.length > 0) return { status: 'undelivered', items: left };
  await forgetTrainee(deps, link);
  return { status: 'ended' };
}

/** Deletes everything of the trainee from this browser: autosaves, records, outbox items, credential. */
export async function forgetTrainee(deps: EndSessionDeps, link: ClassLink): Promise<void> {
  await deps.records.forgetTrainee({ name: link.name, code: link.code });
  await deps.outboxStore.removeOwner(link.owner);
  await deps.outboxStore.removeLink(link.owner);
}

/** What did not reach the class server, as one JSON file for the trainee to hand the instructor (no credential in it). */
export function undeliveredJson(link: ClassLink, items: readonly OutboxItem[], at: number): string {
  const { classCode, name, code } = link;
  const uploads = items.map(({ kind, id, body, state, reason, queuedAt }) => ({
    kind,
    id,
    state,
    reason,
    queuedAt,
    body,
  }));
  return JSON.stringify(
    { format: 'primer-contacto/undelivered', version: 1, at, classCode, trainee: { name, code }, uploads },
    null,
    2,
  );
}
