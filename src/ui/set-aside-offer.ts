import type { Clock } from '../core/clock.ts';
import type { StoredCases } from '../session/stored-cases.ts';
import { downloadJson, type SetAsideOffer } from './pause-menu.ts';

/** What was set aside in this browser, offered as a file; undefined when nothing was. `failed` says the download did not work. */
export function setAsideOffer(
  stored: StoredCases,
  clock: Clock,
  failed: () => void,
): SetAsideOffer | undefined {
  const count = stored.setAsideCount;
  const download = async () => {
    try {
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      downloadJson(`primer-contacto-apartados-${day}.json`, await stored.exportSetAside());
    } catch (error) {
      console.error(error);
      failed();
    }
  };
  return count > 0 ? { count, download: () => void download() } : undefined;
}
