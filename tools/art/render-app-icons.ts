/**
 * Writes the app's icons to assets/icons: the SVGs (tools/art/app-icon.ts) and their PNG sizes,
 * drawn by Debian's Chromium (playwright-core, the one the end-to-end tests use; nothing downloaded).
 *   npx tsx tools/art/render-app-icons.ts
 * The output is committed; re-run only after the icon changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/browser.ts';
import { appIcon } from './app-icon.ts';

const out = join(import.meta.dirname, '..', '..', 'assets', 'icons');

/** Every PNG the manifest and the page name: file, size in pixels, maskable or not. */
export const iconPngs = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const;

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const svgs = { 'icon.svg': appIcon(false), 'icon-maskable.svg': appIcon(true) };
  // Only the plain SVG is served (the tab's icon and the manifest's "any" size); the maskable one
  // is drawn here for its PNG.
  writeFileSync(join(out, 'icon.svg'), svgs['icon.svg']);
  console.log(`icon.svg  ${svgs['icon.svg'].length} bytes`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const { file, size, maskable } of iconPngs) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const svg = maskable ? svgs['icon-maskable.svg'] : svgs['icon.svg'];
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(out, file), png);
      console.log(`${file}  ${size}×${size}  ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
