import type { Clock } from '../core/clock.ts';
import type { Language } from '../core/language.ts';
import type { PassRule } from '../core/protocol/scoring.ts';
import { CaseSession, UnresumableSaveError } from './case-session.ts';
import type { RecordStore } from './record-store.ts';
import type { SessionSync } from './session-sync.ts';
import type { SetAsideProblem } from './set-aside.ts';
import { findAutosave, readAutosave, setAsideAutosave, type FoundAutosave } from './stored-data.ts';

export interface ResumeDeps {
  readonly store: RecordStore;
  readonly clock: Clock;
  /** Whether this version of the app has the case in that language. */
  readonly hasCase: (caseId: string, language: Language) => boolean;
  /** The compiled story of a case; a rejection (say, offline) is passed on: the save is not to blame. */
  readonly loadStory: (caseId: string, language: Language) => Promise<string>;
  readonly passRule?: Partial<PassRule>;
  /** Where sessions hand on what they save (the class outbox); absent without a class server. */
  readonly sync?: SessionSync;
}

/**
 * What came of looking for a case to resume (or of opening one): the session, if any,
 * and why each unusable save met on the way was set aside.
 */
export type ResumeOutcome =
  | {
      readonly status: 'resumed' | 'started';
      readonly session: CaseSession;
      readonly json: string;
      readonly setAside: SetAsideProblem[];
    }
  | { readonly status: 'none' | 'setAside'; readonly setAside: SetAsideProblem[] };

const outcome = (setAside: SetAsideProblem[]): ResumeOutcome => ({
  status: setAside.length > 0 ? 'setAside' : 'none',
  setAside,
});

/** Replays a checked autosave on its story; one that cannot be resumed is set aside and its problem returned. */
async function resumeFound(
  deps: ResumeDeps,
  found: FoundAutosave,
): Promise<{ session: CaseSession; json: string } | SetAsideProblem> {
  const { save } = found;
  const setAside = async (problem: SetAsideProblem, reason: string) => {
    await setAsideAutosave(deps.store, found.key, found.raw, problem, reason, deps.clock.now());
    return problem;
  };
  if (!deps.hasCase(save.caseId, save.language)) {
    return setAside('unknown_case', `this version has no case ${save.caseId} in ${save.language}`);
  }
  const json = await deps.loadStory(save.caseId, save.language);
  const { store, clock, passRule, sync } = deps;
  const { sessionId, mode, trainee } = save;
  try {
    const session = await CaseSession.resume(
      { json, store, clock, sessionId, mode, trainee, passRule, sync },
      save,
    );
    return { session, json };
  } catch (error) {
    if (error instanceof UnresumableSaveError) return setAside(error.problem, error.message);
    throw error;
  }
}

async function resumed(
  deps: ResumeDeps,
  found: FoundAutosave,
  earlier: SetAsideProblem[],
): Promise<ResumeOutcome> {
  const result = await resumeFound(deps, found);
  if (typeof result === 'string') return outcome([...earlier, result]);
  return { status: 'resumed', ...result, setAside: earlier };
}

/** Resumes the session saved under `sessionId` (the case this browser was playing). */
export async function resumeSession(deps: ResumeDeps, sessionId: string): Promise<ResumeOutcome> {
  const read = await readAutosave(deps.store, sessionId, deps.clock.now());
  if (read.status === 'none') return outcome([]);
  if (read.status === 'setAside') return outcome([read.problem]);
  return resumed(deps, read, []);
}

/** Resumes this trainee's newest usable autosave of a case in a language, if there is one. */
export async function resumeCase(
  deps: ResumeDeps,
  caseId: string,
  language: Language,
  trainee: { readonly name: string; readonly code: string },
): Promise<ResumeOutcome> {
  const { found, setAside } = await findAutosave(deps.store, caseId, language, trainee, deps.clock.now());
  return found ? resumed(deps, found, setAside) : outcome(setAside);
}
