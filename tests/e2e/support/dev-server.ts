import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const root = join(import.meta.dirname, '..', '..', '..');

/** The dev server (`npm start`), where the author view (`?author=1`) is allowed, on a free port of 127.0.0.1. */
export async function servedDev(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    root,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? '';
  return { url, close: () => server.close() };
}
