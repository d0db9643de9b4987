import type { AudioPlayer } from '../audio/audio-player.ts';
import type { Clock } from '../core/clock.ts';
import type { Stage } from '../scenes/stage.ts';
import type { CaseLocks } from '../session/case-lock.ts';
import type { Preferences } from '../session/preferences.ts';
import type { RecordStore } from '../session/record-store.ts';
import type { SessionSync } from '../session/session-sync.ts';
import type { Classroom } from './classroom.ts';

/** What the app is built with (by main.ts, the composition root). */
export interface AppDeps {
  readonly root: HTMLElement;
  /** What this browser remembers between visits (trainee, settings, case in progress). */
  readonly preferences: Preferences;
  readonly store: RecordStore;
  readonly audio: AudioPlayer;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly createStage: (parent: HTMLElement) => Promise<Stage>;
  readonly authorAllowed: boolean;
  readonly prefersReducedMotion: boolean;
  /** With a class server (the page names one): joining, the outbox, the status line, "Salir". */
  readonly classroom?: Classroom;
  /** One tab at a time plays a case (absent: no check). */
  readonly locks?: CaseLocks;
  /** Launched by an LMS (SCORM): where each decision and the record are reported. */
  readonly lmsSync?: SessionSync;
}

/** Where sessions hand on what they save: the class outbox, the LMS, both (in that order) or neither. */
export function sessionSyncOf(deps: Pick<AppDeps, 'classroom' | 'lmsSync'>): SessionSync | undefined {
  const syncs = [deps.classroom?.sync, deps.lmsSync].filter((s) => s !== undefined);
  if (syncs.length <= 1) return syncs[0];
  return {
    progress: async (sessionId, upload) => {
      for (const s of syncs) await s.progress(sessionId, upload);
    },
    record: async (record) => {
      for (const s of syncs) await s.record(record);
    },
  };
}
