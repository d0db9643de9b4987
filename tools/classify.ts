/**
 * npm run classify -- --lang es|en [--undisclosed vecino,cuarto] [--disclosed …] [--json]
 *   Reads questions one per line on standard input and classifies each into one of the
 *   seven question types. With --json, one JSON line per question:
 *   {"text","type","confidence","reasons"} (reasons: short strings in the chosen
 *   language). Without it, a readable table.
 */
import { createInterface } from 'node:readline';
import { isLanguage, type Language } from '../src/core/language.ts';
import { CLASSIFIER_VERSION, classifyQuestion, type Classification } from '../src/core/questions/classify.ts';
import { runCli } from './lib/run-cli.ts';

const USAGE =
  'usage: npm run classify -- --lang es|en [--undisclosed a,b] [--disclosed a,b] [--json] < questions.txt';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return value;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');

const KNOWN = ['--lang', '--undisclosed', '--disclosed', '--json', '--help'];

function parseArgs(args: readonly string[]) {
  const unknown = args.find((a) => a.startsWith('--') && !KNOWN.includes(a));
  if (unknown) throw new Error(`unknown option ${unknown}\n${USAGE}`);
  const lang = option(args, '--lang') ?? 'es';
  if (!isLanguage(lang)) throw new Error(`--lang must be es or en, not '${lang}'`);
  return {
    lang,
    undisclosed: list(option(args, '--undisclosed')),
    disclosed: list(option(args, '--disclosed')),
    json: args.includes('--json'),
  };
}

const jsonLine = (c: Classification, lang: Language): string =>
  JSON.stringify({
    text: c.text,
    type: c.type,
    confidence: c.confidence,
    reasons: c.reasons.map((r) => r[lang]),
  });

function tableLine(c: Classification, lang: Language): string {
  const also = c.unsure && c.alternatives[0] ? ` (or ${c.alternatives[0].type})` : '';
  const head = `${c.type.padEnd(13)} ${c.confidence.toFixed(2)}  ${c.text}`;
  return `${head}${also}\n${' '.repeat(20)}${c.reasons.map((r) => r[lang]).join('; ')}`;
}

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const { lang, undisclosed, disclosed, json } = parseArgs(args);
  if (process.stdin.isTTY) console.error('(type one question per line; Ctrl+D to end)');
  if (!json) console.log(`classifier ${CLASSIFIER_VERSION}, ${lang}\n${'type'.padEnd(13)} conf  text`);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const text = line.trim();
    if (text === '') continue;
    const c = classifyQuestion(text, { lang, undisclosed, disclosed });
    console.log(json ? jsonLine(c, lang) : tableLine(c, lang));
  }
  return 0;
});
