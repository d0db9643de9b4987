import type { Plugin } from 'vite';
import { cspHeader, cspMeta, parseLrsOrigins, withLrsOrigins } from './content-security-policy.ts';

/** Puts `meta` after the page's `<meta charset>`, or first in its head. */
export function withMeta(html: string, meta: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    ${meta}`);
}

/**
 * The strict Content-Security-Policy of the production build: a `<meta http-equiv>` right
 * after the charset in the built index.html, before any script (so any host serving `dist/` applies it), and the same
 * policy as an HTTP header from `vite preview`. `LRS_ORIGINS` (build time) adds an academy's LRS
 * origins to connect-src. Only for the build: the dev server's HMR needs
 * inline styles and its own client, and keeps working without a policy.
 */
export default function cspPlugin(
  lrsOrigins: readonly string[] = parseLrsOrigins(process.env.LRS_ORIGINS),
): Plugin[] {
  const directives = withLrsOrigins(lrsOrigins);
  return [
    {
      name: 'primer-contacto:csp-meta',
      apply: 'build',
      // Right after <meta charset> (which must come first), before any script or stylesheet.
      transformIndexHtml: {
        order: 'post',
        handler: (html) =>
          withMeta(html, `<meta http-equiv="Content-Security-Policy" content="${cspMeta(directives)}" />`),
      },
    },
    {
      name: 'primer-contacto:csp-preview-header',
      configurePreviewServer(server) {
        server.middlewares.use((_request, response, next) => {
          response.setHeader('Content-Security-Policy', cspHeader(directives));
          next();
        });
      },
    },
  ];
}
