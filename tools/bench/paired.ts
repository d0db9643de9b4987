import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { inkExportTarget, pairedRun, simulatorTarget } from './paired-run.ts';
import type { PairedFigures, PairedSide } from './paired-run.ts';
import { max, median, percentile } from './stats.ts';

export interface PairedOptions {
  readonly peerDir: string;
  readonly rounds: number;
  readonly rates: readonly number[];
  readonly decisions: number;
  readonly caseId: string;
}

export interface SideSummary {
  readonly firstOption: number;
  readonly firstOptionRange: readonly [number, number];
  readonly nextMedian: number;
  readonly nextP95: number;
  readonly nextMax: number;
  readonly decisions: number;
  /** Decisions with a long task, scaled to 50 decisions; and the longest such task. */
  readonly longTaskPer50: number;
  readonly longestTask: number;
  readonly jsBeforeFirstOption: number;
}

export interface RateResult {
  readonly rate: number;
  readonly simulator: SideSummary;
  readonly peer: SideSummary;
  /** Per-round simulator ÷ peer navigation → first option: median and range. */
  readonly firstOptionRatio: { readonly median: number; readonly min: number; readonly max: number };
  readonly nextMedianRatio: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webp': 'image/webp',
  '.m4a': 'audio/mp4',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * A plain static file server on 127.0.0.1 (no compression, no cache). Both pages of a paired run are
 * served by it, so neither pays for a server the other does not have (`vite preview` gzips every
 * response as it sends it, which on a two-core machine delayed the simulator's first script by up
 * to 200 ms).
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^[/\\]+/,
      '',
    );
    const file = join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    if (path.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Rounds of cold loads of both pages at each rate, the order alternating between rounds, so that the
 * machine's load weighs on both alike; ratios are taken per round.
 */
export async function pairedBench(
  simulatorDir: string,
  options: PairedOptions,
  log: (s: string) => void,
): Promise<RateResult[]> {
  const peerServer = await serveStatic(options.peerDir);
  const simulatorServer = await serveStatic(simulatorDir);
  try {
    const sim: PairedSide = {
      name: 'simulator',
      dir: simulatorDir,
      target: simulatorTarget,
      url: `${simulatorServer.url}?case=${encodeURIComponent(options.caseId)}&lang=es&mode=evaluation&trainee=Bench`,
    };
    const peer: PairedSide = {
      name: 'ink export',
      url: peerServer.url,
      dir: options.peerDir,
      target: inkExportTarget,
    };
    const results: RateResult[] = [];
    const byRate = new Map(
      options.rates.map((r) => [r, { sim: [] as PairedFigures[], peer: [] as PairedFigures[] }]),
    );
    for (let round = 1; round <= options.rounds; round++) {
      for (const rate of options.rates) {
        const order = round % 2 === 1 ? [sim, peer] : [peer, sim];
        for (const side of order) {
          const figures = await pairedRun(side, rate, options.decisions);
          byRate.get(rate)?.[side === sim ? 'sim' : 'peer'].push(figures);
          log(
            `  round ${round}/${options.rounds} ${rate}× ${side.name}: first option ${Math.round(figures.firstOption)} ms, ${figures.nextOptions.length} decisions, click → options median ${Math.round(median(figures.nextOptions))} ms`,
          );
        }
      }
    }
    for (const [rate, runs] of byRate) {
      const ratios = runs.sim.map((s, i) => s.firstOption / (runs.peer[i]?.firstOption ?? NaN));
      const simulatorSummary = summariseSide(runs.sim);
      const peerSummary = summariseSide(runs.peer);
      results.push({
        rate,
        simulator: simulatorSummary,
        peer: peerSummary,
        firstOptionRatio: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
        nextMedianRatio: simulatorSummary.nextMedian / peerSummary.nextMedian,
      });
    }
    return results;
  } finally {
    await peerServer.close();
    await simulatorServer.close();
  }
}

export function summariseSide(runs: readonly PairedFigures[]): SideSummary {
  const next = runs.flatMap((r) => r.nextOptions);
  const tasks = runs.flatMap((r) => r.decisionLongestTask);
  const first = runs.map((r) => r.firstOption);
  return {
    firstOption: median(first),
    firstOptionRange: [Math.min(...first), Math.max(...first)],
    nextMedian: median(next),
    nextP95: percentile(next, 95),
    nextMax: max(next),
    decisions: next.length,
    longTaskPer50: next.length ? (tasks.filter((t) => t > 0).length / next.length) * 50 : NaN,
    longestTask: tasks.length ? max(tasks) : NaN,
    jsBeforeFirstOption: median(runs.map((r) => r.jsBeforeFirstOption)),
  };
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');

export function formatPaired(results: readonly RateResult[], options: PairedOptions): string {
  const out = [
    `Paired benchmark: simulator (case ${options.caseId}, content-note click included) against the bare Ink export in ${options.peerDir}`,
    `${options.rounds} rounds per CPU rate, cold browser and fresh profile each load, order alternating; options clicked as soon as they appear (up to ${options.decisions} decisions a load)`,
  ];
  const row = (label: string, ...cells: string[]) =>
    out.push(`  ${label.padEnd(46)}${cells.map((c) => c.padStart(19)).join('')}`);
  for (const r of results) {
    out.push('', `CPU throttle ${r.rate}×`);
    row('', 'simulator', 'ink export', 'ratio');
    row(
      'navigation → first clickable option (median)',
      ms(r.simulator.firstOption),
      ms(r.peer.firstOption),
      x(r.firstOptionRatio.median),
    );
    row(
      '  range over rounds',
      `${ms(r.simulator.firstOptionRange[0])}–${ms(r.simulator.firstOptionRange[1])}`,
      `${ms(r.peer.firstOptionRange[0])}–${ms(r.peer.firstOptionRange[1])}`,
      `${x(r.firstOptionRatio.min)}–${x(r.firstOptionRatio.max)}`,
    );
    row(
      'click → next options painted: median',
      ms(r.simulator.nextMedian),
      ms(r.peer.nextMedian),
      x(r.nextMedianRatio),
    );
    row(
      '  p95 / max',
      `${ms(r.simulator.nextP95)} / ${ms(r.simulator.nextMax)}`,
      `${ms(r.peer.nextP95)} / ${ms(r.peer.nextMax)}`,
      '',
    );
    row(
      'decisions with a long task, per 50',
      r.simulator.longTaskPer50.toFixed(1),
      r.peer.longTaskPer50.toFixed(1),
      '',
    );
    row(
      '  decisions measured / longest task',
      `${r.simulator.decisions} / ${ms(r.simulator.longestTask)}`,
      `${r.peer.decisions} / ${ms(r.peer.longestTask)}`,
      '',
    );
    row(
      'JS before the first option (gzip -9)',
      `${(r.simulator.jsBeforeFirstOption / 1000).toFixed(1)} kB`,
      `${(r.peer.jsBeforeFirstOption / 1000).toFixed(1)} kB`,
      x(r.simulator.jsBeforeFirstOption / r.peer.jsBeforeFirstOption),
    );
  }
  return out.join('\n');
}
