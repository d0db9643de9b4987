/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import './offline.css';
import { startOfflineApp, type OfflineAppDeps } from './offline-app.ts';

/** Loaded by main.ts outside an LMS: the service worker of the build (a no-op on the dev server). */
export function startOffline(deps: Pick<OfflineAppDeps, 'window' | 'root' | 'storage'>): void {
  startOfflineApp({ ...deps, register: registerSW, dev: import.meta.env.DEV });
}
