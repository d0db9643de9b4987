/**
 * npm run bench:check [-- --sizes 500,1000,2000 --wide 1000 --root OTHER_CHECKOUT]
 * How the story check grows with a story's size: generates stories of 500, 1,000 and 2,000
 * sequential decisions (and one decision with many options) into a temporary folder, runs
 * `check:stories` on each in its own process with an empty exploration cache, and prints
 * decisions, seconds (wall and CPU), per 1,000 decisions, peak RSS and what the check said. Linear
 * growth keeps the seconds per 1,000 decisions flat. Exit 1 when a sequential story fails the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sequentialStory, wideStory } from './lib/bench-stories.ts';
import { runCli } from './lib/run-cli.ts';

interface Figure {
  readonly story: string;
  readonly decisions: number;
  readonly options: number;
  readonly seconds: number;
  /** CPU seconds of the check's process: what a busy machine changes least. */
  readonly cpu: number;
  readonly rssMb: number;
  readonly clean: boolean;
  /** The check's last line ("1 stories checked: no problems."). */
  readonly said: string;
}

const here = join(import.meta.dirname, '..');
/** `--root DIR`: measure the check of another checkout (say, before a change); default this one. */
const rootArg = process.argv.indexOf('--root');
const root = rootArg >= 0 ? (process.argv[rootArg + 1] ?? here) : here;

function argList(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value
    ? value
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : fallback;
}

/** Runs the check on one generated story, in a fresh process with an empty exploration cache. */
function measure(dir: string, name: string, text: string, decisions: number, options: number): Figure {
  const file = join(dir, `${name}.ink`);
  const rssFile = join(dir, `${name}.rss`);
  writeFileSync(file, text);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      join(here, 'tools', 'bench', 'report-rss.ts'),
      join(root, 'tools', 'check-stories.ts'),
      file,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PC_RSS_FILE: rssFile, PC_EXPLORATION_CACHE_DIR: join(dir, `cache-${name}`) },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const clean = run.status === 0;
  const said = run.stdout.trim().split('\n').at(-1) ?? '';
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpuMs: number };
  return {
    story: name,
    decisions,
    options,
    seconds,
    cpu: usage.cpuMs / 1000,
    rssMb: usage.maxRSS / 1024,
    clean,
    said,
  };
}

const row = (cells: readonly (string | number)[]) => cells.map((c) => String(c).padStart(12)).join('');

runCli(() => {
  const sizes = argList('sizes', [500, 1000, 2000]);
  const [wide] = argList('wide', [1000]);
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-check-'));
  try {
    console.log(
      row(['story', 'decisions', 'options', 'seconds', 'CPU s', 's/1000 dec', 'CPU/1000', 'peak RSS MB']),
    );
    const figures: Figure[] = [];
    const print = (f: Figure) => {
      figures.push(f);
      const per = (x: number) => ((x / f.decisions) * 1000).toFixed(1);
      const { story, decisions, options, seconds, cpu, rssMb } = f;
      const cells = [story, decisions, options, seconds.toFixed(1), cpu.toFixed(1), per(seconds), per(cpu)];
      console.log(`${row([...cells, rssMb.toFixed(0)])}  ${f.said}`);
    };
    for (const n of sizes) print(measure(dir, `seq_${n}`, sequentialStory(n), n, 2 * n));
    if (wide) print(measure(dir, `wide_${wide}`, wideStory(wide), 1, wide));
    const seq = figures.filter((f) => f.story.startsWith('seq_'));
    const first = seq[0];
    const last = seq[seq.length - 1];
    if (first && last && last !== first) {
      const growth = (of: (f: Figure) => number) =>
        (of(last) / last.decisions / (of(first) / first.decisions)).toFixed(2);
      console.log(
        `\nper decision at ${last.decisions} decisions / at ${first.decisions}: ${growth((f) => f.seconds)} in seconds, ${growth((f) => f.cpu)} in CPU (1.00 is linear)`,
      );
    }
    // A decision wider than the explorer takes is reported by the check (an error that says so): expected.
    return seq.every((f) => f.clean) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
