/**
 * npm run explore -- STORY.ink [--json]
 * Walks every path of one story: paths and endings, distinct states, the best and
 * worst scoring paths with their choices, the score distribution, the time taken;
 * with --json also keyViolatedPassed (must be 0) and notReached (paths per standard).
 */
import { playPath } from '../src/core/record/play-path.ts';
import { optionRules } from '../src/core/run/decision-metrics.ts';
import { explorePaths, type PathOutcome } from '../src/core/run/path-explorer.ts';
import { compileInk, formatIssue } from './lib/compile-ink.ts';
import { runCli } from './lib/run-cli.ts';

/** Replays a path for its full scores (the explorer keeps only the overall score per path). */
function summary(json: string, p: PathOutcome) {
  const result = playPath({ json, choices: p.choices }).result();
  return { choices: p.choices, decisions: p.choices.length, scores: result.scores, passed: result.passed };
}

runCli(() => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run explore -- STORY.ink [--json]');
  const compiled = compileInk(file);
  if (!compiled.json) {
    compiled.issues.forEach((i) => console.error(formatIssue(i)));
    return 1;
  }
  const ex = explorePaths({ json: compiled.json, clock: () => performance.now() });
  const ms = Math.round(ex.ms);
  if (json) {
    console.log(
      JSON.stringify({
        paths: ex.paths,
        endings: ex.endings,
        states: ex.states,
        ms,
        best: summary(compiled.json, ex.best),
        worst: summary(compiled.json, ex.worst),
        distribution: ex.distribution,
        passedPaths: ex.passedPaths,
        passedWithCritical: ex.passedWithCritical,
        keyViolatedPassed: ex.keyViolatedPassed,
        duplicateVerdictPaths: ex.duplicateVerdictPaths,
        notReached: ex.notReached,
        notReachedPaths: ex.notReachedPaths,
        keyReach: ex.keyReach,
        optionRules: optionRules(ex.decisions),
        decisions: ex.decisions,
        metSomewhere: ex.metSomewhere,
        violatedSomewhere: ex.violatedSomewhere,
        problems: ex.problems,
      }),
    );
    return ex.problems.length === 0 ? 0 : 1;
  }
  const rate = ex.ms > 0 ? Math.round((ex.states / ex.ms) * 1000) : ex.states;
  console.log(`${file}`);
  console.log(
    `  paths: ${ex.paths}   endings: ${Object.keys(ex.endings).length}   distinct states: ${ex.states}   time: ${ms} ms (${rate} states/s)`,
  );
  for (const [ending, n] of Object.entries(ex.endings))
    console.log(`    ${ending || '(no ending!)'}: ${n} path(s)`);
  const line = (label: string, p: PathOutcome) =>
    console.log(
      `  ${label}: ${p.overall} (${p.passed ? 'passed' : 'failed'}), ${p.choices.length} decisions, choices ${p.choices.join(',')}`,
    );
  line('best ', ex.best);
  line('worst', ex.worst);
  console.log(
    `  passed paths: ${ex.passedPaths} of ${ex.paths}   passed with a critical violation: ${ex.passedWithCritical}   passed with a violated key standard: ${ex.keyViolatedPassed}`,
  );
  console.log(`  paths that end before some requirement was offered (not reached): ${ex.notReachedPaths}`);
  const rules = optionRules(ex.decisions);
  console.log(
    `  decisions: ${rules.decisions}   options >20 % apart in length at ${rules.unevenLengths}   compliant option the longest at ${Math.round(rules.compliantLongestShare * 100)} %   options with more than 2 actions: ${rules.bundled}   decisions with two defensible options: ${rules.twoDefensible}`,
  );
  const reach = Object.entries(ex.keyReach).map(([s, share]) => `${s} ${Math.round(share * 100)} %`);
  if (reach.length > 0) console.log(`  key decisions reached (share of paths): ${reach.join('   ')}`);
  console.log('  score distribution (score: paths):');
  const scores = Object.keys(ex.distribution)
    .map(Number)
    .sort((a, b) => b - a);
  console.log(`    ${scores.map((s) => `${s}: ${ex.distribution[s]}`).join('   ')}`);
  for (const p of ex.problems.slice(0, 10))
    console.log(`  problem: ${p.message} after choices [${p.choices.join(',')}]`);
  return ex.problems.length === 0 ? 0 : 1;
});
