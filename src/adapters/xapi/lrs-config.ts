import type { Agent } from '@xapi/xapi';
import * as v from 'valibot';

/**
 * The LRS config file an academy serves with the app (e.g. `dist/lrs.json`), read at run
 * time, so its endpoint and credentials change without a new build:
 * `{ "endpoint": "https://lrs.example.pe/xapi/", "auth": "Basic …", "homePage": "https://…", "activityBase": "https://…" }`.
 */
export interface LrsConfig {
  /** The xAPI endpoint: an http(s) URL, or a path on this origin. */
  readonly endpoint: string;
  /** The Authorization header value (e.g. `Basic base64(key:secret)`). */
  readonly auth?: string;
  /** The learner's account home page (default: this page's origin). */
  readonly homePage?: string;
  /** The IRI cases' activity ids start with (default `urn:primer-contacto`). */
  readonly activityBase?: string;
}

const endpoint = v.pipe(
  v.string('endpoint must be text'),
  v.trim(),
  v.check(
    (s) => /^https?:\/\/[^/]/i.test(s) || /^\/(?!\/)/.test(s),
    'endpoint must be an http(s) URL or a /path',
  ),
);
const configSchema = v.object({
  endpoint,
  auth: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
  homePage: v.optional(v.pipe(v.string(), v.url('homePage must be a URL'))),
  activityBase: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z][\w+.-]*:\S+$/i, 'activityBase must be an IRI')),
  ),
});

/** A config as read from the file, or why not. */
export function parseLrsConfig(
  data: unknown,
): { ok: true; config: LrsConfig } | { ok: false; reason: string } {
  const parsed = v.safeParse(configSchema, data);
  if (!parsed.success) return { ok: false, reason: parsed.issues.map((i) => i.message).join('; ') };
  const { auth, homePage, activityBase } = parsed.output;
  return {
    ok: true,
    config: {
      endpoint: parsed.output.endpoint,
      ...(auth ? { auth } : {}),
      ...(homePage ? { homePage } : {}),
      ...(activityBase ? { activityBase: activityBase.replace(/\/+$/, '') } : {}),
    },
  };
}

/** The endpoint as @xapi/xapi wants it: absolute, ending in `/`. */
export function absoluteEndpoint(endpoint: string, base: string): string {
  const url = new URL(endpoint, base).toString();
  return url.endsWith('/') ? url : `${url}/`;
}

/** A launch's `actor` parameter (JSON) as an Agent with a name or an account; undefined when unusable. */
export function parseActor(text: string | undefined): Agent | undefined {
  if (!text) return undefined;
  try {
    const actor = JSON.parse(text) as Partial<Agent> & { account?: { homePage?: unknown; name?: unknown } };
    if (typeof actor !== 'object' || actor === null) return undefined;
    const account = actor.account;
    if (account && typeof account.homePage === 'string' && typeof account.name === 'string') return actor;
    if (
      typeof actor.mbox === 'string' ||
      typeof actor.openid === 'string' ||
      typeof actor.mbox_sha1sum === 'string'
    )
      return actor;
    return undefined;
  } catch {
    return undefined;
  }
}

/** The trainee the app knows as an xAPI agent: an account at `homePage` named by their code (or name). */
export function traineeAgent(trainee: { name: string; code: string }, homePage: string): Agent {
  return {
    objectType: 'Agent',
    name: trainee.name,
    account: { homePage, name: trainee.code.trim() || trainee.name.trim() },
  };
}

/** The learner as the app's trainee: a name (≤ 80) and a code (≤ 20), as the start form cuts them. */
export function traineeOf(actor: Agent): { name: string; code: string } {
  const account = 'account' in actor ? actor.account : undefined;
  const id =
    account?.name ??
    ('mbox' in actor && typeof actor.mbox === 'string' ? actor.mbox.replace(/^mailto:/, '') : '');
  return { name: (actor.name?.trim() || id || 'LRS').slice(0, 80), code: id.slice(0, 20) };
}
