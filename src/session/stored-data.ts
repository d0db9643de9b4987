import { parseRecord } from '../core/record/parse-record.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import { parseAutosave } from './autosave-schema.ts';
import type { CaseAutosave, RecordStore, StoreKey } from './record-store.ts';
import { setAsideItem, type SetAsideProblem } from './set-aside.ts';

/** A checked autosave, with the value exactly as it was stored (what is set aside if it cannot be resumed). */
export interface FoundAutosave {
  /** The key it is stored under. */
  readonly key: StoreKey;
  readonly save: CaseAutosave;
  readonly raw: unknown;
}

export type AutosaveRead =
  | { readonly status: 'none' }
  | ({ readonly status: 'ok' } & FoundAutosave)
  | { readonly status: 'setAside'; readonly problem: SetAsideProblem };

/** Moves an autosave that cannot be resumed out of the way, kept with its problem and reason. */
export function setAsideAutosave(
  store: RecordStore,
  key: StoreKey,
  raw: unknown,
  problem: SetAsideProblem,
  reason: string,
  at: number,
): Promise<void> {
  return store.setAside(setAsideItem({ kind: 'autosave', key, problem, reason, data: raw, at }));
}

/** The autosave of a session, checked; one that fails its checks is set aside. */
export async function readAutosave(
  store: RecordStore,
  sessionId: string,
  now: number,
): Promise<AutosaveRead> {
  const raw = await store.loadProgress(sessionId);
  if (raw === undefined) return { status: 'none' };
  const parsed = parseAutosave(raw);
  if (parsed.ok && parsed.save.sessionId === sessionId)
    return { status: 'ok', key: sessionId, save: parsed.save, raw };
  const { problem, reason } = parsed.ok
    ? { problem: 'damaged' as const, reason: `stored under ${sessionId} but names ${parsed.save.sessionId}` }
    : parsed;
  await setAsideAutosave(store, sessionId, raw, problem, reason, now);
  return { status: 'setAside', problem };
}

/**
 * The newest usable autosave of a case for this trainee (same name and code) in this
 * language. Those that fail their checks on the way are set aside; their problems are returned.
 */
export async function findAutosave(
  store: RecordStore,
  caseId: string,
  language: string,
  trainee: { readonly name: string; readonly code: string },
  now: number,
): Promise<{ found?: FoundAutosave; setAside: SetAsideProblem[] }> {
  const setAside: SetAsideProblem[] = [];
  for (const { key, data } of await store.findProgress(caseId, language, trainee.code)) {
    const parsed = parseAutosave(data);
    if (!parsed.ok) {
      await setAsideAutosave(store, key, data, parsed.problem, parsed.reason, now);
      setAside.push(parsed.problem);
    } else if (parsed.save.trainee.name === trainee.name) {
      return { found: { key, save: parsed.save, raw: data }, setAside };
    }
  }
  return { setAside };
}

/** A stored record checked (older versions migrated), or why it fails; nothing is set aside. */
export function checkedRecord(data: unknown): ReturnType<typeof parseRecord> {
  try {
    return parseRecord(data);
  } catch (error) {
    return { ok: false, reason: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Every stored record that reads as a record (older versions migrated); the others are set aside and counted. */
export async function readRecords(
  store: RecordStore,
  now: number,
): Promise<{ records: SessionRecord[]; setAside: number }> {
  const records: SessionRecord[] = [];
  let setAside = 0;
  for (const { key, data } of await store.listRecords()) {
    const parsed = checkedRecord(data);
    if (parsed.ok) {
      records.push(parsed.record);
      continue;
    }
    const item = setAsideItem({
      kind: 'record',
      key,
      problem: 'damaged',
      reason: parsed.reason,
      data,
      at: now,
    });
    await store.setAside(item);
    setAside++;
  }
  return { records, setAside };
}
