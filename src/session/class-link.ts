import type { SessionRecord } from '../core/record/session-record.ts';
import type { ClassApi } from './class-api.ts';
import { isTransient } from './class-api.ts';
import type { Outbox } from './outbox.ts';
import {
  normalClassCode,
  ownerOf,
  type ClassLink,
  type OutboxItem,
  type OutboxStore,
} from './outbox-store.ts';
import type { ProgressUpload, SessionSync } from './session-sync.ts';

/** Who joins: the class code the instructor gave, and the trainee's name and code/CIP. */
export interface ClassTrainee {
  readonly classCode: string;
  readonly name: string;
  readonly code: string;
}

export type JoinResult =
  | { readonly status: 'joined'; readonly link: ClassLink }
  | { readonly status: 'unknown_class' }
  /** No answer, or a server error: the trainee may continue, and the join is tried again with the outbox. */
  | { readonly status: 'unreachable'; readonly reason: string }
  | { readonly status: 'refused'; readonly reason: string };

export interface ClassLinksDeps {
  readonly api: ClassApi;
  readonly store: OutboxStore;
  readonly outbox: Outbox;
  readonly log?: (message: string) => void;
}

/**
 * The trainee of this tab in their class: joining (the credential is kept for that class
 * only), and the SessionSync that queues what their sessions save into the outbox.
 */
export class ClassLinks implements SessionSync {
  private link: ClassLink | undefined;

  constructor(private readonly deps: ClassLinksDeps) {}

  /** The trainee of this tab and their class, once joined (or continued offline). */
  get current(): ClassLink | undefined {
    return this.link;
  }

  /** Asks the server for a credential for this class; kept with the trainee on success. */
  async join(trainee: ClassTrainee): Promise<JoinResult> {
    const classCode = normalClassCode(trainee.classCode);
    const request = { classCode, name: trainee.name.trim(), code: trainee.code.trim() };
    const reply = await this.deps.api.join(request);
    if (!reply.ok) {
      const reason = `${reply.status} ${reply.error}: ${reply.reason}`;
      if (reply.status === 404 && reply.error === 'unknown_class') return { status: 'unknown_class' };
      return isTransient(reply.status) ? { status: 'unreachable', reason } : { status: 'refused', reason };
    }
    const { token, traineeId, class: joined } = reply.body;
    const kept = await this.deps.store.getLink(ownerOf(classCode, request.name, request.code));
    const link = {
      ...this.blank(trainee),
      ...kept,
      token,
      traineeId,
      classId: joined.id,
      className: joined.name,
    };
    await this.deps.store.putLink(link);
    this.link = link;
    return { status: 'joined', link };
  }

  /**
   * Carries on without the server (it did not answer): the trainee plays, everything waits
   * in the outbox, and the outbox joins first when the server is back. Also used when a
   * tab comes back to a trainee who joined before (their kept credential is used).
   */
  async continueWithout(trainee: ClassTrainee): Promise<ClassLink> {
    const blank = this.blank(trainee);
    const link = (await this.deps.store.getLink(blank.owner)) ?? blank;
    if (link === blank) await this.deps.store.putLink(blank);
    this.link = link;
    void this.deps.outbox.drain();
    return link;
  }

  /** Forgets who this tab's trainee is (after "Salir"). */
  clear(): void {
    this.link = undefined;
  }

  async progress(sessionId: string, upload: ProgressUpload): Promise<void> {
    await this.queue({ kind: 'progress', id: sessionId, body: upload });
  }

  async record(record: SessionRecord): Promise<void> {
    await this.queue({ kind: 'record', id: record.recordId, body: record });
  }

  /** For the outbox: remembers each record the server took, so "Salir" knows what it may delete. */
  async noteSent(item: OutboxItem): Promise<void> {
    if (item.kind !== 'record') return;
    const link = await this.deps.store.getLink(item.owner);
    if (!link || link.delivered?.includes(item.id)) return;
    const updated = { ...link, delivered: [...(link.delivered ?? []), item.id] };
    await this.deps.store.putLink(updated);
    if (this.link?.owner === updated.owner)
      this.link = { ...updated, token: updated.token ?? this.link.token };
  }

  private blank(trainee: ClassTrainee): ClassLink {
    const classCode = normalClassCode(trainee.classCode);
    const name = trainee.name.trim();
    const code = trainee.code.trim();
    return { owner: ownerOf(classCode, name, code), classCode, name, code };
  }

  /** Queues for this tab's trainee; a failure to queue is logged, never thrown into the case. */
  private async queue(entry: Parameters<Outbox['enqueue']>[1]): Promise<void> {
    const owner = this.link?.owner;
    if (!owner) return;
    try {
      await this.deps.outbox.enqueue(owner, entry);
    } catch (error) {
      (this.deps.log ?? console.error)(`outbox: could not queue ${entry.kind} ${entry.id}: ${String(error)}`);
    }
  }
}
