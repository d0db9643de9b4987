/**
 * The app's icons in assets/icons/ (drawn in tools/art/app-icon.ts, written by
 * tools/art/render-app-icons.ts): those of the web manifest (tools/lib/vite-plugin-offline.ts)
 * and those index.html names (the tab's icon, the iPhone/iPad home screen's).
 */
export const manifestIcons = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
] as const;

export const pageIcons = ['icons/icon.svg', 'icons/apple-touch-icon-180.png'] as const;
