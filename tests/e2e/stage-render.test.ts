import { settingOf } from '../../src/scenes/case-settings.ts';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import type { StageView } from '../../src/scenes/stage.ts';
import type * as StageModule from '../../src/scenes/create-phaser-stage.ts';
import { characterWithId } from '../../src/core/story/characters.ts';
import type { SceneId } from '../../src/core/story/vocabulary.ts';
import { scanSourceTree } from '../../tools/lib/source-tree.ts';
import { caseIds, storyFile } from '../support/cases.ts';
import { chromiumArgs, chromiumPath, hasChromium } from './support/browser.ts';

const enabled = hasChromium();

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results', 'stage');
// <base href="/"> because the stage asks for assets by relative URL, as the app at the site root does.
const html = `<!doctype html><html><head><meta charset="utf-8"><base href="/"><link rel="icon" href="data:,">
<style>body{margin:0;background:#333}#stage{width:1280px;height:720px}</style></head>
<body><div id="stage"></div><script type="module">
import { createPhaserStage } from '/src/scenes/create-phaser-stage.ts';
window.stageModule = { createPhaserStage };
</script></body></html>`;

declare global {
  interface Window {
    stageModule: typeof StageModule;
    stageTest: {
      show(view: StageView): Promise<StageView>;
      stage: Awaited<ReturnType<typeof StageModule.createPhaserStage>>;
    };
  }
}

const privateRoom: StageView = {
  scene: 'private_room',
  child: { id: 'milagros', mood: 'anxious', distress: 5 },
  adults: ['carmen'],
  speaker: 'carmen',
  suspectAtDoor: false,
};
const frontDesk: StageView = {
  scene: 'front_desk',
  child: { id: 'milagros', mood: 'crying', distress: 8 },
  adults: ['carmen', 'colleague_f'],
  speaker: 'milagros',
  suspectAtDoor: true,
};

let server: ViteDevServer;
let context: BrowserContext;
let page: Page;
let profile: string;
const warnings: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!enabled) return;
  server = await createServer({
    root,
    configFile: false,
    publicDir: 'assets',
    // Its own cache, so this server never rewrites the optimised deps of a dev server running beside it.
    cacheDir: 'node_modules/.vite-stage-test',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { include: ['phaser'], entries: [] },
    plugins: [
      {
        name: 'stage-test-page',
        configureServer(dev) {
          dev.middlewares.use('/stage-test.html', (_req, res) => {
            res.setHeader('content-type', 'text/html');
            res.end(html);
          });
        },
      },
    ],
  });
  await server.listen();
  profile = mkdtempSync(join(tmpdir(), 'stage-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: chromiumArgs,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(90_000);
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const address = server.resolvedUrls?.local[0] ?? '';
  await page.goto(`${address}stage-test.html`);
  await page.waitForFunction(() => window.stageModule !== undefined);
  await page.evaluate(async () => {
    const module = window.stageModule;
    const parent = document.getElementById('stage');
    if (!parent) throw new Error('no #stage');
    const stage = await module.createPhaserStage(parent, { reducedMotion: false });
    window.stageTest = {
      stage,
      show: (view) =>
        new Promise((resolve) => {
          window.addEventListener('stage:drawn', (e) => resolve((e as CustomEvent<StageView>).detail), {
            once: true,
          });
          stage.show(view);
        }),
    };
  });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const show = (view: StageView) => page.evaluate((v) => window.stageTest.show(v), view);
const dataset = () => page.evaluate(() => ({ ...document.getElementById('stage')?.dataset }));

/** The persona, the first adults who speak, and the places a case uses, read from its Spanish story. */
function castOf(caseId: string): { persona: string; adults: string[]; scenes: Set<string> } {
  const items = scanSourceTree(storyFile(caseId, 'es')).items;
  const tags = items.flatMap((i) => i.tags.map((t) => t.split(':').map((x) => x.trim()) as [string, string]));
  const persona = tags.find(([k]) => k === 'persona')?.[1] ?? '';
  const adults = [
    ...new Set(
      tags.filter(([k, v]) => k === 'speaker' && characterWithId(v)?.kind === 'adult').map(([, v]) => v),
    ),
  ].slice(0, 2);
  return { persona, adults, scenes: new Set(tags.filter(([k]) => k === 'scene').map(([, v]) => v)) };
}

describe.runIf(enabled)(
  'each case at the front desk and in the private room, in its own station and hour',
  () => {
    it.each(caseIds())('%s', async (caseId) => {
      const { persona, adults, scenes } = castOf(caseId);
      const places = (['front_desk', 'private_room'] as SceneId[]).filter((s) => scenes.has(s));
      expect(places.length).toBeGreaterThan(0);
      mkdirSync(join(root, 'test-results', 'cases'), { recursive: true });
      for (const scene of places) {
        const drawn = await show({
          scene,
          setting: settingOf(caseId),
          child: { id: persona, mood: scene === 'front_desk' ? 'anxious' : 'calm', distress: 4 },
          adults,
          speaker: adults[0],
          suspectAtDoor: false,
        });
        expect(drawn.scene).toBe(scene);
        await page.screenshot({ path: join(root, 'test-results', 'cases', `${caseId}-${scene}.png`) });
      }
    });
  },
);

describe.runIf(enabled)('Phaser stage', () => {
  it('hides its canvas from assistive technology and focus', async () => {
    const canvas = page.locator('#stage canvas');
    await expect.poll(() => canvas.getAttribute('aria-hidden')).toBe('true');
    expect(await canvas.getAttribute('tabindex')).toBe('-1');
  });

  it('draws a place with the child and an adult, then reports it', async () => {
    const drawn = await show(privateRoom);
    expect(drawn.scene).toBe('private_room');
    expect(await dataset()).toMatchObject({ stageScene: 'private_room', stageReady: 'true' });
    await page.screenshot({ path: join(shots, 'private-room.png') });
  });

  it('changes place, mood and company, with the suspect at the door', async () => {
    await show(frontDesk);
    expect(await dataset()).toMatchObject({ stageScene: 'front_desk' });
    await page.screenshot({ path: join(shots, 'front-desk.png') });
  });

  it('lets the latest view win when several arrive before textures load', async () => {
    const drawn = await page.evaluate(
      ([a, b]) => {
        const last = window.stageTest.show(b);
        window.stageTest.stage.show(a);
        window.stageTest.stage.show(b);
        return last;
      },
      [
        { ...privateRoom, scene: 'office' as const },
        { ...privateRoom, scene: 'waiting_area' as const },
      ] as const,
    );
    expect(drawn.scene).toBe('waiting_area');
    expect(await dataset()).toMatchObject({ stageScene: 'waiting_area' });
  });

  it('follows its parent when the layout resizes between views', async () => {
    await page.evaluate(() =>
      document.getElementById('stage')?.setAttribute('style', 'width:800px;height:600px'),
    );
    const canvas = page.locator('#stage canvas');
    await expect.poll(async () => Math.round((await canvas.boundingBox())?.width ?? 0)).toBe(800);
    expect(Math.round((await canvas.boundingBox())?.height ?? 0)).toBe(450);
    await page.evaluate(() => document.getElementById('stage')?.removeAttribute('style'));
  });

  it('draws a placeholder for missing art and says which file', async () => {
    await page.evaluate(() => window.stageTest.stage.setReducedMotion(true));
    await show({
      ...privateRoom,
      child: { id: 'nobody_yet', mood: 'calm', distress: 0 },
      speaker: undefined,
    });
    await expect.poll(() => warnings.some((w) => w.includes('images/people/nobody_yet/calm.svg'))).toBe(true);
    await page.screenshot({ path: join(shots, 'placeholder.png') });
  });

  it('raises no page errors, and destroy removes the canvas', async () => {
    await page.evaluate(() => window.stageTest.stage.destroy());
    await expect.poll(() => page.locator('#stage canvas').count()).toBe(0);
    expect(errors.filter((e) => !e.includes('404') && !e.includes('GPU stall'))).toEqual([]);
  });
});
