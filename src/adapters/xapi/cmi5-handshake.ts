import type { Context } from '@xapi/xapi';
import type { LrsSource } from './lrs-launch.ts';
import type { LrsTarget } from './statement-queue.ts';

/** What a cmi5 launch gives the AU once @xapi/cmi5 has done the handshake. */
export interface Cmi5Session {
  readonly lrs: LrsTarget;
  readonly contextTemplate?: Context;
  readonly masteryScore?: number;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  /** The learner's preferred languages (`es-PE,en-US`), when the LMS keeps them. */
  readonly languagePreference?: string;
}

interface Saved {
  readonly authToken: string;
  readonly initializedDate: string;
  readonly launchData: { contextTemplate?: Context; masteryScore?: number; launchMode?: string };
  readonly languagePreference?: string;
}

const keyOf = (registration: string) => `primer-contacto:cmi5:${registration}`;

/**
 * The cmi5 handshake through @xapi/cmi5: it POSTs the one-time `fetch` URL for the auth
 * token, reads `LMS.LaunchData` and the learner preferences, and sends `initialized`. The
 * fetch URL works once, so the token and launch data are kept for this tab (sessionStorage):
 * a reload resumes the same cmi5 session (no second `initialized`), offline too.
 */
export async function cmi5Handshake(
  source: Extract<LrsSource, { kind: 'cmi5' }>,
  session: Storage | undefined,
): Promise<Cmi5Session> {
  // The ES module build (self-contained: it bundles its own axios), in the browser and in Node alike.
  const { default: Cmi5 } = await import('@xapi/cmi5/dist/Cmi5.esm.js');
  const saved = read(session, source.registration);
  const cmi5 = new Cmi5({ ...source, actor: JSON.parse(source.actor) as never });
  let state: Saved;
  try {
    await cmi5.initialize(
      saved ? { authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) } : undefined,
    );
    const data = cmi5.getLaunchData();
    state = {
      authToken: cmi5.getAuthToken(),
      initializedDate: cmi5.getInitializedDate().toISOString(),
      launchData: {
        ...(data.contextTemplate ? { contextTemplate: data.contextTemplate } : {}),
        ...(typeof data.masteryScore === 'number' ? { masteryScore: data.masteryScore } : {}),
        launchMode: data.launchMode,
      },
      ...(cmi5.getLearnerPreferences()?.languagePreference
        ? { languagePreference: cmi5.getLearnerPreferences().languagePreference }
        : {}),
    };
    session?.setItem(keyOf(source.registration), JSON.stringify(state));
  } catch (error) {
    // Reloaded without the network: the session this tab already started goes on.
    if (!saved) throw error;
    state = saved;
  }
  const { contextTemplate, masteryScore, launchMode } = state.launchData;
  return {
    lrs: {
      endpoint: source.endpoint.endsWith('/') ? source.endpoint : `${source.endpoint}/`,
      auth: `Basic ${state.authToken}`,
    },
    ...(contextTemplate ? { contextTemplate } : {}),
    ...(masteryScore !== undefined ? { masteryScore } : {}),
    launchMode: launchMode === 'Browse' || launchMode === 'Review' ? launchMode : 'Normal',
    ...(state.languagePreference ? { languagePreference: state.languagePreference } : {}),
  };
}

function read(session: Storage | undefined, registration: string): Saved | undefined {
  try {
    const saved = JSON.parse(session?.getItem(keyOf(registration)) ?? 'null') as Saved | null;
    return saved && typeof saved.authToken === 'string' ? saved : undefined;
  } catch {
    return undefined;
  }
}
