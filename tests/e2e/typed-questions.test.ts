import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, servedBuild, withFreshPage } from './support/browser.ts';
import { play, seriousA11yViolations, storedProgress } from './support/page-helpers.ts';

/**
 * Ask in your own words (issue 15): at the open decision of lost_child_5 (step 5, after options
 * 0,0,0,0,0) the trainee types a question; it is classified on the device and the option of its
 * type is taken, so the child answers as a child answers that kind of question and the protocol
 * machine judges it. One fresh browser per question (a case is played once per profile).
 */
const enabled = hasChromium();
let server: Awaited<ReturnType<typeof servedBuild>>;

/** Starts lost_child_5 in practice mode and plays to its open decision. */
async function toOpenDecision(page: Page, lang: 'es' | 'en'): Promise<void> {
  await page.goto(`${server.url}?case=lost_child_5&lang=${lang}&mode=practice&trainee=Cadete`);
  await page.click('[data-start-case]');
  await page.waitForSelector('.dialogue[data-step="0"] [data-choice-index]:not([disabled])');
  await play(page, [0, 0, 0, 0, 0]);
  await page.waitForSelector('.dialogue[data-step="5"] [data-typed-question]:not([hidden])');
}

/** Types a question and asks it; resolves once the next step's options are there. */
async function ask(page: Page, text: string): Promise<void> {
  await page.fill('#typed-question-text', text);
  await page.press('#typed-question-text', 'Enter');
}

const nextStep = (page: Page) =>
  page.waitForSelector('.dialogue[data-step="6"] [data-choice-index]:not([disabled])');

/** One question of each type, in Spanish, with the child's answer and the coach's verdict it must bring. */
const questions = [
  {
    type: 'invitation',
    text: 'Cuéntame todo lo que pasó hoy en el mercado',
    child: 'mamá Rosa',
    coach: '✓ Bien hecho · DIS-03',
  },
  {
    type: 'directive',
    text: '¿Dónde estaba tu mamá cuando la perdiste?',
    child: 'En su puesto',
    coach: '✓ Bien hecho · DIS-01',
  },
  {
    type: 'option_posing',
    text: '¿Viniste con tu mamá o con tu papá?',
    child: 'Con mi papá',
    coach: '✗ A revisar · DIS-03',
  },
  {
    type: 'suggestive',
    text: 'Te fuiste a ver los juguetes, ¿no?',
    child: '¿Mi mamá me dejó?',
    coach: '✗ A revisar · DIS-03',
  },
  {
    type: 'why_blame',
    text: '¿Por qué te fuiste de donde estaba tu mamá?',
    child: 'Ya no dice nada',
    coach: '✗ A revisar · DIS-04',
  },
  {
    type: 'multiple',
    text: '¿Cómo te llamas, dónde vives y con quién viniste?',
    child: 'se queda mirando el piso',
    coach: '✗ A revisar · COM-03',
  },
  {
    type: 'not_question',
    text: 'Aquí estás segura conmigo, tranquila.',
    child: 'Se llama Rosa',
    coach: null,
  },
] as const;

describe.runIf(enabled)('typed questions at an open decision, in Chromium', () => {
  beforeAll(async () => {
    server = await servedBuild();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(questions)('a typed $type question gets its answer and its verdict', async (q) => {
    await withFreshPage(async (page) => {
      const requests: string[] = [];
      await toOpenDecision(page, 'es');
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
      await expect(page.locator('label[for="typed-question-text"]').textContent()).resolves.toBe(
        'Escribe tu pregunta con tus palabras',
      );
      if (q.type === 'invitation') expect(await seriousA11yViolations(page)).toEqual([]);
      await ask(page, q.text);
      await nextStep(page);
      await expect(page.locator('.coach-question').getAttribute('data-question-type')).resolves.toBe(q.type);
      await expect(page.locator('.dialogue-lines').textContent()).resolves.toContain(q.child);
      const coach = (await page.locator('[data-coach]').textContent()) ?? '';
      if (q.coach) expect(coach).toContain(q.coach);
      else expect(coach).not.toMatch(/[✓✗]/);
      await expect.poll(() => page.locator('.history').textContent()).toContain(`Escribiste: «${q.text}»`);
      // the question is classified on the device: only the app's own files are fetched, never with the text
      const typedWords = encodeURIComponent(q.text);
      expect(requests.filter((r) => !r.startsWith(`GET ${server.url}`) || r.includes(typedWords))).toEqual(
        [],
      );
      // the autosave keeps the typed question (it is written once the next options are painted)
      await expect.poll(async () => (await storedProgress(page))?.step).toBe(6);
      const typed = await page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('primer-contacto');
            open.onsuccess = () => {
              const all = open.result.transaction('progress').objectStore('progress').getAll();
              all.onsuccess = () =>
                resolve((all.result as { typedQuestions?: unknown }[])[0]?.typedQuestions);
            };
          }),
      );
      expect(typed).toMatchObject([{ step: 5, text: q.text, classified: q.type, type: q.type }]);
    });
  });

  it('offers "¿Quisiste preguntar…?" for an ambiguous question, and takes the reading picked', async () => {
    await withFreshPage(async (page) => {
      await toOpenDecision(page, 'es');
      await ask(page, '¿Qué pasó con los juguetes?');
      await page.waitForSelector('.did-you-mean:not([hidden]) [data-question-type]');
      await expect(page.locator('#did-you-mean-title').textContent()).resolves.toBe('¿Quisiste preguntar…?');
      const offered = await page
        .locator('.did-you-mean [data-question-type]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-question-type')));
      expect(offered).toEqual(['suggestive', 'invitation']);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.locator('.did-you-mean [data-question-type="invitation"]').click();
      await nextStep(page);
      await expect(page.locator('.coach-question').getAttribute('data-question-type')).resolves.toBe(
        'invitation',
      );
      await expect(page.locator('.coach-picked').count()).resolves.toBe(1);
      await expect(page.locator('[data-coach]').textContent()).resolves.toContain('DIS-03');
    });
  });

  it('reads an English question in English and answers it', async () => {
    await withFreshPage(async (page) => {
      await toOpenDecision(page, 'en');
      await expect(page.locator('label[for="typed-question-text"]').textContent()).resolves.toBe(
        'Type your question in your own words',
      );
      await ask(page, 'Tell me everything that happened today at the market.');
      await nextStep(page);
      await expect(page.locator('.coach-question').getAttribute('data-question-type')).resolves.toBe(
        'invitation',
      );
      await expect(page.locator('.coach-question').textContent()).resolves.toContain('recommended');
      await expect(page.locator('.dialogue-lines').textContent()).resolves.toContain('mamá Rosa');
    });
  });
});
