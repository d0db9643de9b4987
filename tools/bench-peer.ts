/**
 * npm run bench:peer -- --inky DIR --story FILE.ink --out DIR
 *   Builds the peer page of `npm run bench -- --peer DIR`: inkle's web export template (inky's
 *   `app/export-for-web-template/`, given as an inky checkout or as the template folder itself) playing a
 *   story compiled here by the project's own inkjs compiler, with the inkjs runtime from node_modules
 *   (as inky's "Export for web" does). Nothing of it is kept in the repository: the output goes to --out.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { compileInk, formatIssue } from './lib/compile-ink.ts';
import { runCli } from './lib/run-cli.ts';

const usage = 'usage: npm run bench:peer -- --inky DIR --story FILE.ink --out DIR';

function arg(args: readonly string[], name: string): string {
  const i = args.indexOf(name);
  const v = i < 0 ? undefined : args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} is required; ${usage}`);
  return v;
}

/** The template folder: DIR/app/export-for-web-template, or DIR itself when it holds index.html and main.js. */
export function templateDir(dir: string): string {
  const nested = join(dir, 'app', 'export-for-web-template');
  const folder = existsSync(nested) ? nested : dir;
  for (const f of ['index.html', 'main.js', 'style.css']) {
    if (!existsSync(join(folder, f)))
      throw new Error(`--inky: no ${f} in ${folder} (expected inky's app/export-for-web-template/)`);
  }
  return folder;
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const template = templateDir(resolve(arg(args, '--inky')));
  const story = resolve(arg(args, '--story'));
  const out = resolve(arg(args, '--out'));
  const compiled = compileInk(story, process.cwd());
  const errors = compiled.issues.filter((i) => i.level === 'error');
  if (errors.length > 0 || !compiled.json)
    throw new Error(`${story} does not compile:\n${errors.map(formatIssue).join('\n')}`);
  mkdirSync(out, { recursive: true });
  const title = basename(story).replace(/\.ink$/, '');
  const scriptName = `${title}.js`;
  const html = readFileSync(join(template, 'index.html'), 'utf8')
    .replaceAll('##STORY TITLE##', title)
    .replaceAll('##JAVASCRIPT FILENAME##', scriptName);
  writeFileSync(join(out, 'index.html'), html);
  copyFileSync(join(template, 'main.js'), join(out, 'main.js'));
  copyFileSync(join(template, 'style.css'), join(out, 'style.css'));
  copyFileSync(
    join(import.meta.dirname, '..', 'node_modules', 'inkjs', 'dist', 'ink.js'),
    join(out, 'ink.js'),
  );
  writeFileSync(join(out, scriptName), `var storyContent = ${JSON.stringify(compiled.json)};`);
  const inkKb = (statSync(story).size / 1000).toFixed(0);
  console.log(
    `bench:peer: ${out} (${title}: ${inkKb} kB of ink, ${(statSync(join(out, scriptName)).size / 1000).toFixed(0)} kB of JSON)`,
  );
  return 0;
}

runCli(main);
