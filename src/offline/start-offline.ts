/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import './offline.css';
import { startOfflineApp, type OfflineAppDeps } from './offline-app.ts';

/** Loaded by main.ts outside an LMS: the service worker of the build (a no-op on the dev server). */
export function startOffline(deps: Pick<OfflineAppDeps, 'window' | 'root' | 'storage'>): void {
  // Only the dev server has hot reload (import.meta.env.DEV is also true in a build made under
  // NODE_ENV=test, as the end-to-end tests make it).
  startOfflineApp({ ...deps, register: registerSW, dev: import.meta.hot !== undefined });
}
