import type { Preferences } from '../../session/preferences.ts';

/** Preferences in memory, kept as JSON text as a browser keeps them: tests, and a page that may not store anything. */
export class InMemoryPreferences implements Preferences {
  private readonly values = new Map<string, string>();

  read(key: string): unknown {
    try {
      return JSON.parse(this.values.get(key) ?? 'null') as unknown;
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.stringify(value));
  }

  /** Puts raw text under a key, as damage or another version of the app could leave it. */
  putRaw(key: string, text: string): void {
    this.values.set(key, text);
  }
}
