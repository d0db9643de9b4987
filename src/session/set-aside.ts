import type { StoreKey } from './record-store.ts';

/** Why something stored could not be used; each has plain words in the interface strings. */
export const setAsideProblems = [
  'damaged',
  'older_version',
  'newer_version',
  'unknown_case',
  'story_changed',
] as const;
export type SetAsideProblem = (typeof setAsideProblems)[number];

/**
 * Something stored that failed its checks, kept aside (never deleted) so an instructor
 * can export it: the raw value as it was found, and why it was set aside.
 */
export interface SetAsideItem {
  /** Unique in the set-aside store: kind, original key and time. */
  readonly id: string;
  readonly kind: 'autosave' | 'record';
  /** The key it was stored under (removed from there when set aside). */
  readonly key: StoreKey;
  readonly problem: SetAsideProblem;
  /** Technical detail, for the instructor or a developer. */
  readonly reason: string;
  readonly data: unknown;
  /** Epoch milliseconds. */
  readonly at: number;
}

export function setAsideItem(fields: Omit<SetAsideItem, 'id'>): SetAsideItem {
  return { id: `${fields.kind}:${String(fields.key)}@${fields.at}`, ...fields };
}

/** The export format of the set-aside store (one JSON file). */
export function setAsideJson(items: readonly SetAsideItem[]): string {
  const sorted = [...items].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return JSON.stringify({ format: 'primer-contacto/set-aside', version: 1, items: sorted }, null, 2);
}
