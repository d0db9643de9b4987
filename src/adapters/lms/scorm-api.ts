import type { ScormVersion } from './scorm-format.ts';

/** The SCORM 1.2 run-time API object an LMS puts in a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

/** The SCORM 2004 run-time API object an LMS puts in a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
}

/** One way to talk to either API: what the reporter uses, and what a test fakes. */
export interface ScormPort {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  /** False when the LMS refused the value (its error code is logged). */
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

const ok = (result: string | boolean) => result === true || result === 'true';

/** The port over an LMS's API object of the given version. */
export function scormPort(version: ScormVersion, api: Scorm12Api | Scorm2004Api): ScormPort {
  const refused = (what: string, code: string | number) => {
    console.warn(`[scorm] the LMS refused ${what} (error ${code})`);
    return false;
  };
  if (version === '1.2') {
    const a = api as Scorm12Api;
    return {
      version,
      initialize: () => ok(a.LMSInitialize('')),
      get: (element) => String(a.LMSGetValue(element) ?? ''),
      set: (element, value) => ok(a.LMSSetValue(element, value)) || refused(element, a.LMSGetLastError()),
      commit: () => ok(a.LMSCommit('')) || refused('LMSCommit', a.LMSGetLastError()),
      finish: () => ok(a.LMSFinish('')),
    };
  }
  const a = api as Scorm2004Api;
  return {
    version,
    initialize: () => ok(a.Initialize('')),
    get: (element) => String(a.GetValue(element) ?? ''),
    set: (element, value) => ok(a.SetValue(element, value)) || refused(element, a.GetLastError()),
    commit: () => ok(a.Commit('')) || refused('Commit', a.GetLastError()),
    finish: () => ok(a.Terminate('')),
  };
}

/** The part of a window the search reads (a test passes plain objects). */
export interface ApiWindow {
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
  readonly [name: string]: unknown;
}

const apiName: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };
const methodOf: Record<ScormVersion, string> = { '1.2': 'LMSInitialize', '2004': 'Initialize' };

/** A window's API object, if it has one; a window of another origin (which throws when read) has none. */
function apiIn(win: ApiWindow, version: ScormVersion): Scorm12Api | Scorm2004Api | undefined {
  try {
    const api = win[apiName[version]] as Record<string, unknown> | null | undefined;
    return api && typeof api[methodOf[version]] === 'function'
      ? (api as unknown as Scorm12Api | Scorm2004Api)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The window's parent, unless it is the window itself (the top) or cannot be read. */
function parentOf(win: ApiWindow): ApiWindow | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The LMS's API, found as the SCORM run-time environment describes: this window, then up its
 * chain of parents; then the window that opened it (`opener`, for an LMS that opens the SCO in a
 * new window) and up its parents. At most `maxTries` windows per chain (ADL's sample: 7 for
 * SCORM 1.2, 500 for 2004). Reads only properties of windows: nothing touches the network.
 */
export function findScormApi(
  win: ApiWindow,
  version: ScormVersion,
  maxTries = version === '1.2' ? 7 : 500,
): Scorm12Api | Scorm2004Api | undefined {
  const climb = (start: ApiWindow | undefined) => {
    let w = start;
    for (let tries = 0; w && tries <= maxTries; tries++) {
      const api = apiIn(w, version);
      if (api) return api;
      w = parentOf(w);
    }
    return undefined;
  };
  const here = climb(win);
  if (here) return here;
  let opener: ApiWindow | undefined;
  try {
    opener = win.opener ?? undefined;
  } catch {
    opener = undefined;
  }
  return climb(opener);
}
