/**
 * npm run bench:classify [-- --rates 1,4]
 *   Times the question classifier in headless Chromium (Debian's chromium) at the given CPU
 *   throttling rates: every question of the labelled sets (data/questions/es.tsv, en.tsv), each
 *   classified ten times after a warm-up pass (the mean of the ten is its time), on the page itself (no network). Prints per language and
 *   rate the median, p95 and longest time per question in milliseconds; the target is < 5 ms at 4×.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser.ts';
import { languages, type Language } from '../src/core/language.ts';
import { readQuestionSet } from './lib/question-set.ts';
import type { classifyQuestion } from '../src/core/questions/classify.ts';

type Classify = typeof classifyQuestion;
import { runCli } from './lib/run-cli.ts';

const root = join(import.meta.dirname, '..');

async function classifierScript(): Promise<string> {
  const out = (await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, 'src/core/questions/classify.ts'), formats: ['iife'], name: 'PcClassify' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = out[0]!.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the classifier did not build');
  return chunk.code;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

runCli(async () => {
  const at = process.argv.indexOf('--rates');
  const rates = (at > 0 ? process.argv[at + 1]! : '1,4').split(',').map(Number);
  if (rates.some((r) => !(r >= 1))) throw new Error('--rates needs throttling rates of 1 or more, e.g. 1,4');
  const script = await classifierScript();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const rate of rates) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.addScriptTag({ content: script });
      for (const lang of languages as readonly Language[]) {
        const questions = readQuestionSet(lang).map((q) => ({ text: q.text, undisclosed: q.undisclosed }));
        const times = await page.evaluate(
          ({ questions, lang }) => {
            const { classifyQuestion } = (
              globalThis as unknown as { PcClassify: { classifyQuestion: Classify } }
            ).PcClassify;
            for (const q of questions) classifyQuestion(q.text, { lang, undisclosed: q.undisclosed });
            // Ten times each: the page's clock is coarse (0.1 ms), the mean of ten is not.
            return questions.map((q) => {
              const start = performance.now();
              for (let i = 0; i < 10; i++) classifyQuestion(q.text, { lang, undisclosed: q.undisclosed });
              return (performance.now() - start) / 10;
            });
          },
          { questions, lang },
        );
        const sorted = [...times].sort((a, b) => a - b);
        const ms = (n: number) => n.toFixed(2);
        console.log(
          `${lang} ${rate}×: ${times.length} questions, median ${ms(quantile(sorted, 0.5))} ms, p95 ${ms(quantile(sorted, 0.95))} ms, longest ${ms(sorted.at(-1) ?? 0)} ms`,
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return 0;
});
