import type { RecordStore } from './record-store.ts';
import type { SessionSync } from './session-sync.ts';

/**
 * A store for a session shown before it is confirmed (a case started from its content note while
 * this tab's claim and the look for an autosave finish): each write waits for `confirmed`, and is
 * dropped if it says no. Reads go straight through. `confirmed` must not reject.
 */
export function confirmedStore(store: RecordStore, confirmed: Promise<boolean>): RecordStore {
  const gate =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      if (await confirmed) await write(...args);
    };
  return {
    saveProgress: gate((save) => store.saveProgress(save)),
    clearProgress: gate((sessionId) => store.clearProgress(sessionId)),
    saveRecord: gate((record) => store.saveRecord(record)),
    setAside: gate((item) => store.setAside(item)),
    loadProgress: (sessionId) => store.loadProgress(sessionId),
    findProgress: (caseId, language, code) => store.findProgress(caseId, language, code),
    listRecords: () => store.listRecords(),
    listSetAside: () => store.listSetAside(),
    forgetTrainee: (trainee) => store.forgetTrainee(trainee),
    exportSetAside: () => store.exportSetAside(),
  };
}

/** The class sync of such a session: nothing is handed on unless it is confirmed. */
export function confirmedSync(sync: SessionSync, confirmed: Promise<boolean>): SessionSync {
  return {
    progress: async (sessionId, upload) => {
      if (await confirmed) await sync.progress(sessionId, upload);
    },
    record: async (record) => {
      if (await confirmed) await sync.record(record);
    },
  };
}
