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
}

export const usage = 'usage: npm run bench -- [--runs N] [--case ID] [--json] [--profile]';

export function parseOptions(args: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value; ${usage}`);
    return v;
  };
  const known = new Set(['--runs', '--case', '--json', '--profile', '--help']);
  args.forEach((a, i) => {
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}; ${usage}`);
    if (!a.startsWith('--') && !['--runs', '--case'].includes(args[i - 1] ?? '')) throw new Error(`unexpected argument '${a}'; ${usage}`);
  });
  const runsText = value('--runs') ?? '5';
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`--runs must be a whole number from 1 to 50, not '${runsText}'`);
  const caseId = value('--case') ?? 'lost_child_5';
  if (!/^[a-z0-9_]+$/.test(caseId)) throw new Error(`--case: '${caseId}' is not a case id`);
  return { runs, caseId, json: args.includes('--json'), rates: [1, 4], profile: args.includes('--profile') };
}
