import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail } from '../http/errors.ts';

const pagesDir = join(import.meta.dirname, '..', 'pages', 'dashboard');
const require = createRequire(import.meta.url);

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The dashboard's own scripts and styles, and the chart library, loaded by these pages only. */
function assets(): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(pagesDir)) {
    const type = types[name.slice(name.lastIndexOf('.'))];
    if (type) files.set(name, { body: readFileSync(join(pagesDir, name)), type });
  }
  files.set('uplot.js', {
    body: readFileSync(require.resolve('uplot/dist/uPlot.esm.js')),
    type: types['.js']!,
  });
  files.set('uplot.css', {
    body: readFileSync(require.resolve('uplot/dist/uPlot.min.css')),
    type: types['.css']!,
  });
  return files;
}

/** Every page under /instructor/dashboard/ is one shell; its script reads the address and draws the page. */
export function dashboardPages(app: FastifyInstance): void {
  const files = assets();
  const shell = readFileSync(join(pagesDir, 'dashboard.html'));
  const sendShell = (_request: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(shell);
  app.get('/instructor/dashboard', (_request, reply) => reply.redirect('/instructor/dashboard/'));
  app.get('/instructor/dashboard/', sendShell);
  app.get('/instructor/dashboard/*', sendShell);
  app.get<{ Params: { file: string } }>('/instructor/dashboard/assets/:file', (request, reply) => {
    const file = files.get(request.params.file);
    if (!file) return fail(reply, 404, 'not_found', 'no such dashboard file');
    return reply.header('cache-control', 'no-cache').type(file.type).send(file.body);
  });
}
