import './ui/styles/base.css';
import './ui/styles/start.css';
import './ui/styles/case.css';
import './ui/styles/typed.css';
import './ui/styles/debrief.css';
import './ui/styles/narrow-and-large.css';
import './ui/styles/home.css';
import { FallbackRecordStore } from './adapters/storage/fallback-record-store.ts';
import { IndexedDbRecordStore } from './adapters/storage/indexeddb-record-store.ts';
import { openAppDatabase } from './adapters/storage/app-database.ts';
import { noCaseLocks, WebCaseLocks } from './session/case-lock.ts';
import { classServerBase } from './adapters/class-server/class-server-base.ts';
import { HowlerAudioPlayer } from './audio/howler-audio-player.ts';
import { inReadingPause } from './ui/reading-pause.ts';
import type { Stage } from './scenes/stage.ts';
import { App } from './ui/app.ts';
import { stringsFor } from './i18n/translate.ts';
import { loadSettings } from './session/settings.ts';
import { saveActiveCase } from './session/active-case.ts';
import { LocalStoragePreferences } from './adapters/storage/local-storage-preferences.ts';
import { withXapi } from './adapters/xapi/xapi-start.ts';
import { loadTrainee } from './session/trainee.ts';

/** Composition root: builds the adapters and hands them to the app. Wiring only. */
async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  const preferences = new LocalStoragePreferences(storage);
  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const sink: { app?: App; pending: string[] } = { pending: [] };
  const strings = () => stringsFor(loadSettings(preferences, prefersReducedMotion).lang);
  const onProblem = (problem: 'unavailable' | 'full') => {
    const text = problem === 'full' ? strings().storageFull : strings().storageUnavailable;
    if (sink.app) sink.app.notify(text);
    else sink.pending.push(text);
  };
  // The first screen does not wait for IndexedDB to open (on a first visit it creates the database).
  const opening = openAppDatabase().catch(() => undefined);
  const store = new FallbackRecordStore(
    opening.then((db) => db && IndexedDbRecordStore.on(db)),
    onProblem,
  );
  const clock = { now: () => Date.now() };
  // Only a page served by the class server names it; without it nothing here touches the network.
  const base = classServerBase(document);
  const locksApi = typeof navigator.locks?.request === 'function' ? navigator.locks : undefined;
  // The classroom's code (its bar, outbox and API) loads only on a page the class server served.
  const classroom =
    base === undefined
      ? undefined
      : await Promise.all([opening, import('./classroom-wiring.ts')]).then(([db, m]) =>
          m.wireClassroom({ base, db, store, clock, preferences, strings: strings(), locks: locksApi }),
        );
  if (classroom) {
    root.before(classroom.bar.element);
    classroom.start(window);
  }
  // Only a SCORM package's launch page (its pc-scorm tags) looks for an LMS; elsewhere nothing is loaded.
  const scorm = document.querySelector('meta[name="pc-scorm"]')
    ? await import('./adapters/lms/lms-launch.ts').then((m) =>
        m.launchFromLms({ window, store, clock, setActiveCase: (a) => saveActiveCase(preferences, a) }),
      )
    : undefined;
  // Only launch parameters or the build's pc-lrs tag name an LRS (xAPI, cmi5); without them, nothing.
  const lms = await withXapi(scorm, {
    window,
    clock,
    storage,
    store,
    trainee: () => loadTrainee(preferences),
  });
  const createStage = async (parent: HTMLElement): Promise<Stage> => {
    const { createPhaserStage } = await import('./scenes/create-phaser-stage.ts');
    return createPhaserStage(parent, {
      reducedMotion: document.documentElement.classList.contains('reduced-motion'),
    });
  };
  const app = new App({
    root,
    preferences,
    store,
    // Howler and its AudioContext (one long task) come after the first gesture, in a reading pause.
    audio: new HowlerAudioPlayer(() =>
      new Promise<void>((resolve) => inReadingPause(resolve)).then(() => import('howler')),
    ),
    clock,
    newId: () =>
      typeof crypto.randomUUID === 'function'
        ? crypto.randomUUID()
        : `s-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    createStage,
    authorAllowed: import.meta.env.DEV,
    prefersReducedMotion,
    classroom,
    locks: locksApi ? new WebCaseLocks(locksApi) : noCaseLocks,
    lmsSync: lms?.sync,
  });
  sink.app = app;
  sink.pending.forEach((text) => app.notify(text));
  await app.boot(lms?.search ?? window.location.search);
  // The installable, offline app (service worker, update offer, kept data); an LMS keeps a package itself.
  // It starts in the trainee's first reading pause: its download (4.5 MiB) never delays a screen or a click.
  if (!document.querySelector('meta[name="pc-scorm"]'))
    inReadingPause(
      () => void import('./offline/start-offline.ts').then((m) => m.startOffline({ window, root, storage })),
    );
}

void main();
