import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsBuild } from '../../server/build-client.ts';
import { buildServer, startServer } from '../../server/main.ts';
import { injectMeta, metaTag } from '../../server/routes/static-routes.ts';
import { passphrase } from './support/class-fixture.ts';

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head>\n<title>PC</title></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1);');
  return dir;
}

describe('serving the simulator and the instructor pages', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer({ distDir: fakeDist(), storiesDir: '/nonexistent' });
    await app.ready();
  });
  afterAll(() => app.close());

  it('marks index.html with the class-server meta tag, once', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body.split(metaTag)).toHaveLength(2);
      expect(res.body.indexOf(metaTag)).toBeLessThan(res.body.indexOf('</head>'));
    }
    expect(injectMeta(injectMeta('<html><head></head></html>')).split(metaTag)).toHaveLength(2);
  });

  it('serves the built files and the pages, with security headers that keep everything on this server', async () => {
    const js = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect([js.statusCode, js.body]).toEqual([200, 'console.log(1);']);
    for (const url of [
      '/instructor/',
      '/instructor/instructor.js',
      '/instructor/page-text.js',
      '/instructor/setup.js',
      '/instructor/pages.css',
      '/setup/abc',
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
    const page = await app.inject({ method: 'GET', url: '/' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect((await app.inject({ method: 'GET', url: '/setup/abc' })).headers['cache-control']).toBe(
      'no-store',
    );
  });

  it('answers health and unknown routes in JSON', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect([health.statusCode, health.json()]).toEqual([200, { ok: true, database: 'pglite' }]);
    const missing = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect([missing.statusCode, missing.json<{ error: string }>().error]).toEqual([404, 'not_found']);
  });

  it('says the simulator needs building when dist/ is missing or older than the sources', () => {
    expect(needsBuild(join(tmpdir(), 'no-dist-here'))).toBe(true);
    const old = fakeDist();
    utimesSync(join(old, 'index.html'), new Date(0), new Date(0));
    expect(needsBuild(old)).toBe(true);
    const fresh = fakeDist();
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(fresh, 'index.html'), future, future);
    expect(needsBuild(fresh)).toBe(false);
  });
});

describe('starting on a socket with a data folder', () => {
  it('prints the address and a one-time setup link, keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pc-data-'));
    const lines: string[] = [];
    const options = {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      distDir: fakeDist(),
      storiesDir: '/nonexistent',
      print: (l: string) => lines.push(l),
    };
    let app = await startServer(options);
    const base = /(http:\/\/127\.0\.0\.1:\d+)\/instructor\//.exec(lines.join('\n'))?.[1];
    expect(base).toBeDefined();
    const link = lines.find((l) => l.includes('/setup/'))?.trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup\/[\w-]{43}$/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const token = link!.split('/setup/')[1];
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, username: 'ana', passphrase }),
    });
    expect(setup.status).toBe(201);
    await app.close();
    lines.length = 0;
    app = await startServer(options);
    try {
      expect(lines.join('\n')).not.toContain('/setup/');
      const res = await app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { username: 'ana', passphrase },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
