import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/main.ts';
import { cspHeader, cspMeta } from '../../tools/lib/content-security-policy.ts';
import { someStories } from '../server/support/backends.ts';
import { setupToken } from '../server/support/class-fixture.ts';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';

const enabled = hasChromium();

/** A policy's directives, whatever the spacing (helmet writes `a;b`, the plugin `a; b`). */
const directives = (policy: string | null) =>
  (policy ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
let served: Awaited<ReturnType<typeof servedBuild>>;
let classServer: FastifyInstance;
let classUrl: string;

describe.runIf(enabled)('the strict Content-Security-Policy of the built app', () => {
  beforeAll(async () => {
    served = await servedBuild();
    classServer = buildServer({
      setupToken,
      storiesDir: someStories(['lost_child_5']),
      distDir: served.outDir,
    });
    await classServer.listen({ port: 0, host: '127.0.0.1' });
    const address = classServer.server.address();
    classUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await classServer?.close();
    await served?.close();
  });

  it('is in the built page before any script or stylesheet, and has no inline script or handler to allow', () => {
    const html = readFileSync(join(served.outDir, 'index.html'), 'utf8');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`;
    const at = html.indexOf(meta);
    expect(at).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(at).toBeLessThan(html.indexOf('<link'));
    expect(cspMeta()).toContain("script-src 'self';");
    expect(cspMeta()).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('is sent as a header by vite preview and by the class server (the instructor pages too)', async () => {
    const preview = await fetch(served.url);
    expect(directives(preview.headers.get('content-security-policy'))).toEqual(directives(cspHeader()));
    for (const path of ['/', '/instructor/', '/instructor/dashboard/', '/setup/x']) {
      const response = await fetch(`${classUrl}${path}`);
      expect(directives(response.headers.get('content-security-policy')), path).toEqual(
        directives(cspHeader()),
      );
    }
  });

  it('blocks an injected inline script and an inline handler, and the watcher reports both', async () => {
    await withFreshPage(async (page, csp) => {
      await page.goto(served.url);
      await page.locator('#trainee-name').waitFor();
      const ran = await page.evaluate(async () => {
        const flags = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__handlerRan = true');
        img.src = 'data:,broken';
        document.body.append(img);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { inline: flags.__inlineRan === true, handler: flags.__handlerRan === true };
      });
      expect(ran).toEqual({ inline: false, handler: false });
      await page.waitForTimeout(200);
      const seen = csp.take();
      // Reported once per policy that blocked it (the preview's header and the page's meta).
      expect(seen.filter((line) => line.includes('[csp-violation] script-src-elem')).length).toBeGreaterThan(
        0,
      );
      expect(seen.filter((line) => line.includes('[csp-violation] script-src-attr')).length).toBeGreaterThan(
        0,
      );
      expect(seen.filter((line) => line.includes('Executing inline script violates')).length).toBeGreaterThan(
        0,
      );
      expect(csp.violations).toEqual([]);
    });
  });

  it('runs the simulator served by the class server without a violation (the watcher fails the test otherwise)', async () => {
    await withFreshPage(async (page) => {
      await page.goto(`${classUrl}/?case=lost_child_5&lang=es`);
      await page.locator('#trainee-name').waitFor();
      await page.goto(`${classUrl}/instructor/`);
      await page.locator('input[name=username], input[name=passphrase]').first().waitFor();
    });
  });
});
