import type { LogLevel, Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { manifestIcons } from '../../src/offline/app-icons.ts';

/**
 * What the service worker keeps: the built page, code and styles, and every picture, sound and
 * icon (Workbox's default takes only js, css and html). The web manifest is added by the plugin.
 */
export const precachePatterns = [
  '**/*.{html,js,css}',
  'images/**/*.svg',
  'audio/**/*.{ogg,m4a}',
  'icons/*.{svg,png}',
];

/**
 * The largest file precached (Workbox's default: 2 MiB); the biggest today is Phaser's chunk
 * (1.4 MB). A larger one fails the build (vite-plugin-pwa's default), so nothing is silently
 * left out of the offline app.
 */
export const maxPrecachedBytes = 6 * 1024 * 1024;

/** The palette's colours the installed app shows around the page (tools/art/palette.ts: pine, cream). */
export const themeColour = '#1f5c47';
export const backgroundColour = '#f8ecd6';

/**
 * The installable, offline simulator (vite-plugin-pwa with Workbox): a web app manifest and a
 * service worker that precaches the whole build, art and sound included, so after one visit
 * every case plays without a network. Only in the production build: the dev server gets neither
 * (its `virtual:pwa-register` does nothing). The page registers the worker itself, from a module
 * (`injectRegister: null`: no inline script under the Content-Security-Policy), and a new worker
 * waits (`registerType: 'prompt'`) until the trainee accepts the update outside a case
 * (src/offline/). A SCORM package (`vite build --mode scorm`) has no worker and no manifest: the
 * LMS frames and keeps it (the Moodle app plays SCORM 1.2 offline on its own).
 */
export default function offlinePlugin(): Plugin[] {
  const options: Partial<VitePWAOptions> = {
    registerType: 'prompt',
    injectRegister: null,
    includeManifestIcons: false, // already in precachePatterns
    manifest: {
      name: 'Primer Contacto: simulador de atención a niñas, niños y adolescentes',
      short_name: 'Primer Contacto',
      description:
        'Simulador de atención a niñas, niños y adolescentes en la comisaría / Training simulator for receiving children at the police station',
      lang: 'es-PE',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: themeColour,
      background_color: backgroundColour,
      categories: ['education'],
      icons: manifestIcons.map((icon) => ({ ...icon })),
    },
    // Our own small worker (src/offline/service-worker.ts), built by Vite in a second or two;
    // generateSW's Rollup and Babel pass took 13–16 s, on every build and every e2e test file.
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'service-worker.ts',
    injectManifest: {
      globPatterns: precachePatterns,
      maximumFileSizeToCacheInBytes: maxPrecachedBytes,
      rollupFormat: 'iife',
    },
  };
  // `vite build --mode scorm` turns the worker off (VitePWA reads `disable` once the config is
  // resolved); the worker's own build is as quiet as the main one (the e2e tests build quietly).
  let logLevel: LogLevel | undefined;
  options.integration = {
    configureCustomSWViteBuild: (inline) => void (inline.logLevel = logLevel ?? inline.logLevel),
  };
  const settings: Plugin = {
    name: 'primer-contacto:offline-settings',
    config(config, env) {
      options.disable = env.mode === 'scorm';
      logLevel = config.logLevel;
    },
  };
  return [settings, ...VitePWA(options)];
}
