import { CaseRun } from '../../src/core/run/case-run.ts';
import type { StoryOption } from '../../src/core/story/story-step.ts';

/** A deviation: at the first step offering an option whose text matches (or that the predicate accepts), take it. */
export type Deviation = RegExp | ((option: StoryOption) => boolean);

const accepts = (d: Deviation, o: StoryOption) => (d instanceof RegExp ? d.test(o.text) : d(o));

export interface SteeredPath {
  readonly choices: number[];
  readonly texts: string[];
  readonly run: CaseRun;
}

/**
 * Plays a story the way a trainee who knows the protocol would, except for the given
 * deviations: each deviation is taken (once, in order) at the first step that offers a
 * matching option; every other step takes the first option that violates nothing
 * (option 0 when none does).
 */
export function steer(json: string, deviations: readonly Deviation[]): SteeredPath {
  const run = new CaseRun({ json });
  run.start();
  const pending = [...deviations];
  const choices: number[] = [];
  const texts: string[] = [];
  while (!run.step.isEnd) {
    const options = run.step.options;
    const next = pending[0];
    let pick = next ? options.find((o) => accepts(next, o))?.index : undefined;
    if (pick !== undefined) pending.shift();
    else pick = compliantOption(run) ?? options[0]!.index;
    texts.push(options.find((o) => o.index === pick)!.text);
    choices.push(pick);
    run.choose(pick);
  }
  if (pending.length > 0)
    throw new Error(`no option matched ${pending.map(String).join(', ')} on the path ${choices.join(',')}`);
  return { choices, texts, run };
}

function compliantOption(run: CaseRun): number | undefined {
  const before = run.save();
  const known = run.context.verdicts.length;
  try {
    for (const option of run.step.options) {
      run.restore(before);
      run.choose(option.index);
      if (!run.context.verdicts.slice(known).some((v) => v.outcome === 'violated')) return option.index;
    }
    return undefined;
  } finally {
    run.restore(before);
  }
}
