/**
 * The one Content-Security-Policy of the simulator and the class server: nothing is loaded
 * from another host, no inline script, no eval. What each source list is for:
 * - `img-src data: blob:`: Phaser's built-in textures are data: URLs and it decodes the images
 *   it fetches through blob: URLs; the favicon is `data:`.
 * - `style-src 'self'`: only the built stylesheets; scripts set styles through the CSSOM
 *   (`el.style.x`), which a policy does not block (Phaser, uPlot, the debrief's bars).
 * - no `worker-src`, no `'unsafe-eval'`: Phaser, Howler, inkjs and XState need neither (the
 *   e2e tests play cases, the class server and the dashboard under this policy, without a violation).
 *   The offline app's service worker (`/service-worker.js`, registered from a module, never an
 *   inline script) is allowed by `script-src 'self'`, which `worker-src` falls back to.
 * - `media-src data:`: Howler parks released HTML5 audio elements on a tiny data: WAV.
 * - `connect-src 'self'`: the stories, textures and sounds are fetched from this origin; the
 *   class server's API is on the same origin (`/api`). An academy's LRS (xAPI, cmi5) on another
 *   origin is added at build time from `LRS_ORIGINS` (see `withLrsOrigins`).
 * - `frame-ancestors 'none'`: only as an HTTP header (a `<meta>` policy may not carry it).
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there, with an error). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (entries: [string, readonly string[]][]) =>
  entries.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy as an HTTP header value. */
export function cspHeader(directives = cspDirectives): string {
  return serialize(Object.entries(directives));
}

/** The policy for a `<meta http-equiv="Content-Security-Policy">` in the built page. */
export function cspMeta(directives = cspDirectives): string {
  return serialize(Object.entries(directives).filter(([name]) => !headerOnly.has(name)));
}

/**
 * The origins an academy's LRS (and its cmi5 LMS's `fetch` URL) answer on, as given in
 * `LRS_ORIGINS` at build time: space- or comma-separated `https://host[:port]` (or `http://`);
 * anything else is refused with the reason, so a typo fails the build instead of the reporting.
 */
export function parseLrsOrigins(text: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/+$/, ''))
      throw new Error(
        `LRS_ORIGINS: "${entry}" is not an origin like https://lrs.example.pe or http://10.0.0.5:8080`,
      );
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/** The policy with `origins` added to connect-src (nothing else widens). */
export function withLrsOrigins(
  origins: readonly string[],
  directives = cspDirectives,
): Readonly<Record<string, readonly string[]>> {
  if (origins.length === 0) return directives;
  return { ...directives, 'connect-src': [...(directives['connect-src'] ?? []), ...origins] };
}
