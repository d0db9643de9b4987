/**
 * This browser's small remembered values — the trainee, the settings, the case in progress,
 * the debrief on screen (the port). Adapters: LocalStoragePreferences in the browser,
 * InMemoryPreferences for tests. A private window may refuse storage or hold damaged data:
 * reads then give undefined (read what comes back as unchecked), writes do nothing.
 */
export interface Preferences {
  /** The value kept under `key`, unchecked; undefined (or null) when there is none or it cannot be read. */
  read(key: string): unknown;
  /** Keeps `value` under `key`; undefined forgets it. */
  write(key: string, value: unknown): void;
}
