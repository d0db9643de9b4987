/**
 * npm run golden [-- CASE_ID...]
 * Writes tests/fixtures/verdicts/<case>/<path>.json from the choice paths in
 * tests/fixtures/verdicts/<case>/paths.json. Run it only when a change to the machine
 * or to a story is meant to change verdicts, and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseRun } from '../src/core/run/case-run.ts';
import { compileInk } from './lib/compile-ink.ts';
import { goldenOf } from './lib/golden.ts';
import { runCli } from './lib/run-cli.ts';

/** How many of the choices the story takes before it ends (all of them when it does not end early). */
function endsAfter(json: string, choices: readonly number[]): number {
  const run = new CaseRun({ json });
  run.start();
  for (let i = 0; i < choices.length; i++) {
    if (run.step.isEnd) return i;
    run.choose(choices[i]!);
  }
  return choices.length;
}

runCli(() => {
  const dir = join('tests', 'fixtures', 'verdicts');
  const args = process.argv.slice(2);
  const cases =
    args.length > 0 ? args : (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as string[]);
  for (const caseId of cases) {
    const paths = JSON.parse(readFileSync(join(dir, caseId, 'paths.json'), 'utf8')) as Record<
      string,
      number[]
    >;
    const json = compileInk(join('stories', caseId, 'es.ink')).json;
    if (!json) throw new Error(`stories/${caseId}/es.ink does not compile`);
    let cut = false;
    for (const [name, choices] of Object.entries(paths)) {
      const ended = endsAfter(json, choices);
      if (ended < choices.length) {
        console.log(
          `${caseId}/${name}: the story now ends after ${ended} of ${choices.length} choices; the path is cut there`,
        );
        paths[name] = choices.slice(0, ended);
        cut = true;
      }
      const golden = goldenOf(json, paths[name]!);
      writeFileSync(join(dir, caseId, `${name}.json`), `${JSON.stringify(golden, null, 2)}\n`);
      console.log(
        `${caseId}/${name}: ${golden.ending ?? '(no ending)'} ${golden.scores.overall} ${golden.passed ? 'passed' : 'not passed'}`,
      );
    }
    if (cut) writeFileSync(join(dir, caseId, 'paths.json'), `${JSON.stringify(paths, null, 2)}\n`);
  }
  return 0;
});
