/**
 * This browser's small remembered values (settings, trainee, case in progress). A private
 * window may refuse storage or hold damaged data: reads then give undefined, writes do nothing.
 */
export function readStored(storage: Storage | undefined, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null') as unknown;
  } catch {
    return undefined;
  }
}

export function writeStored(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable: remembered for this visit only
  }
}
