import { join } from 'node:path';
import { hasChromium } from './browser.ts';
import { sharedBuild } from './shared-build.ts';

/**
 * Once, before any end-to-end file: the production build they share. The files then run two at a
 * time, and none of them waits for (or races) another's build.
 */
export default async function setup(): Promise<void> {
  if (hasChromium()) await sharedBuild(join(import.meta.dirname, '..', '..', '..'));
}
