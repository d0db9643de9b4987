import { defineConfig } from 'vitest/config';
import cspPlugin from './tools/lib/vite-plugin-csp.ts';
import inkPlugin from './tools/lib/vite-plugin-ink.ts';
import lrsConfigPlugin from './tools/lib/vite-plugin-lrs.ts';
import offlinePlugin from './tools/lib/vite-plugin-offline.ts';

export default defineConfig({
  plugins: [inkPlugin(), cspPlugin(), lrsConfigPlugin(), offlinePlugin()],
  publicDir: 'assets',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (id.includes('node_modules/howler')) return 'audio';
          return undefined;
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'tests/unit/core/**/*.test.ts',
            'tests/unit/session/**/*.test.ts',
            'tests/unit/tools/**/*.test.ts',
            'tests/stories/**/*.test.ts',
          ],
          testTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'tests/unit/ui/**/*.test.ts',
            'tests/unit/adapters/**/*.test.ts',
            'tests/unit/audio/**/*.test.ts',
          ],
          // Some play whole cases in jsdom: seconds each, more on a loaded machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // The shared production build is made once, before the files (which then run in parallel).
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
