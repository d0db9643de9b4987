/**
 * The service worker (vite-plugin-pwa's injectManifest: built by Vite on its own, with Workbox's
 * modules). It precaches the whole build, every picture and sound included (the list Workbox
 * puts in `self.__WB_MANIFEST`, see tools/lib/vite-plugin-offline.ts), answers from that cache,
 * and opens the simulator's page for any navigation but the class server's own pages. A new
 * version waits until a page says SKIP_WAITING (the trainee accepted it, outside a case).
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { notTheSimulator } from './navigation.ts';

// The DOM library has no worker scope; what this file uses of it.
declare const self: {
  readonly __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

// The first install takes the page that installed it, so a network lost later in that visit loses nothing.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: notTheSimulator }));

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
