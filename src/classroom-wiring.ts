import type { Clock } from './core/clock.ts';
import { HttpClassApi } from './adapters/class-server/http-class-api.ts';
import { InMemoryOutboxStore } from './adapters/storage/in-memory-outbox-store.ts';
import { IndexedDbOutboxStore } from './adapters/storage/indexeddb-outbox-store.ts';
import type { RecordStore } from './session/record-store.ts';
import type { Preferences } from './session/preferences.ts';
import type { Strings } from './i18n/translate.ts';
import { Classroom } from './ui/classroom.ts';
import type { AppDatabase } from './adapters/storage/app-database.ts';

export interface ClassroomWiring {
  readonly base: string;
  readonly db: AppDatabase | undefined;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly preferences: Preferences;
  readonly strings: Strings;
  readonly locks: LockManager | undefined;
}

/**
 * Builds the classroom on a page the class server served.
 * A chunk of its own: a simulator without a class server never loads it.
 */
export function wireClassroom(w: ClassroomWiring): Classroom {
  const { locks } = w;
  return new Classroom({
    api: new HttpClassApi(w.base),
    outboxStore: w.db ? new IndexedDbOutboxStore(w.db) : new InMemoryOutboxStore(),
    records: w.store,
    clock: w.clock,
    preferences: w.preferences,
    strings: w.strings,
    outbox: locks && { exclusive: (drain) => locks.request('primer-contacto:outbox', drain) },
  });
}
