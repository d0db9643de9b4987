import type { Plugin } from 'vite';
import { withMeta } from './vite-plugin-csp.ts';

/** A config file path on the app's own origin (`lrs.json`, `config/lrs.json`, `/xapi/lrs.json`). */
const configPath = /^(?!\/\/)[\w./-]+$/;

/**
 * `LRS_CONFIG=lrs.json npm run build` names the LRS config file the built page reads at run
 * time: `<meta name="pc-lrs" content="lrs.json">`. Without it the page names none, and the
 * simulator neither fetches a config nor loads the xAPI code.
 */
export default function lrsConfigPlugin(config: string | undefined = process.env.LRS_CONFIG): Plugin {
  const path = config?.trim();
  if (path && !configPath.test(path))
    throw new Error(`LRS_CONFIG: "${path}" must be a path on the app's origin, like lrs.json`);
  return {
    name: 'primer-contacto:lrs-config',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (path ? withMeta(html, `<meta name="pc-lrs" content="${path}" />`) : html),
    },
  };
}
