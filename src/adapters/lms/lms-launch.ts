import { loadStory } from '../../cases/case-catalog.ts';
import type { Clock } from '../../core/clock.ts';
import type { Language } from '../../core/language.ts';
import { caseIdPattern, isCaseMode, type CaseMode } from '../../core/record/session-record.ts';
import { autosaveVersion, type RecordStore } from '../../session/record-store.ts';
import type { SessionSync } from '../../session/session-sync.ts';
import { decisionsOf } from './decisions.ts';
import { findScormApi, scormPort, type ApiWindow } from './scorm-api.ts';
import type { SuspendData } from './scorm-format.ts';
import { ScormReporter } from './scorm-reporter.ts';

/** What the app is started with when an LMS launched it. */
export interface LmsLaunch {
  /** Where each decision and the record are reported. */
  readonly sync: SessionSync;
  /** The case link the app boots on: the SCO's case and mode, the learner as the trainee, their language. */
  readonly search: string;
}

export interface LmsLaunchDeps {
  readonly window: Window;
  readonly store: RecordStore;
  /** Makes a session the case in progress of this browser (the one a boot resumes), or none. */
  readonly setActiveCase: (active: { sessionId: string; caseId: string; lang: Language } | undefined) => void;
  readonly clock: Clock;
}

const meta = (doc: Document, name: string) =>
  doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';

/**
 * Browser wiring of the SCORM reporting. Only a launch page of a SCORM package (its
 * `pc-scorm` tags) looks for an LMS; without them, or without the LMS's API in a parent or
 * opener window, nothing happens and undefined is returned. Reads windows only: no network.
 */
export function launchFromLms(deps: LmsLaunchDeps): Promise<LmsLaunch | undefined> {
  return connect(deps).catch((error: unknown) => {
    console.warn('[scorm] could not connect to the LMS: playing without it', error);
    return undefined;
  });
}

async function connect(deps: LmsLaunchDeps): Promise<LmsLaunch | undefined> {
  const doc = deps.window.document;
  const version = meta(doc, 'pc-scorm');
  const caseId = meta(doc, 'pc-scorm-case');
  const modeTag = meta(doc, 'pc-scorm-mode');
  if ((version !== '1.2' && version !== '2004') || !caseIdPattern.test(caseId)) return undefined;
  const mode: CaseMode = isCaseMode(modeTag) ? modeTag : 'evaluation';
  const api = findScormApi(deps.window as unknown as ApiWindow, version);
  if (!api) {
    console.warn(
      `[scorm] no SCORM ${version} API in this window, its parents or its opener: playing without an LMS`,
    );
    return undefined;
  }
  const stories = new Map<string, Promise<string>>();
  const story = (id: string, lang: Language) => {
    const key = `${id}/${lang}`;
    if (!stories.has(key)) stories.set(key, loadStory(id, lang));
    return stories.get(key)!;
  };
  const reporter = new ScormReporter({
    port: scormPort(version, api),
    caseId,
    clock: deps.clock,
    decisionsOf: async (u) => decisionsOf({ ...u, json: await story(u.caseId, u.language) }),
  });
  const launch = reporter.begin();
  if (!launch) {
    console.warn('[scorm] the LMS refused to initialize: playing without an LMS');
    return undefined;
  }
  deps.window.addEventListener('pagehide', () => reporter.end());
  const { learner } = launch;
  // Cut as the start form and the case link cut them (80 and 20 characters, ui/app-state.ts).
  const trainee = { name: (learner.name || learner.id || 'LMS').slice(0, 80), code: learner.id.slice(0, 20) };
  await restore(deps, launch.resume, { caseId, mode, trainee }).catch((error: unknown) => {
    console.warn('[scorm] could not restore the case in progress', error);
  });
  const lang = launch.resume?.language ?? launch.language;
  const search = new URLSearchParams({
    case: caseId,
    mode,
    trainee: trainee.name,
    code: trainee.code,
    ...(lang ? { lang } : {}),
  });
  return { sync: reporter, search: `?${search.toString()}` };
}

/**
 * The case the LMS says is in progress becomes this browser's case in progress (its autosave,
 * replayed to the same step when the app boots), so a learner on another computer, or with
 * the browser's data cleared, comes back to where they left. With no resume data, no case
 * of this browser is resumed in its place.
 */
async function restore(
  deps: LmsLaunchDeps,
  resume: SuspendData | undefined,
  sco: { caseId: string; mode: CaseMode; trainee: { name: string; code: string } },
): Promise<void> {
  if (!resume) return deps.setActiveCase(undefined);
  const { sessionId, storyHash, language, seed, startedAt, choices, choiceTimes } = resume;
  await deps.store.saveProgress({
    saveVersion: autosaveVersion,
    sessionId,
    caseId: sco.caseId,
    language,
    mode: sco.mode,
    trainee: sco.trainee,
    storyHash,
    seed,
    startedAt,
    savedAt: deps.clock.now(),
    ...(choiceTimes ? { choiceTimes } : {}),
    run: { choices },
  });
  deps.setActiveCase({ sessionId, caseId: sco.caseId, lang: language });
}
