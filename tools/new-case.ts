/**
 * npm run new-case -- <case_id> [--stories DIR]
 * Creates stories/<case_id>/es.ink and en.ink from tools/templates/new-case/: a small case
 * that passes npm run check:stories, with comments showing every tag. Refuses a case id that
 * is not snake_case or that already exists.
 */
import { join, relative } from 'node:path';
import { createCase } from './lib/new-case.ts';
import { runCli } from './lib/run-cli.ts';

const root = join(import.meta.dirname, '..');

runCli(() => {
  const args = process.argv.slice(2);
  const at = args.indexOf('--stories');
  const stories = at >= 0 ? args[at + 1] : join(root, 'stories');
  if (!stories) throw new Error('--stories needs a folder');
  const ids = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (ids.length > 1) throw new Error(`one case id at a time, not ${ids.length} (${ids.join(', ')})`);
  const caseId = ids[0] ?? '';
  const files = createCase(stories, caseId);
  for (const file of files) console.log(`created ${relative(process.cwd(), file) || file}`);
  const folder = relative(process.cwd(), join(stories, caseId)) || '.';
  console.log(`next: edit them, then npm run check:stories -- ${folder}`);
  return 0;
});
