import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a CDP Profiler.Profile this tool reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface Hotspot {
  readonly where: string;
  readonly ms: number;
  /** A few characters of the built file at that position, to recognise minified code. */
  readonly snippet: string;
}

export interface ProfileSummary {
  readonly windowMs: number;
  readonly selfTop: readonly Hotspot[];
  readonly inclusiveTop: readonly Hotspot[];
}

/**
 * Self and inclusive time per function, counting only samples inside the given windows
 * (performance.now() ms; `offsetMs` is performance.now() when the profile started).
 */
export function hotspots(
  profile: CpuProfile,
  offsetMs: number,
  windows: readonly { from: number; to: number }[],
  outDir: string,
  top = 10,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    const at = (t - profile.startTime) / 1000 + offsetMs;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!windows.some((w) => at >= w.from && at < w.to)) continue;
    const leaf = samples[i] ?? -1;
    const leafKey = keyOf(byId.get(leaf)?.callFrame);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)?.callFrame);
      if (seen.has(key) || key === '(root)') continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const topOf = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, ms]) => ({ where, ms, snippet: snippetAt(where, outDir) }));
  return {
    windowMs: windows.reduce((a, w) => a + (w.to - w.from), 0),
    selfTop: topOf(self),
    inclusiveTop: topOf(inclusive),
  };
}

function keyOf(frame: CpuProfile['nodes'][number]['callFrame'] | undefined): string {
  if (!frame) return '(unknown)';
  if (!frame.url) return frame.functionName || '(native)';
  let file = frame.url;
  try {
    file = new URL(frame.url).pathname.replace(/^\/+/, '');
  } catch {
    // not a URL: keep it
  }
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

const sources = new Map<string, string[]>();

function snippetAt(where: string, outDir: string): string {
  const match = / ([^ ]+\.js):(\d+):(\d+)$/.exec(where);
  if (!match?.[1]) return '';
  const path = join(outDir, match[1]);
  if (!sources.has(path)) sources.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []);
  const line = sources.get(path)?.[Number(match[2]) - 1] ?? '';
  const col = Number(match[3]) - 1;
  return line.slice(col, col + 70).replace(/\s+/g, ' ');
}
