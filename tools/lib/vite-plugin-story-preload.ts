import type { Plugin } from 'vite';

/** Where the app keeps its settings (src/session/settings.ts): the language, when the link names none. */
const settingsKey = 'primer-contacto:settings';

/** The story chunks of a build, by `case/lang`, from the bundle's chunks (their entry module is the .ink file). */
export function storyChunks(
  bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null }>,
  base: string,
): Record<string, string> {
  const chunks: Record<string, string> = {};
  for (const output of Object.values(bundle)) {
    const story =
      output.type === 'chunk' && /\/stories\/([^/]+)\/(es|en)\.ink$/.exec(output.facadeModuleId ?? '');
    if (story) chunks[`${story[1]}/${story[2]}`] = `${base}${output.fileName}`;
  }
  return chunks;
}

/**
 * A classic script, run while the page is parsed: when the link names a case (`?case=`), it asks for
 * that case's story chunk at once, beside the app's code, instead of once the app has started. The
 * language is the link's, else the trainee's saved one, else Spanish; a wrong guess costs one chunk.
 */
export function storyPreloadScript(chunks: Record<string, string>): string {
  return `(function () {
  var chunks = ${JSON.stringify(chunks)};
  try {
    var query = new URLSearchParams(location.search);
    var lang = query.get('lang');
    if (lang !== 'es' && lang !== 'en') {
      var saved = JSON.parse(localStorage.getItem(${JSON.stringify(settingsKey)}) || 'null');
      lang = saved && saved.lang === 'en' ? 'en' : 'es';
    }
    var href = chunks[query.get('case') + '/' + lang];
    if (!href) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.appendChild(link);
  } catch (error) {
    // no storage, or an old browser: the app fetches the story itself
  }
})();
`;
}

/**
 * The built index.html gets `story-preload.js` (an external script: the page's Content-Security-Policy
 * allows no inline one): a linked case's story arrives with the app's code, not after it has started
 * (which left the start of a case from its content note waiting for the story, 19–99 ms at 1×).
 */
export default function storyPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'primer-contacto:story-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      const fileName = this.getFileName(
        this.emitFile({
          type: 'asset',
          name: 'story-preload.js',
          source: storyPreloadScript(storyChunks(bundle, base)),
        }),
      );
      page.source = page.source.replace(
        /<script type="module"/,
        `<script async src="${base}${fileName}"></script>\n    <script type="module"`,
      );
    },
  };
}
