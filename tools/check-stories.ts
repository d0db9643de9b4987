/**
 * npm run check:stories [-- PATH...]
 * Compiles and checks every story (or the given files and folders) and prints each
 * problem as `file:line: message`. Exit 0 only when everything is clean.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkStoryFile, type StoryCheck } from './lib/check-story.ts';
import { formatIssue, type InkIssue } from './lib/compile-ink.ts';
import { findStoryTargets } from './lib/find-stories.ts';
import { parityIssues } from './lib/parity.ts';
import { runCli } from './lib/run-cli.ts';

function checkFolder(folder: string): { checks: StoryCheck[]; parity: InkIssue[] } {
  const checks: StoryCheck[] = [];
  const missing: InkIssue[] = [];
  for (const lang of ['es', 'en']) {
    const file = join(folder, `${lang}.ink`);
    if (existsSync(file)) checks.push(checkStoryFile(file));
    else
      missing.push({ level: 'error', file, line: 0, message: `missing: every case needs es.ink and en.ink` });
  }
  const [es, en] = checks;
  const parity = es && en ? parityIssues(es.tree, en.tree) : [];
  return { checks, parity: [...missing, ...parity] };
}

runCli(() => {
  const args = process.argv.slice(2);
  const { folders, files } = findStoryTargets(args.length > 0 ? args : ['stories']);
  let problems = 0;
  let stories = 0;
  const report = (issues: readonly InkIssue[]) => {
    for (const issue of issues) console.log(formatIssue(issue));
    problems += issues.filter((i) => i.level === 'error').length;
  };
  for (const folder of folders) {
    const { checks, parity } = checkFolder(folder);
    stories += checks.length;
    checks.forEach((c) => report(c.issues));
    report(parity);
  }
  for (const file of files) {
    stories += 1;
    report(checkStoryFile(file).issues);
  }
  console.log(
    problems === 0
      ? `${stories} stories checked: no problems.`
      : `${stories} stories checked: ${problems} problem(s).`,
  );
  return problems === 0 ? 0 : 1;
});
