import { loadStory } from '../../cases/case-catalog.ts';
import type { Clock } from '../../core/clock.ts';
import type { Language } from '../../core/language.ts';
import type { RecordStore } from '../../session/record-store.ts';
import { decisionsOf } from '../lms/decisions.ts';
import { preferredLanguage } from '../lms/scorm-format.ts';
import { cmi5Handshake } from './cmi5-handshake.ts';
import { openStatementStore, InMemoryStatementStore } from './indexeddb-statement-store.ts';
import {
  absoluteEndpoint,
  parseActor,
  parseLrsConfig,
  traineeAgent,
  traineeOf,
  type LrsConfig,
} from './lrs-config.ts';
import type { LrsSource } from './lrs-launch.ts';
import { StatementQueue } from './statement-queue.ts';
import { classAuth, classSender, xapiSender } from './xapi-sender.ts';
import { ownerOf } from '../../session/outbox-store.ts';
import { caseActivityId, isUuid, simulatorIri } from './xapi-statements.ts';
import { XapiReporter, type XapiReporterOptions } from './xapi-reporter.ts';

export interface XapiLaunchDeps {
  readonly window: Window;
  readonly clock: Clock;
  /** localStorage: the last config read (for a reload without the network) and the trainee. */
  readonly storage: Storage | undefined;
  /** The browser's autosaves: the trainee of a session in play (the learner when the launch names none). */
  readonly store: Pick<RecordStore, 'loadProgress'>;
  /** The trainee the app remembers (and their class, with a class server). */
  readonly trainee: () => { name: string; code: string; classCode?: string } | undefined;
}

/** The trainee an autosave names (unchecked data: only two strings are taken). */
async function traineeOfSession(deps: XapiLaunchDeps, sessionId: string) {
  const save = (await deps.store.loadProgress(sessionId).catch(() => undefined)) as
    { trainee?: { name?: unknown; code?: unknown } } | undefined;
  const t = save?.trainee;
  if (t && typeof t.name === 'string' && typeof t.code === 'string') return { name: t.name, code: t.code };
  return deps.trainee();
}

export interface XapiLaunch {
  readonly reporter: XapiReporter;
  readonly queue: StatementQueue;
  /** The case link to boot on when the launch names the learner (cmi5, xAPI launch link). */
  readonly search?: string;
}

const configKey = (url: string) => `primer-contacto:lrs-config:${url}`;

/** The config file, or the copy kept from the last time it was read (offline reload). */
async function readConfig(url: string, deps: XapiLaunchDeps): Promise<LrsConfig | undefined> {
  const cached = () => {
    const parsed = parseLrsConfig(JSON.parse(deps.storage?.getItem(configKey(url)) ?? 'null'));
    return parsed.ok ? parsed.config : undefined;
  };
  try {
    const response = await deps.window.fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const parsed = parseLrsConfig(await response.json());
    if (!parsed.ok) {
      console.warn(`[xapi] ${url} is not a usable LRS config: ${parsed.reason}`);
      return undefined;
    }
    deps.storage?.setItem(configKey(url), JSON.stringify(parsed.config));
    return parsed.config;
  } catch (error) {
    const kept = cached();
    if (!kept) console.warn(`[xapi] could not read ${url}: playing without an LRS`, error);
    return kept;
  }
}

type Wiring = Pick<
  XapiReporterOptions,
  'lrs' | 'lrsNow' | 'actor' | 'activityOf' | 'caseId' | 'registration' | 'cmi5'
> & {
  readonly language?: Language;
};

/** The LRS, the learner and the activities of a launch; undefined when the launch is unusable. */
async function wiring(
  source: LrsSource,
  deps: XapiLaunchDeps,
  caseId: string | undefined,
): Promise<Wiring | undefined> {
  const origin = deps.window.location.origin;
  const href = deps.window.location.href;
  if (source.kind === 'class') {
    // The class server that served this page: each statement carries whose class credential sends it.
    const endpoint = absoluteEndpoint('/xapi/', href);
    return {
      lrs: { endpoint, auth: classAuth('') },
      lrsNow: () => {
        const t = deps.trainee();
        return t?.classCode ? { endpoint, auth: classAuth(ownerOf(t.classCode, t.name, t.code)) } : undefined;
      },
      actor: (trainee) => trainee && traineeAgent(trainee, origin),
      activityOf: (id) => caseActivityId(id),
    };
  }
  if (source.kind === 'config') {
    const config = await readConfig(source.url, deps);
    if (!config) return undefined;
    const base = config.activityBase ?? simulatorIri;
    return {
      lrs: {
        endpoint: absoluteEndpoint(config.endpoint, href),
        ...(config.auth ? { auth: config.auth } : {}),
      },
      actor: (trainee) => trainee && traineeAgent(trainee, config.homePage ?? origin),
      activityOf: (id) => caseActivityId(id, base),
    };
  }
  const actor = parseActor(source.actor);
  const activity = source.activityId;
  // A launch for one case (its URL names it) is that activity; otherwise each case is under it.
  const activityOf = (id: string) =>
    activity ? (caseId ? activity : `${activity}/case/${id}`) : caseActivityId(id);
  if (source.kind === 'xapi-launch') {
    return {
      lrs: {
        endpoint: absoluteEndpoint(source.endpoint, href),
        ...(source.auth ? { auth: source.auth } : {}),
      },
      actor: (trainee) => actor ?? (trainee && traineeAgent(trainee, origin)),
      activityOf,
      ...(caseId ? { caseId } : {}),
      ...(isUuid(source.registration) ? { registration: source.registration } : {}),
    };
  }
  if (!actor) throw new Error('the cmi5 actor parameter is not an agent');
  const session = await cmi5Handshake(source, deps.window.sessionStorage);
  const { contextTemplate, masteryScore, launchMode } = session;
  const language = preferredLanguage(session.languagePreference?.split(',')[0] ?? '');
  return {
    lrs: session.lrs,
    actor: () => actor,
    activityOf,
    ...(caseId ? { caseId } : {}),
    registration: source.registration,
    cmi5: {
      launchMode,
      ...(contextTemplate ? { contextTemplate } : {}),
      ...(masteryScore !== undefined ? { masteryScore } : {}),
    },
    ...(language ? { language } : {}),
  };
}

/**
 * Browser wiring of the xAPI reporting: the launch's LRS, the durable queue (IndexedDB, sent
 * in order when the connection returns, drained at start and on `online`), and the reporter.
 */
export async function launchXapi(source: LrsSource, deps: XapiLaunchDeps): Promise<XapiLaunch | undefined> {
  try {
    const { window } = deps;
    const params = new URLSearchParams(window.location.search);
    const caseId = params.get('case')?.trim() || undefined;
    const wired = await wiring(source, deps, caseId);
    if (!wired) return undefined;
    const store = await openStatementStore().catch((error: unknown) => {
      console.warn('[xapi] IndexedDB unavailable: statements kept in memory only', error);
      return new InMemoryStatementStore();
    });
    const locks =
      typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function'
        ? navigator.locks
        : undefined;
    const queue = new StatementQueue({
      store,
      send: source.kind === 'class' ? classSender(xapiSender()) : xapiSender(),
      clock: deps.clock,
      ...(locks ? { exclusive: (drain) => locks.request('primer-contacto:xapi', drain) } : {}),
    });
    window.addEventListener('online', () => void queue.retryNow());
    void queue.drain();
    const stories = new Map<string, Promise<string>>();
    const story = (id: string, lang: Language) => {
      const key = `${id}/${lang}`;
      if (!stories.has(key)) stories.set(key, loadStory(id, lang));
      return stories.get(key)!;
    };
    const newId = () => window.crypto.randomUUID();
    const reporter = new XapiReporter({
      ...wired,
      queue,
      clock: deps.clock,
      newId,
      launchId: newId(),
      trainee: (sessionId) => traineeOfSession(deps, sessionId),
      decisionsOf: async (u) => decisionsOf({ ...u, json: await story(u.caseId, u.language) }),
    });
    window.addEventListener('pagehide', () => void reporter.end());
    const actor = wired.actor(undefined);
    if (source.kind === 'config' || !actor) return { reporter, queue };
    const learner = traineeOf(actor);
    params.set('trainee', learner.name);
    params.set('code', learner.code);
    if (wired.language && !params.get('lang')) params.set('lang', wired.language);
    return { reporter, queue, search: `?${params.toString()}` };
  } catch (error) {
    console.warn('[xapi] could not start the LRS reporting: playing without it', error);
    return undefined;
  }
}
