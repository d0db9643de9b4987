/**
 * npm run bench:check [-- --sizes 500,1000,2000 --wide 1000]
 * How the story check grows with a story's size: generates stories of 500, 1,000 and 2,000
 * sequential decisions (and one decision with many options) into a temporary folder, runs
 * `check:stories` on each in its own process with an empty exploration cache, and prints
 * decisions, seconds, seconds per 1,000 decisions, peak RSS and what the check said. Linear
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
  readonly rssMb: number;
  readonly clean: boolean;
  /** The check's last line ("1 stories checked: no problems."). */
  readonly said: string;
}

const root = join(import.meta.dirname, '..');

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
      join(root, 'tools', 'bench', 'report-rss.ts'),
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
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { story: name, decisions, options, seconds, rssMb, clean, said };
}

const row = (cells: readonly (string | number)[]) => cells.map((c) => String(c).padStart(12)).join('');

runCli(() => {
  const sizes = argList('sizes', [500, 1000, 2000]);
  const [wide] = argList('wide', [1000]);
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-check-'));
  try {
    console.log(row(['story', 'decisions', 'options', 'seconds', 's/1000 dec', 'peak RSS MB']));
    const figures: Figure[] = [];
    const print = (f: Figure) => {
      figures.push(f);
      const per = (f.seconds / f.decisions) * 1000;
      console.log(
        row([f.story, f.decisions, f.options, f.seconds.toFixed(1), per.toFixed(1), f.rssMb.toFixed(0)]),
      );
    };
    for (const n of sizes) print(measure(dir, `seq_${n}`, sequentialStory(n), n, 2 * n));
    if (wide) print(measure(dir, `wide_${wide}`, wideStory(wide), 1, wide));
    const seq = figures.filter((f) => f.story.startsWith('seq_'));
    const first = seq[0];
    const last = seq[seq.length - 1];
    if (first && last && last !== first) {
      const growth = last.seconds / last.decisions / (first.seconds / first.decisions);
      console.log(
        `\nseconds per decision at ${last.decisions} decisions / at ${first.decisions}: ${growth.toFixed(2)} (1.00 is linear)`,
      );
    }
    // A decision wider than the explorer takes is reported by the check (an error that says so): expected.
    return seq.every((f) => f.clean) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
