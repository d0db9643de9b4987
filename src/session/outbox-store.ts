import type { SessionRecord } from '../core/record/session-record.ts';
import type { ProgressUpload } from './session-sync.ts';

/**
 * pending: still to be sent; conflict: the server holds something else under that id
 * (409: done, kept with the problem); rejected: the server refused it (another 4xx: kept
 * with the reason, never dropped).
 */
export type OutboxState = 'pending' | 'conflict' | 'rejected';

/** What is sent: the progress of a session under its id, or a finished record under its id. */
export type OutboxEntry =
  | { readonly kind: 'progress'; readonly id: string; readonly body: ProgressUpload }
  | { readonly kind: 'record'; readonly id: string; readonly body: SessionRecord };

/** One upload waiting in the outbox; `seq` (given by the store, increasing) is the order they are sent in. */
export type OutboxItem = OutboxEntry & {
  readonly seq: number;
  /** Whose it is: see ownerOf. */
  readonly owner: string;
  readonly queuedAt: number;
  readonly state: OutboxState;
  readonly reason?: string;
  readonly attempts: number;
};

export type NewOutboxItem = OutboxEntry & Omit<OutboxItem, 'seq' | 'kind' | 'id' | 'body'>;

/** A trainee of this browser joined to a class: the credential, for that class only, once the server gave one. */
export interface ClassLink {
  readonly owner: string;
  readonly classCode: string;
  readonly name: string;
  readonly code: string;
  /** Absent while the join waits for the server (the trainee continued offline). */
  readonly token?: string;
  readonly traineeId?: string;
  readonly classId?: string;
  readonly className?: string;
  /** The records of this trainee the server has taken (so "Salir" knows what it may delete). */
  readonly delivered?: readonly string[];
}

/** The class code as typed, in the one form it is compared in. */
export const normalClassCode = (code: string): string => code.trim().toUpperCase();

/** The key of a trainee in a class: the class code, the name and the code/CIP. */
export function ownerOf(classCode: string, name: string, code: string): string {
  return JSON.stringify([normalClassCode(classCode), name.trim(), code.trim()]);
}

/** Where the outbox and the class credentials are kept (the port): IndexedDB in the browser, memory otherwise. */
export interface OutboxStore {
  /** Adds an item at the end; resolves with its `seq`. */
  add(item: NewOutboxItem): Promise<number>;
  /** Every item, in `seq` order (unchecked: read through the outbox). */
  list(): Promise<readonly OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  remove(seq: number): Promise<void>;
  /** Removes every item of one owner. */
  removeOwner(owner: string): Promise<void>;
  getLink(owner: string): Promise<ClassLink | undefined>;
  putLink(link: ClassLink): Promise<void>;
  removeLink(owner: string): Promise<void>;
}
