import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail } from '../http/errors.ts';

export const metaTag = '<meta name="pc-class-server" content="/api">';
/** With `XAPI=1`: the simulator also sends its xAPI statements here (`/xapi/`, the trainee's token). */
export const xapiTag = '<meta name="pc-lrs" content="class">';
const pagesDir = join(import.meta.dirname, '..', 'pages');

/** index.html with the tag that tells the simulator a class server is there. */
export function injectMeta(html: string, xapi = false): string {
  const tags = xapi ? `${metaTag}\n    ${xapiTag}` : metaTag;
  return html.includes('name="pc-class-server"')
    ? html
    : html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    ${tags}`);
}

const pages: Record<string, { file: string; type: string }> = {
  '/instructor/': { file: 'instructor.html', type: 'text/html; charset=utf-8' },
  '/instructor/instructor.js': { file: 'instructor.js', type: 'text/javascript; charset=utf-8' },
  '/instructor/setup.js': { file: 'setup.js', type: 'text/javascript; charset=utf-8' },
  '/instructor/page-text.js': { file: 'page-text.js', type: 'text/javascript; charset=utf-8' },
  '/instructor/pages.css': { file: 'pages.css', type: 'text/css; charset=utf-8' },
};

/** The simulator from dist/ (index.html marked), the instructor pages and the setup page. */
export function staticRoutes(app: FastifyInstance, distDir: string, xapi = false): void {
  const index = join(distDir, 'index.html');
  let cached: { mtime: number; html: string } | undefined;
  const sendIndex = async (_request: unknown, reply: FastifyReply) => {
    if (!existsSync(index))
      return fail(reply, 503, 'not_built', 'the simulator is not built; run npm run serve');
    const mtime = statSync(index).mtimeMs;
    if (cached?.mtime !== mtime)
      cached = {
        mtime,
        html: injectMeta(readFileSync(index, 'utf8').replace(/<meta name="pc-lrs"[^>]*>/, ''), xapi),
      };
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(cached.html);
  };
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  if (existsSync(distDir)) {
    void app.register(fastifyStatic, { root: distDir, index: false, wildcard: true });
  }

  for (const [url, page] of Object.entries(pages)) {
    const body = readFileSync(join(pagesDir, page.file));
    app.get(url, async (_request, reply) =>
      reply.header('cache-control', 'no-cache').type(page.type).send(body),
    );
  }
  app.get('/instructor', async (_request, reply) => reply.redirect('/instructor/'));
  const setup = readFileSync(join(pagesDir, 'setup.html'));
  app.get('/setup/:token', async (_request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(setup),
  );
}
