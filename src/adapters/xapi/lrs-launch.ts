/**
 * How this page was told about an LRS, found without the network: cmi5 launch parameters,
 * an xAPI launch link (the "Tin Can launch" form many LMS plugins use), or the config file
 * the build named in `<meta name="pc-lrs" content="lrs.json">`. None: no LRS, nothing loaded.
 */
export type LrsSource =
  | {
      readonly kind: 'cmi5';
      readonly endpoint: string;
      readonly fetch: string;
      readonly registration: string;
      readonly activityId: string;
      readonly actor: string;
    }
  | {
      readonly kind: 'xapi-launch';
      readonly endpoint: string;
      readonly auth?: string;
      readonly actor?: string;
      readonly registration?: string;
      readonly activityId?: string;
    }
  | { readonly kind: 'config'; readonly url: string }
  /** The class server that served the page takes the statements (`/xapi/`, the trainee's class token). */
  | { readonly kind: 'class' };

/** The five parameters an LMS appends to a cmi5 AU's URL (cmi5 spec §8.1). */
export const cmi5Parameters = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'] as const;

/** A config path on this same origin (relative, or absolute without a host); never another host. */
const sameOriginPath = (path: string) =>
  path !== '' && !path.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(path);

export function lrsSource(search: string, doc: Pick<Document, 'querySelector'>): LrsSource | undefined {
  const p = new URLSearchParams(search);
  const get = (key: string) => p.get(key)?.trim() || undefined;
  const [endpoint, fetch, registration, activityId, actor] = cmi5Parameters.map(get);
  if (endpoint && fetch && registration && activityId && actor)
    return { kind: 'cmi5', endpoint, fetch, registration, activityId, actor };
  const auth = get('auth');
  if (endpoint && auth) {
    const activity = get('activity_id') ?? activityId;
    return {
      kind: 'xapi-launch',
      endpoint,
      auth,
      ...(actor ? { actor } : {}),
      ...(registration ? { registration } : {}),
      ...(activity ? { activityId: activity } : {}),
    };
  }
  const config = doc.querySelector('meta[name="pc-lrs"]')?.getAttribute('content')?.trim() ?? '';
  if (config === 'class')
    return doc.querySelector('meta[name="pc-class-server"]') ? { kind: 'class' } : undefined;
  return sameOriginPath(config) ? { kind: 'config', url: config } : undefined;
}
