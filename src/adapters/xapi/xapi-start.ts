import type { LmsLaunch } from '../lms/lms-launch.ts';
import { lrsSource } from './lrs-launch.ts';
import type { XapiLaunchDeps } from './xapi-launch.ts';

/**
 * Adds the xAPI reporting to what the LMS launch gave (a SCORM launch, or none) when this page
 * was told of an LRS (cmi5 or xAPI launch parameters, or the build's `pc-lrs` config tag).
 * Without one, returns `lms` as it is: nothing else is loaded and nothing uses the network.
 */
export async function withXapi(
  lms: LmsLaunch | undefined,
  deps: XapiLaunchDeps,
): Promise<LmsLaunch | undefined> {
  const source = lrsSource(deps.window.location.search, deps.window.document);
  if (!source) return lms;
  const { launchXapi } = await import('./xapi-launch.ts');
  const xapi = await launchXapi(source, deps);
  if (!xapi) return lms;
  const { reporter } = xapi;
  const sync = lms
    ? {
        progress: async (...args: Parameters<typeof reporter.progress>) => {
          await lms.sync.progress(...args);
          await reporter.progress(...args);
        },
        record: async (...args: Parameters<typeof reporter.record>) => {
          await lms.sync.record(...args);
          await reporter.record(...args);
        },
      }
    : reporter;
  return { sync, search: lms?.search ?? xapi.search ?? deps.window.location.search };
}
