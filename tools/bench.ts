/**
 * npm run bench -- [--runs N] [--case ID] [--json] [--profile]
 * npm run bench -- --peer DIR [--rounds N] [--decisions N] [--case ID] [--json]
 *   Builds the production bundle, serves it with `vite preview`, and measures cold loads and a whole
 *   play-through (option 0 at every step) in headless Chromium at 1× and 4× CPU throttling: first-load JS,
 *   time to the first option, click → next options, long tasks, frame times and the JS heap.
 *   Prints a table (or one JSON object with --json) with pass/fail marks against the targets; progress
 *   goes to stderr. Misses do not change the exit code; only a failure to measure does.
 *   With --peer DIR (paired mode): DIR, a static folder (the bare Ink export, see `npm run bench:peer`), is
 *   served beside the build, both by one plain static server (no compression), and loaded cold in alternating
 *   order, N rounds (9) at 1× and 4×: per-round ratios of navigation → first clickable option, click → next
 *   options (clicked as soon as they appear), long tasks per 50 decisions, JS before the first option.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, productionBuild, servedBuild } from '../tests/e2e/support/browser.ts';
import { measureDistJs } from './bench/dist-js.ts';
import { figuresOf, summarise } from './bench/measures.ts';
import type { RunFigures } from './bench/measures.ts';
import { parseOptions, usage } from './bench/options.ts';
import type { BenchOptions } from './bench/options.ts';
import { formatPaired, pairedBench } from './bench/paired.ts';
import { hotspots } from './bench/profile.ts';
import type { ProfileSummary } from './bench/profile.ts';
import { formatReport, targetsOf } from './bench/report.ts';
import type { BenchReport } from './bench/report.ts';
import { runOnce } from './bench/run-once.ts';
import type { RawRun } from './bench/run-once.ts';
import { optionZeroPath } from './bench/scene-steps.ts';
import { runCli } from './lib/run-cli.ts';

const log = (text: string) => console.error(text);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const options = parseOptions(args);
  if (!existsSync(chromiumPath))
    throw new Error(`no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const root = join(import.meta.dirname, '..');
  if (!existsSync(join(root, 'stories', options.caseId, 'es.ink')))
    throw new Error(`--case: no story stories/${options.caseId}/es.ink`);
  if (options.peer !== undefined) return paired(options, options.peer);
  const path = optionZeroPath(root, options.caseId);
  const loadBefore = loadavg();
  const started = Date.now();
  log(
    `bench: building the production bundle (load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')})`,
  );
  const server = await servedBuild();
  try {
    const dist = measureDistJs(server.outDir);
    const byRate = new Map<number, RunFigures[]>(options.rates.map((r) => [r, []]));
    for (let n = 1; n <= options.runs; n++) {
      for (const rate of options.rates) {
        log(`bench: run ${n}/${options.runs} at ${rate}× CPU`);
        const run = await runOnce(server.url, options.caseId, rate, path.sceneSteps, false, log);
        if (run.probe.clicks.length !== path.decisions)
          log(
            `  warning: ${run.probe.clicks.length} decisions in the browser, ${path.decisions} in the story`,
          );
        byRate.get(rate)?.push(figuresOf(run, dist, path.sceneSteps));
      }
    }
    const profile = options.profile
      ? await profiledRun(server.url, server.outDir, options, path.sceneSteps)
      : undefined;
    const rates = [...byRate.values()].map((runs) => summarise(runs));
    const report: BenchReport = {
      caseId: options.caseId,
      path: { decisions: path.decisions, sceneSteps: [...path.sceneSteps] },
      runsPerRate: options.runs,
      machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg() },
      dist: { total: dist.total, largest: dist.largest, files: dist.files.length },
      rates,
      targets: targetsOf(rates),
      profile,
    };
    log(`bench: done in ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(
      options.json ? JSON.stringify({ ...report, distFiles: dist.files }, null, 2) : formatReport(report),
    );
    return 0;
  } finally {
    await server.close();
  }
}

async function paired(options: BenchOptions, peerDir: string): Promise<number> {
  const dir = resolve(peerDir);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`--peer: no index.html in ${dir} (npm run bench:peer builds one)`);
  log(
    `bench: building the production bundle (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const built = await productionBuild(); // served by the paired run itself, beside the peer
  try {
    const pairedOptions = {
      peerDir: dir,
      rounds: options.rounds,
      rates: options.rates,
      decisions: options.decisions,
      caseId: options.caseId,
    };
    const results = await pairedBench(built.outDir, pairedOptions, log);
    console.log(
      options.json
        ? JSON.stringify({ ...pairedOptions, load: loadavg(), results }, null, 2)
        : formatPaired(results, pairedOptions),
    );
    return 0;
  } finally {
    built.dispose();
  }
}

/** One extra run at the highest rate with the CPU profiler on (not counted in the figures: profiling slows it). */
async function profiledRun(
  url: string,
  outDir: string,
  options: BenchOptions,
  sceneSteps: ReadonlySet<number>,
): Promise<ProfileSummary | undefined> {
  const rate = Math.max(...options.rates);
  log(`bench: profiled play-through at ${rate}× CPU`);
  const run = await runOnce(url, options.caseId, rate, sceneSteps, true, log);
  if (!run.profile) return undefined;
  return hotspots(run.profile.data, run.profile.offsetMs, decisionWindows(run), outDir);
}

/** The long tasks that started between a click on an option and the frame after the next options (or the decisions themselves when there were none). */
function decisionWindows(run: RawRun): { from: number; to: number }[] {
  const p = run.probe;
  const decisions = p.clicks.map((c) => ({
    from: c.at,
    to: p.painted[String(c.step + 1)] ?? p.debriefPaintedAt ?? c.at,
  }));
  const tasks = p.longTasks
    .filter((t) => decisions.some((d) => t.start >= d.from && t.start < d.to))
    .map((t) => ({ from: t.start, to: t.start + t.duration }));
  return tasks.length > 0 ? tasks : decisions;
}

runCli(main);
