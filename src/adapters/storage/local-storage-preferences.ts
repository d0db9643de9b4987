import type { Preferences } from '../../session/preferences.ts';

/** Preferences in a Web Storage (localStorage), as JSON; without one (a private window), remembered for nothing. */
export class LocalStoragePreferences implements Preferences {
  constructor(private readonly storage: Storage | undefined) {}

  read(key: string): unknown {
    try {
      return JSON.parse(this.storage?.getItem(key) ?? 'null') as unknown;
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    try {
      if (value === undefined) this.storage?.removeItem(key);
      else this.storage?.setItem(key, JSON.stringify(value));
    } catch {
      // storage unavailable or full: remembered for this visit only
    }
  }
}
