import type { Clock } from '../core/clock.ts';
import type { Language } from '../core/language.ts';
import type { CaseLocks } from './case-lock.ts';
import type { CaseSession } from './case-session.ts';
import type { Preferences } from './preferences.ts';
import type { RecordStore } from './record-store.ts';
import type { SessionSync } from './session-sync.ts';
import type { Trainee } from './trainee.ts';

/** The cases this version has. */
export interface JourneyCatalog {
  /** Whether the case exists (in `lang`, when given). */
  has(caseId: string, lang?: Language): boolean;
  loadStory(caseId: string, lang: Language): Promise<string>;
}

export interface JourneyDeps {
  readonly preferences: Preferences;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly catalog: JourneyCatalog;
  readonly authorAllowed: boolean;
  readonly prefersReducedMotion: boolean;
  /** Where sessions hand on what they save (class outbox, LMS); absent: nowhere. */
  readonly sync?: SessionSync;
  /** One tab at a time plays a case (absent: no check). */
  readonly locks?: CaseLocks;
  /** The remembered trainee back in their class (class server), or undefined: join first. Absent: as remembered. */
  readonly rejoin?: (trainee: Trainee | undefined) => Promise<Trainee | undefined>;
}

/** The case being played: its session and its compiled story. */
export interface Playing {
  readonly session: CaseSession;
  readonly json: string;
}
