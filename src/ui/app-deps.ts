import type { AudioPlayer } from '../audio/audio-player.ts';
import type { Clock } from '../core/clock.ts';
import type { Stage } from '../scenes/stage.ts';
import type { CaseLocks } from '../session/case-lock.ts';
import type { RecordStore } from '../session/record-store.ts';
import type { Classroom } from './classroom.ts';

/** What the app is built with (by main.ts, the composition root). */
export interface AppDeps {
  readonly root: HTMLElement;
  readonly storage: Storage | undefined;
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
}
