import type { DistJs } from './dist-js.ts';
import type { RateSummary } from './measures.ts';
import type { ProfileSummary } from './profile.ts';

export interface Target {
  readonly name: string;
  readonly limit: string;
  readonly value: string;
  readonly pass: boolean;
}

export interface BenchReport {
  readonly caseId: string;
  /** The option-0 path as the story gives it: its length and the steps whose click changes place. */
  readonly path: { readonly decisions: number; readonly sceneSteps: readonly number[] };
  readonly runsPerRate: number;
  readonly machine: {
    readonly cpus: number;
    readonly loadBefore: readonly number[];
    readonly loadAfter: readonly number[];
  };
  readonly dist: {
    readonly total: DistJs['total'];
    readonly largest: DistJs['largest'];
    readonly files: number;
  };
  readonly rates: readonly RateSummary[];
  readonly targets: readonly Target[];
  readonly profile?: ProfileSummary | undefined;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const mark = (pass: boolean) => (pass ? '✓ pass' : '✗ FAIL');

/** Pass/fail against the project's performance targets (reported, never an exit code). */
export function targetsOf(rates: readonly RateSummary[]): Target[] {
  const slow = rates.reduce<RateSummary | undefined>(
    (a, r) => (a === undefined || r.rate > a.rate ? r : a),
    undefined,
  );
  if (!slow) return [];
  const at = `at ${slow.rate}×`;
  const decisionsClean = slow.decisionsWithLongTask.count === 0;
  return [
    {
      name: `first option clickable ${at} ((a)+(b))`,
      limit: '< 2500 ms',
      value: ms(slow.firstOptionSum),
      pass: slow.firstOptionSum < 2500,
    },
    {
      name: `next options after a click ${at} (median, no long task)`,
      limit: '< 100 ms, 0 long tasks',
      value: `${ms(slow.nextOptions.median)}, a long task in ${slow.decisionsWithLongTask.count} of ${slow.decisionsWithLongTask.of} decisions`,
      pass: slow.nextOptions.median < 100 && decisionsClean,
    },
    {
      name: 'first-load JS (gzip -9)',
      limit: '< 600 kB',
      value: kB(slow.firstLoadJs.gzip),
      pass: slow.firstLoadJs.gzip < 600_000,
    },
    {
      name: `JS heap after the whole case ${at}`,
      limit: '< 40 MB',
      value: `${(slow.heapUsed / 1e6).toFixed(1)} MB`,
      pass: slow.heapUsed < 40e6,
    },
  ];
}

export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const row = (label: string, ...cells: string[]) =>
    out.push(`  ${label.padEnd(52)}${cells.map((c) => c.padStart(20)).join('')}`);
  const each = (label: string, pick: (s: RateSummary) => string) => row(label, ...r.rates.map(pick));
  out.push(
    `Benchmark of the production build: case ${r.caseId}, option 0 at every step (${r.path.decisions} decisions; the place changes after steps ${r.path.sceneSteps.join(', ') || 'none'})`,
  );
  out.push(
    `${r.runsPerRate} cold runs per CPU rate (fresh browser and profile each), medians; ms since navigation start`,
  );
  out.push(
    `machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${r.machine.loadAfter.map((l) => l.toFixed(1)).join(' ')} after`,
  );
  out.push('', 'JavaScript (raw / gzip -9 of the built files)');
  const js = (label: string, size: { raw: number; gzip: number }, note: string) =>
    out.push(`  ${label.padEnd(52)}${`${kB(size.raw)} / ${kB(size.gzip)}`.padStart(22)}  ${note}`);
  const first = r.rates[0]?.firstLoadJs;
  if (first)
    js(
      'first load (requested before the first option)',
      first,
      first.files.map((f) => f.replace(/^assets\//, '')).join(' '),
    );
  js('whole build', r.dist.total, `${r.dist.files} files`);
  if (r.dist.largest) js('largest chunk', r.dist.largest, r.dist.largest.path.replace(/^assets\//, ''));
  out.push('');
  row('CPU throttle', ...r.rates.map((s) => `${s.rate}×`));
  out.push('First option');
  each('(a) navigation → content note visible', (s) => ms(s.noteVisible));
  each('(b) click on start → first option clickable', (s) => ms(s.startToFirstOption));
  each('(a)+(b)', (s) => ms(s.firstOptionSum));
  each('    range over runs', (s) => `${ms(s.firstOptionSumRange[0])}–${ms(s.firstOptionSumRange[1])}`);
  each('navigation → first option, as driven (with harness)', (s) => ms(s.firstOptionWall));
  out.push('Next options after a click (first 10 decisions of each run, pooled)');
  each('click → options in the DOM: median', (s) => ms(s.nextOptions.median));
  each('  p95 / max', (s) => `${ms(s.nextOptions.p95)} / ${ms(s.nextOptions.max)}`);
  each('  of which input delay (main thread busy): median', (s) => ms(s.nextOptions.inputDelayMedian));
  each(
    '  and handler → options in the DOM: median / p95',
    (s) => `${ms(s.nextOptions.handlerMedian)} / ${ms(s.nextOptions.handlerP95)}`,
  );
  each(
    'click → frame after the options: median / p95',
    (s) => `${ms(s.nextOptions.paintedMedian)} / ${ms(s.nextOptions.paintedP95)}`,
  );
  each(
    'decisions with a long task (all runs)',
    (s) => `${s.decisionsWithLongTask.count} of ${s.decisionsWithLongTask.of}`,
  );
  each(
    '  clicked before the picture had settled',
    (s) => `${s.clickedWhileDrawing.count} of ${s.clickedWhileDrawing.of}`,
  );
  each(
    'long-task time per decision: median / max',
    (s) => `${ms(s.longTaskOnDecisionMs.median)} / ${ms(s.longTaskOnDecisionMs.max)}`,
  );
  out.push('Long tasks (count, total)');
  each(
    'load (navigation → first option)',
    (s) => `${s.longTasks.load.count}, ${ms(s.longTasks.load.totalMs)}`,
  );
  each(
    'picture boot (first option → first decision)',
    (s) => `${s.longTasks.stageBoot.count}, ${ms(s.longTasks.stageBoot.totalMs)}`,
  );
  each(
    `play-through (first click → debrief)`,
    (s) => `${s.longTasks.play.count}, ${ms(s.longTasks.play.totalMs)}`,
  );
  each('  longest single task: load / boot / play', (s) =>
    [s.longTasks.load, s.longTasks.stageBoot, s.longTasks.play]
      .map((t) => Math.round(t.longestMs))
      .join(' / '),
  );
  out.push('Frame times (requestAnimationFrame deltas: p50 / p95 / max, frames > 50 ms)');
  each('whole play-through', (s) => frames(s.framesAll));
  each('1.5 s after each click that changes place', (s) => frames(s.framesSceneChange));
  each('  decisions / place changes per run', (s) => `${s.decisions} / ${s.sceneChanges}`);
  out.push('Memory');
  each('JS heap after the debrief, forced GC (CDP)', (s) => `${(s.heapUsed / 1e6).toFixed(1)} MB`);
  each('performance.memory.usedJSHeapSize', (s) => `${(s.heapPerfMemory / 1e6).toFixed(1)} MB`);
  out.push('', 'Targets');
  for (const t of r.targets) out.push(`  ${mark(t.pass)}  ${t.name}: ${t.value} (target ${t.limit})`);
  if (r.profile) out.push('', ...formatProfile(r.profile));
  return out.join('\n');
}

function frames(f: RateSummary['framesAll']): string {
  return `${Math.round(f.p50)}/${Math.round(f.p95)}/${Math.round(f.max)}, ${f.over50}`;
}

function formatProfile(p: ProfileSummary): string[] {
  const lines = [
    `CPU profile of one play-through: samples inside long tasks during decisions (${Math.round(p.windowMs)} ms of long tasks)`,
  ];
  const list = (title: string, spots: ProfileSummary['selfTop']) => {
    lines.push(`  ${title}`);
    for (const s of spots)
      lines.push(`    ${ms(s.ms).padStart(8)}  ${s.where}${s.snippet ? `  «${s.snippet}»` : ''}`);
  };
  list('self time', p.selfTop);
  list('inclusive time', p.inclusiveTop);
  return lines;
}
