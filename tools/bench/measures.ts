import type { DistJs } from './dist-js.ts';
import { fileForUrl, sum } from './dist-js.ts';
import { pacedDecisions } from './run-once.ts';
import type { RawRun } from './run-once.ts';
import { max, median, percentile } from './stats.ts';

export interface TaskTotals {
  readonly count: number;
  readonly totalMs: number;
  readonly longestMs: number;
}

export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly over50: number;
}

/** The figures of one run. Times in ms, sizes in bytes. */
export interface RunFigures {
  readonly rate: number;
  /** (a) navigation → content note painted; (b) click on start → first option clickable; and a + b. */
  readonly noteVisible: number;
  readonly startToFirstOption: number;
  readonly firstOptionSum: number;
  /** Navigation → first option clickable as it happened (includes the harness's own delay before the click). */
  readonly firstOptionWall: number;
  readonly firstOptionEnabled: boolean;
  readonly firstLoadJs: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** Click → next options clickable (DOM) and → the frame after, for each of the first 10 decisions. */
  readonly nextOptions: readonly number[];
  readonly nextOptionsPainted: readonly number[];
  /** Of that: input delay (click → its handler runs, i.e. waiting for the main thread), and handler → options in the DOM. */
  readonly inputDelay: readonly number[];
  readonly handlerToOptions: readonly number[];
  readonly decisionsWithLongTask: number;
  /** Of those decisions, how many were clicked before the picture had finished drawing the previous step. */
  readonly clickedWhileDrawing: number;
  readonly decisionLongTaskMs: readonly number[];
  readonly decisions: number;
  readonly longTasks: {
    readonly load: TaskTotals;
    readonly stageBoot: TaskTotals;
    readonly play: TaskTotals;
  };
  readonly framesAll: FrameStats;
  readonly framesSceneChange: FrameStats;
  readonly sceneChanges: number;
  readonly heapUsed: number;
  readonly heapPerfMemory: number | null;
}

const sceneWindowMs = 1500;

export function figuresOf(run: RawRun, dist: DistJs, sceneSteps: ReadonlySet<number>): RunFigures {
  const p = run.probe;
  const ready0 = p.ready['0'] ?? NaN;
  const firstClick = p.clicks[0]?.at ?? NaN;
  const firstClickable = Math.max(run.firstChoiceMark ?? NaN, ready0);
  const noteVisible = p.contentNotePaintedAt ?? NaN;
  const startToFirstOption = firstClickable - (p.startClickAt ?? NaN);

  const loadFiles = run.scripts
    .filter((s) => s.start < firstClickable)
    .map((s) => fileForUrl(dist, s.url))
    .filter((f) => f !== undefined);
  const unique = [...new Map(loadFiles.map((f) => [f.path, f])).values()];

  const decisions = p.clicks.map((click, i) => {
    const previous = p.clicks[i - 1]?.at ?? -Infinity;
    const settled =
      i === 0
        ? (p.stageReadyAt ?? Infinity) < click.at
        : p.drawn.some((d) => d.at > previous && d.at <= click.at);
    const readyAt = p.ready[String(click.step + 1)] ?? p.debriefAt ?? NaN;
    const paintedAt = p.painted[String(click.step + 1)] ?? p.debriefPaintedAt ?? NaN;
    const tasks = overlapping(p.longTasks, click.at, paintedAt);
    return {
      settled,
      toDebrief: p.ready[String(click.step + 1)] === undefined,
      ready: readyAt - click.at,
      delay: click.handled - click.at,
      handler: readyAt - click.handled,
      painted: paintedAt - click.at,
      taskMs: sum(tasks.map((t) => t.duration)),
    };
  });
  const early = decisions.filter((d) => !d.toDebrief).slice(0, pacedDecisions);

  const deltas = p.frames.slice(1).map((t, i) => ({ at: t, delta: t - (p.frames[i] ?? t) }));
  const sceneClicks = p.clicks.slice(0, pacedDecisions).filter((click) => sceneSteps.has(click.step));
  const inSceneWindow = deltas.filter((d) =>
    sceneClicks.some((c) => d.at > c.at && d.at <= c.at + sceneWindowMs),
  );

  return {
    rate: run.rate,
    noteVisible,
    startToFirstOption,
    firstOptionSum: noteVisible + startToFirstOption,
    firstOptionWall: firstClickable,
    firstOptionEnabled: run.firstOptionEnabled,
    firstLoadJs: {
      files: unique.map((f) => f.path),
      raw: sum(unique.map((f) => f.raw)),
      gzip: sum(unique.map((f) => f.gzip)),
    },
    nextOptions: early.map((d) => d.ready),
    nextOptionsPainted: early.map((d) => d.painted),
    inputDelay: early.map((d) => d.delay),
    handlerToOptions: early.map((d) => d.handler),
    decisionsWithLongTask: early.filter((d) => d.taskMs > 0).length,
    clickedWhileDrawing: early.filter((d) => !d.settled).length,
    decisionLongTaskMs: early.map((d) => d.taskMs),
    decisions: p.clicks.length,
    longTasks: {
      load: totals(startingIn(p.longTasks, 0, firstClickable)),
      stageBoot: totals(startingIn(p.longTasks, firstClickable, firstClick)),
      play: totals(startingIn(p.longTasks, firstClick, p.debriefPaintedAt ?? Infinity)),
    },
    framesAll: frameStats(deltas.map((d) => d.delta)),
    framesSceneChange: frameStats(inSceneWindow.map((d) => d.delta)),
    sceneChanges: sceneClicks.length,
    heapUsed: run.heap.used,
    heapPerfMemory: run.heap.perfMemoryUsed,
  };
}

type Task = { readonly start: number; readonly duration: number };

/** Long tasks that start inside [from, to): phases share no task. */
function startingIn(tasks: readonly Task[], from: number, to: number): Task[] {
  return tasks.filter((t) => t.start >= from && t.start < to);
}

/** Long tasks running at any moment of [from, to): also the one a click had to wait behind. */
function overlapping(tasks: readonly Task[], from: number, to: number): Task[] {
  return tasks.filter((t) => t.start < to && t.start + t.duration > from);
}

function totals(tasks: readonly { duration: number }[]): TaskTotals {
  const d = tasks.map((t) => t.duration);
  return { count: d.length, totalMs: sum(d), longestMs: d.length ? max(d) : 0 };
}

function frameStats(deltas: readonly number[]): FrameStats {
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: max(deltas),
    over50: deltas.filter((d) => d > 50).length,
  };
}

/** Medians over runs of the same rate; the first ~10 decisions of every run are pooled for their median. */
export function summarise(runs: readonly RunFigures[]) {
  const m = (pick: (r: RunFigures) => number) => median(runs.map(pick));
  const pooled = runs.flatMap((r) => r.nextOptions);
  const pooledPainted = runs.flatMap((r) => r.nextOptionsPainted);
  const frames = (pick: (r: RunFigures) => FrameStats): FrameStats => ({
    frames: m((r) => pick(r).frames),
    p50: m((r) => pick(r).p50),
    p95: m((r) => pick(r).p95),
    max: m((r) => pick(r).max),
    over50: m((r) => pick(r).over50),
  });
  const tasks = (pick: (r: RunFigures) => TaskTotals): TaskTotals => ({
    count: m((r) => pick(r).count),
    totalMs: m((r) => pick(r).totalMs),
    longestMs: m((r) => pick(r).longestMs),
  });
  return {
    rate: runs[0]?.rate ?? NaN,
    runs: runs.length,
    noteVisible: m((r) => r.noteVisible),
    startToFirstOption: m((r) => r.startToFirstOption),
    firstOptionSum: m((r) => r.firstOptionSum),
    firstOptionWall: m((r) => r.firstOptionWall),
    firstOptionSumRange: [
      Math.min(...runs.map((r) => r.firstOptionSum)),
      Math.max(...runs.map((r) => r.firstOptionSum)),
    ] as const,
    firstOptionAlwaysEnabled: runs.every((r) => r.firstOptionEnabled),
    firstLoadJs: {
      raw: m((r) => r.firstLoadJs.raw),
      gzip: m((r) => r.firstLoadJs.gzip),
      files: runs[0]?.firstLoadJs.files ?? [],
    },
    nextOptions: {
      median: median(pooled),
      p95: percentile(pooled, 95),
      max: max(pooled),
      paintedMedian: median(pooledPainted),
      paintedP95: percentile(pooledPainted, 95),
      inputDelayMedian: median(runs.flatMap((r) => r.inputDelay)),
      handlerMedian: median(runs.flatMap((r) => r.handlerToOptions)),
      handlerP95: percentile(
        runs.flatMap((r) => r.handlerToOptions),
        95,
      ),
    },
    /** Counts over all runs' measured decisions. */
    decisionsWithLongTask: { count: sum(runs.map((r) => r.decisionsWithLongTask)), of: pooled.length },
    clickedWhileDrawing: { count: sum(runs.map((r) => r.clickedWhileDrawing)), of: pooled.length },
    longTaskOnDecisionMs: {
      median: median(runs.flatMap((r) => r.decisionLongTaskMs)),
      max: max(runs.flatMap((r) => r.decisionLongTaskMs)),
    },
    decisions: m((r) => r.decisions),
    longTasks: {
      load: tasks((r) => r.longTasks.load),
      stageBoot: tasks((r) => r.longTasks.stageBoot),
      play: tasks((r) => r.longTasks.play),
    },
    framesAll: frames((r) => r.framesAll),
    framesSceneChange: frames((r) => r.framesSceneChange),
    sceneChanges: m((r) => r.sceneChanges),
    heapUsed: m((r) => r.heapUsed),
    heapPerfMemory: m((r) => r.heapPerfMemory ?? NaN),
  };
}

export type RateSummary = ReturnType<typeof summarise>;
