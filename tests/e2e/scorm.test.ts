import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSuspendData } from '../../src/adapters/lms/scorm-format.ts';
import { packageScorm } from '../../tools/lib/scorm-package.ts';
import { checkManifest } from '../support/scorm-manifest-check.ts';
import { freshBrowser, hasChromium } from './support/browser.ts';
import { chooseAt, playToDebrief } from './support/page-helpers.ts';
import { staticServer } from './support/static-server.ts';

type Version = '1.2' | '2004';
type Cmi = Record<string, string>;
/** The part of scorm-again's API the host page uses. */
interface Runtime {
  loadFromFlattenedJSON(json: Cmi): void;
  getFlattenedCMI(): Cmi;
  isTerminated(): boolean;
}
type HostWindow = Window & {
  Scorm12API: new (settings: object) => Runtime;
  Scorm2004API: new (settings: object) => Runtime;
  API?: Runtime;
  API_1484_11?: Runtime;
};

const root = join(import.meta.dirname, '..', '..');
const enabled = hasChromium();
const caseId = 'lost_child_5';
let work = '';
let server: Awaited<ReturnType<typeof staticServer>> | undefined;
const launchHref: Partial<Record<Version, string>> = {};

/** The LMS: a page with scorm-again's runtimes, and no script of its own (the test drives it). */
const hostHtml = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm12.min.js"></script><script src="/scorm-again/scorm2004.min.js"></script>
</head><body><h1>LMS</h1></body></html>`;

/** Opens the LMS page with a fresh runtime holding `given`, and launches the SCO in a frame, as an LMS does. */
async function launch(page: Page, version: Version, given: Cmi): Promise<Frame> {
  await page.goto(`${server!.url}/lms/host.html`);
  await page.evaluate(
    ({ version, given, src }) => {
      const w = window as unknown as HostWindow;
      const settings = { autocommit: false, logLevel: 5 };
      const api = version === '1.2' ? new w.Scorm12API(settings) : new w.Scorm2004API(settings);
      api.loadFromFlattenedJSON(given);
      if (version === '1.2') w.API = api;
      else w.API_1484_11 = api;
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '1200px', height: '760px' });
      frame.src = src;
      document.body.append(frame);
    },
    { version, given, src: `/p${version}/${launchHref[version]}` },
  );
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no SCO frame');
  return frame;
}

/** What the LMS holds now (scorm-again's data model, flattened). */
const lmsData = (page: Page, version: Version): Promise<Cmi> =>
  page.evaluate((v) => {
    const w = window as unknown as HostWindow;
    return (v === '1.2' ? w.API : w.API_1484_11)!.getFlattenedCMI();
  }, version);

const interactionsOf = (cmi: Cmi) => {
  const out: Cmi[] = [];
  for (const [k, v] of Object.entries(cmi)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(k);
    if (m && typeof v === 'string') (out[Number(m[1])] ??= {})[m[2]!] = v;
  }
  return out;
};

/** The finished record, read from the SCO's own IndexedDB. */
const recordIn = (frame: Frame) =>
  frame.evaluate(
    () =>
      new Promise<{ choices: number[]; passed: boolean; scores: { overall: number } }>((resolve, reject) => {
        const open = indexedDB.open('primer-contacto');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { choices: number[]; passed: boolean; scores: { overall: number } }[])[0]!,
            );
        };
      }),
  );

describe.runIf(enabled)('the SCORM packages in an LMS (scorm-again) in Chromium', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pc-scorm-e2e-'));
    const built = await packageScorm({ outDir: join(work, 'zips'), cases: [caseId] });
    for (const p of built) {
      const files = unzipSync(readFileSync(p.path));
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(checkManifest(manifest, p.version, new Set(Object.keys(files)))).toEqual([]);
      // no service worker nor web manifest in an LMS's frame (the offline app is the plain build's)
      expect(Object.keys(files).filter((f) => /service-worker|webmanifest/.test(f))).toEqual([]);
      launchHref[p.version] = /<resource [^>]*="sco" href="([^"]+)"/.exec(manifest)?.[1];
      for (const [name, bytes] of Object.entries(files)) {
        const target = join(work, `p${p.version}`, name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
    }
    mkdirSync(join(work, 'host'));
    writeFileSync(join(work, 'host', 'host.html'), hostHtml);
    server = await staticServer({
      '/lms/': join(work, 'host'),
      '/scorm-again/': join(root, 'node_modules', 'scorm-again', 'dist'),
      '/p1.2/': join(work, 'p1.2'),
      '/p2004/': join(work, 'p2004'),
    });
  });
  afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // Both versions at once (each its own browser): the file stays near a minute on a 2-core machine.
  it.concurrent.for(['1.2', '2004'] as const)(
    'SCORM %s: the LMS receives the learner, every decision, resume data that brings a relaunch back, the score and status',
    async (version, { expect }) => {
      const v12 = version === '1.2';
      const learner: Cmi = v12
        ? { 'cmi.core.student_id': '1042', 'cmi.core.student_name': 'Quispe, Rosa' }
        : { 'cmi.learner_id': '1042', 'cmi.learner_name': 'Rosa Quispe' };
      const exitKey = v12 ? 'cmi.core.exit' : 'cmi.exit';

      // First launch: the learner plays three decisions and closes the SCO.
      const browser = await freshBrowser();
      const first = browser;
      const second = browser;
      let kept: Cmi;
      let before: string[];
      try {
        const frame = await launch(first.page, version, learner);
        await frame.waitForSelector('[data-start-case]'); // the content note: no name form
        expect(await frame.locator('#trainee-name').count()).toBe(0);
        await frame.click('[data-start-case]');
        for (const step of [0, 1, 2]) expect(await chooseAt(frame, step)).toBe(true);
        await frame.waitForSelector('.dialogue[data-step="3"] [data-choice-index]:not([disabled])');
        before = await frame.locator('[data-choice-index]').allInnerTexts();
        await expect.poll(async () => interactionsOf(await lmsData(first.page, version)).length).toBe(3);
        const cmi = await lmsData(first.page, version);
        expect(decodeSuspendData(cmi['cmi.suspend_data']!)?.choices).toEqual([0, 0, 0]);
        expect(cmi['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
        expect(cmi[exitKey]).toBe('suspend');
        expect(cmi[v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status']).toBe('incomplete');
        await first.page.evaluate(() => document.querySelector('iframe')?.remove());
        await expect
          .poll(() =>
            first.page.evaluate((v) => {
              const w = window as unknown as HostWindow;
              return (v === '1.2' ? w.API : w.API_1484_11)!.isTerminated();
            }, version),
          )
          .toBe(true);
        kept = Object.fromEntries(
          Object.entries(await lmsData(first.page, version)).filter(
            ([k, v]) =>
              typeof v === 'string' && k.startsWith('cmi.interactions.') && !/_(count|children)$/.test(k),
          ),
        );
        kept['cmi.suspend_data'] = cmi['cmi.suspend_data']!;

        // Everything the SCO stored in this browser is deleted: only the LMS's resume data can bring the learner back.
        await first.page.evaluate(() => {
          localStorage.clear();
          return new Promise<void>((resolve, reject) => {
            const deleting = indexedDB.deleteDatabase('primer-contacto');
            deleting.onsuccess = () => resolve();
            deleting.onerror = deleting.onblocked = () => reject(new Error('the database was not deleted'));
          });
        });

        // Relaunch: the learner comes back to the same step, and plays to the end.
        const again = await launch(second.page, version, {
          ...learner,
          ...kept,
          [v12 ? 'cmi.core.entry' : 'cmi.entry']: 'resume',
        });
        await again.waitForSelector('.dialogue[data-step="3"] [data-choice-index]:not([disabled])');
        expect(await again.locator('[data-choice-index]').allInnerTexts()).toEqual(before);
        await playToDebrief(again, 3);
        const outcome = await again.locator('[data-debrief]').getAttribute('data-debrief');
        const record = await recordIn(again);
        await expect
          .poll(
            async () =>
              (await lmsData(second.page, version))[v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'],
          )
          .toBe(outcome);
        const done = await lmsData(second.page, version);
        const score = v12 ? 'cmi.core.score' : 'cmi.score';
        expect(Number(done[`${score}.raw`])).toBe(record.scores.overall);
        expect([done[`${score}.min`], done[`${score}.max`]].map(Number)).toEqual([0, 100]);
        if (!v12) {
          expect(done['cmi.completion_status']).toBe('completed');
          expect(Number(done['cmi.score.scaled'])).toBeCloseTo(record.scores.overall / 100, 4);
        }
        expect(record.passed ? 'passed' : 'failed').toBe(outcome);
        expect(done[exitKey]).toBe(v12 ? '' : 'normal');
        expect(done['cmi.suspend_data']).toBe('');
        expect(done[v12 ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(
          v12 ? /^\d{2,4}:\d\d:\d\d/ : /^PT/,
        );
        const interactions = interactionsOf(done);
        expect(interactions.map((i) => i.id)).toEqual(record.choices.map((_, k) => `decision_${k + 1}`));
        for (const it of interactions) {
          expect(it.type).toBe('choice');
          expect(it[v12 ? 'student_response' : 'learner_response']).toMatch(/^0(:[a-z0-9_,]+)?$/);
          expect(['correct', 'neutral', v12 ? 'wrong' : 'incorrect']).toContain(it.result);
          for (const value of Object.values(it)) expect(String(value).length).toBeLessThanOrEqual(255);
        }
        expect(interactions.filter((it) => it['objectives.0.id']).length).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    },
  );
});
