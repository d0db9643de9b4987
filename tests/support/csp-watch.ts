import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** Marks the console line the page's own listener writes for each violation. */
const marker = '[csp-violation]';

/** What Chromium itself logs when a Content-Security-Policy blocks something. */
const chromiumSays = /Content Security Policy|Content-Security-Policy/i;

/**
 * Records every Content-Security-Policy violation on every page of a browser context: the
 * `securitypolicyviolation` events (a listener added before any page script runs) and the
 * errors Chromium logs for blocked scripts, styles, images, connections and workers.
 */
export interface CspWatch {
  /** What was recorded so far (one line each). */
  readonly violations: readonly string[];
  /** Returns what was recorded and forgets it (for a test that provokes a violation on purpose). */
  take(): string[];
  /** Throws, listing them, when anything was recorded. */
  assertNone(): void;
}

export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  const seen: string[] = [];
  await context.addInitScript((mark: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      console.error(`${mark} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${where}`);
    });
  }, marker);
  const onConsole = (page: Page) => (message: ConsoleMessage) => {
    const text = message.text();
    if (text.startsWith(marker) || (message.type() === 'error' && chromiumSays.test(text))) {
      seen.push(`${page.url()}: ${text}`);
    }
  };
  const attach = (page: Page) => page.on('console', onConsole(page));
  context.pages().forEach(attach);
  context.on('page', attach);
  return {
    get violations() {
      return [...seen];
    },
    take: () => seen.splice(0),
    assertNone: () => {
      if (seen.length > 0) {
        throw new Error(`Content-Security-Policy violations:\n${seen.join('\n')}`);
      }
    },
  };
}
