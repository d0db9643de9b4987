import type { StoryOption } from '../story/story-step.ts';

/** One option of a decision, as a trainee sees it, and whether it violates nothing from where it was offered. */
export interface OptionMetrics {
  readonly index: number;
  readonly text: string;
  /** Characters of the text as shown. */
  readonly length: number;
  readonly actions: number;
  readonly compliant: boolean;
}

/** One distinct decision of a story (the same options offered again count once). */
export interface DecisionMetrics {
  /** Ink path of its first option, to locate it in the source. */
  readonly where?: string;
  readonly options: readonly OptionMetrics[];
  /** Shortest over longest option length (1 = all equal). */
  readonly lengthRatio: number;
  /** A compliant option is strictly the longest. */
  readonly compliantLongest: boolean;
}

export function decisionMetrics(
  options: readonly StoryOption[],
  compliant: ReadonlySet<number>,
): DecisionMetrics {
  const metrics = options.map((o) => ({
    index: o.index,
    text: o.text,
    length: [...o.text].length,
    actions: o.actions.length,
    compliant: compliant.has(o.index),
  }));
  const lengths = metrics.map((m) => m.length);
  const longest = Math.max(...lengths);
  const atLongest = metrics.filter((m) => m.length === longest);
  return {
    ...(options[0]?.where ? { where: options[0].where } : {}),
    options: metrics,
    lengthRatio: longest === 0 ? 1 : Math.min(...lengths) / longest,
    compliantLongest: atLongest.length === 1 && atLongest[0]!.compliant,
  };
}

/** What the rules of the authors' guide ask of the options, summed over a story's decisions. */
export interface OptionRules {
  readonly decisions: number;
  /** Decisions whose options differ by more than 20 % in length. */
  readonly unevenLengths: number;
  /** Share of decisions where a compliant option is strictly the longest (at most 0.4). */
  readonly compliantLongestShare: number;
  /** Options with more than two actions. */
  readonly bundled: number;
  /** Decisions with two or more compliant options. */
  readonly twoDefensible: number;
}

export const minLengthRatio = 0.8;
export const maxCompliantLongestShare = 0.4;
export const maxActionsPerOption = 2;

export function optionRules(decisions: readonly DecisionMetrics[]): OptionRules {
  const n = decisions.length;
  return {
    decisions: n,
    unevenLengths: decisions.filter((d) => d.lengthRatio < minLengthRatio).length,
    compliantLongestShare: n === 0 ? 0 : decisions.filter((d) => d.compliantLongest).length / n,
    bundled: decisions.flatMap((d) => d.options).filter((o) => o.actions > maxActionsPerOption).length,
    twoDefensible: decisions.filter((d) => d.options.filter((o) => o.compliant).length >= 2).length,
  };
}
