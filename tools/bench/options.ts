/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Cold runs per CPU throttle rate (median reported). */
  readonly runs: number;
  /** Case played (option 0 at every step). */
  readonly caseId: string;
  /** One JSON object on stdout instead of the table. */
  readonly json: boolean;
  /** CPU throttle rates measured, e.g. [1, 4]. */
  readonly rates: readonly number[];
  /** Also record a CPU profile of one play-through at the highest rate and print its hottest functions. */
  readonly profile: boolean;
  /** Paired mode: the bare Ink export's folder to serve and compare against (per-round ratios). */
  readonly peer: string | undefined;
  /** Paired mode: rounds per CPU rate (median reported). */
  readonly rounds: number;
  /** Paired mode: options clicked per load at most. */
  readonly decisions: number;
}

export const usage =
  'usage: npm run bench -- [--runs N] [--case ID] [--json] [--profile] | --peer DIR [--rounds N] [--decisions N] [--case ID] [--json]';

export function parseOptions(args: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value; ${usage}`);
    return v;
  };
  const withValue = ['--runs', '--case', '--peer', '--rounds', '--decisions'];
  const known = new Set([...withValue, '--json', '--profile', '--help']);
  args.forEach((a, i) => {
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}; ${usage}`);
    if (!a.startsWith('--') && !withValue.includes(args[i - 1] ?? ''))
      throw new Error(`unexpected argument '${a}'; ${usage}`);
  });
  const runsText = value('--runs') ?? '5';
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(`--runs must be a whole number from 1 to 50, not '${runsText}'`);
  const caseId = value('--case') ?? 'lost_child_5';
  if (!/^[a-z0-9_]+$/.test(caseId)) throw new Error(`--case: '${caseId}' is not a case id`);
  const whole = (name: string, fallback: number, most: number): number => {
    const text = value(name) ?? String(fallback);
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > most)
      throw new Error(`${name} must be a whole number from 1 to ${most}, not '${text}'`);
    return n;
  };
  const rounds = whole('--rounds', 9, 50);
  const decisions = whole('--decisions', 60, 500);
  return {
    runs,
    caseId,
    json: args.includes('--json'),
    rates: [1, 4],
    profile: args.includes('--profile'),
    peer: value('--peer'),
    rounds,
    decisions,
  };
}
