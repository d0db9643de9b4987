import type { OfflineNotices } from './offline-notices.ts';

export type KeepData = 'persisted' | 'granted' | 'refused' | 'unsupported';

/** Asks the browser to keep this site's data (IndexedDB: saved cases and records) when short of space. */
export async function askToKeepData(
  storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined,
): Promise<KeepData> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if ((await storage.persisted?.()) === true) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unsupported';
  }
}

/** Remembers that the trainee closed the notice: it is not shown again in this browser. */
const toldKey = 'primer-contacto:keep-data-refused-seen';

/** Asks, and when the browser refuses tells the trainee (until they close the notice once). */
export async function keepData(
  storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined,
  notices: OfflineNotices,
  remember: Storage | undefined,
): Promise<KeepData> {
  const answer = await askToKeepData(storage);
  if (answer !== 'refused' || remember?.getItem(toldKey) === '1') return answer;
  notices.show('keepDataRefused', {
    outsideCases: true,
    text: (s) => s.keepDataRefused,
    dismiss: () => {
      try {
        remember?.setItem(toldKey, '1');
      } catch {
        // storage full or blocked: the notice comes back next time, which is harmless
      }
    },
  });
  return answer;
}
