import { describe, expect, it } from 'vitest';
import {
  cspHeader,
  cspMeta,
  parseLrsOrigins,
  withLrsOrigins,
} from '../../../tools/lib/content-security-policy.ts';
import lrsConfigPlugin from '../../../tools/lib/vite-plugin-lrs.ts';

describe('an LRS on another origin in the Content-Security-Policy', () => {
  it('takes LRS_ORIGINS as space- or comma-separated origins, once each', () => {
    expect(parseLrsOrigins(undefined)).toEqual([]);
    expect(
      parseLrsOrigins(' https://lrs.academia.pe, http://10.0.0.5:8080  https://lrs.academia.pe/ '),
    ).toEqual(['https://lrs.academia.pe', 'http://10.0.0.5:8080']);
  });

  it('refuses what is not an origin (a path, a wildcard, another scheme), so a typo fails the build', () => {
    for (const bad of [
      'https://lrs.pe/xapi/',
      '*',
      'lrs.academia.pe',
      'ftp://lrs.pe',
      "'unsafe-inline'",
      'https:',
    ])
      expect(() => parseLrsOrigins(bad), bad).toThrow(/LRS_ORIGINS/);
  });

  it('adds the origins to connect-src only', () => {
    const directives = withLrsOrigins(['https://lrs.academia.pe']);
    expect(directives['connect-src']).toEqual(["'self'", 'https://lrs.academia.pe']);
    expect(cspMeta(directives)).toContain("connect-src 'self' https://lrs.academia.pe;");
    expect(cspHeader(directives).replace(' https://lrs.academia.pe', '')).toBe(cspHeader());
    expect(withLrsOrigins([])).toEqual(withLrsOrigins([]));
    expect(cspHeader(withLrsOrigins([]))).toBe(cspHeader());
  });

  it('names the config file in the built page only when LRS_CONFIG is given, and only a path of the app', () => {
    const html = '<html><head><meta charset="UTF-8" /></head></html>';
    const run = (config: string | undefined) => {
      const hook = lrsConfigPlugin(config).transformIndexHtml as { handler: (html: string) => string };
      return hook.handler(html);
    };
    expect(run(undefined)).toBe(html);
    expect(run('lrs.json')).toContain('<meta name="pc-lrs" content="lrs.json" />');
    for (const bad of ['https://x.pe/lrs.json', '//x.pe/lrs.json', 'lrs.json"><script>'])
      expect(() => lrsConfigPlugin(bad), bad).toThrow(/LRS_CONFIG/);
  });
});
