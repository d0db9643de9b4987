/**
 * npm run check:stories [-- [--jobs N] PATH...]
 * Compiles and checks every story (or the given files and folders) and prints each
 * problem as `file:line: message`. Exit 0 only when everything is clean. Case folders
 * are checked in N processes at once (default: the machine's cores, at most 4).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStoryFile, type StoryCheck } from './lib/check-story.ts';
import { checkInProcesses, serveFolderChecks, type FolderResult } from './lib/check-pool.ts';
import { formatIssue, type InkIssue } from './lib/compile-ink.ts';
import { findStoryTargets } from './lib/find-stories.ts';
import { parityIssues } from './lib/parity.ts';
import { runCli } from './lib/run-cli.ts';

const problemsIn = (issues: readonly InkIssue[]) => issues.filter((i) => i.level === 'error').length;

function checkFolder(folder: string): FolderResult {
  const checks: StoryCheck[] = [];
  const missing: InkIssue[] = [];
  for (const lang of ['es', 'en']) {
    const file = join(folder, `${lang}.ink`);
    if (existsSync(file)) checks.push(checkStoryFile(file));
    else
      missing.push({ level: 'error', file, line: 0, message: `missing: every case needs es.ink and en.ink` });
  }
  const [es, en] = checks;
  const issues = [
    ...checks.flatMap((c) => c.issues),
    ...missing,
    ...(es && en ? parityIssues(es.tree, en.tree) : []),
  ];
  return { folder, lines: issues.map(formatIssue), problems: problemsIn(issues), stories: checks.length };
}

function parseArgs(args: readonly string[]): { paths: string[]; jobs: number | undefined } {
  const at = args.indexOf('--jobs');
  if (at < 0) return { paths: [...args], jobs: undefined };
  const jobs = Number(args[at + 1]);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error('--jobs needs a whole number of processes (1 or more)');
  return { paths: args.filter((_, i) => i !== at && i !== at + 1), jobs };
}

if (process.env.PC_CHECK_WORKER === '1' && process.send) serveFolderChecks(checkFolder);
else
  runCli(async () => {
    const { paths, jobs: asked } = parseArgs(process.argv.slice(2));
    const { folders, files } = findStoryTargets(paths.length > 0 ? paths : ['stories']);
    const jobs = Math.min(asked ?? Math.min(availableParallelism(), 4), folders.length);
    const results =
      jobs > 1
        ? await checkInProcesses(fileURLToPath(import.meta.url), folders, jobs)
        : folders.map(checkFolder);
    for (const file of files) {
      const issues = checkStoryFile(file).issues;
      results.push({
        folder: file,
        lines: issues.map(formatIssue),
        problems: problemsIn(issues),
        stories: 1,
      });
    }
    results.forEach((r) => r.lines.forEach((line) => console.log(line)));
    const problems = results.reduce((n, r) => n + r.problems, 0);
    const stories = results.reduce((n, r) => n + r.stories, 0);
    console.log(`${stories} stories checked: ${problems === 0 ? 'no problems' : `${problems} problem(s)`}.`);
    return problems === 0 ? 0 : 1;
  });
