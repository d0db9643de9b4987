/**
 * npm run classify:report [-- --lang es|en] [--split heldout|dev|all] [--misses]
 *   Prints, per language and split, the classifier's confusion matrix over the seven
 *   question types against data/questions/<lang>.tsv, its agreement over the seven types
 *   and on recommended (invitation, directive) versus not; then the time per question
 *   in Node (median and p95 over the whole set). --misses lists the disagreements.
 *   Default: both languages, the dev and the held-out split.
 */
import { isLanguage, languages, type Language } from '../src/core/language.ts';
import { CLASSIFIER_VERSION, classifyQuestion } from '../src/core/questions/classify.ts';
import { formatMatrix, measureAgreement, percent } from './lib/question-agreement.ts';
import { readQuestionSet, type LabelledQuestion } from './lib/question-set.ts';
import { runCli } from './lib/run-cli.ts';

const option = (args: readonly string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const SPLIT_CHOICES = ['dev', 'heldout', 'all'] as const;
type SplitChoice = (typeof SPLIT_CHOICES)[number];

function timing(rows: readonly LabelledQuestion[], lang: Language): { median: number; p95: number } {
  const times: number[] = [];
  for (const row of rows) classifyQuestion(row.text, { lang, undisclosed: row.undisclosed }); // warm-up
  for (let pass = 0; pass < 5; pass++)
    for (const row of rows) {
      const t0 = process.hrtime.bigint();
      classifyQuestion(row.text, { lang, undisclosed: row.undisclosed });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

function report(lang: Language, splits: readonly SplitChoice[], misses: boolean): void {
  const rows = readQuestionSet(lang);
  console.log(`\n== ${lang} (data/questions/${lang}.tsv, ${rows.length} questions) ==`);
  for (const split of splits) {
    const part = split === 'all' ? rows : rows.filter((r) => r.split === split);
    const a = measureAgreement(part, lang);
    console.log(`\n-- ${lang} ${split}: ${a.n} questions --`);
    console.log(formatMatrix(a.matrix));
    console.log(`agreement, seven types:           ${percent(a.types)}`);
    console.log(`agreement, recommended vs not:    ${percent(a.recommended)}`);
    console.log(`unsure (two readings offered):    ${a.unsure}`);
    if (misses) for (const m of a.misses) console.log(`  ${m.id}\t${m.label} → ${m.got}\t${m.text}`);
  }
  const t = timing(rows, lang);
  console.log(
    `\ntime per question (${lang}, Node, ${rows.length} × 5): median ${t.median.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms`,
  );
}

runCli(() => {
  const args = process.argv.slice(2);
  const lang = option(args, '--lang');
  if (lang !== undefined && !isLanguage(lang)) throw new Error(`--lang must be es or en, not '${lang}'`);
  const split = option(args, '--split');
  if (split !== undefined && !(SPLIT_CHOICES as readonly string[]).includes(split))
    throw new Error(`--split must be heldout, dev or all, not '${split}'`);
  const splits: SplitChoice[] = split ? [split as SplitChoice] : ['dev', 'heldout'];
  console.log(`classifier ${CLASSIFIER_VERSION}`);
  for (const l of lang ? [lang] : languages) report(l, splits, args.includes('--misses'));
  return 0;
});
