import { competencyTitles } from '../../src/core/protocol/competencies.ts';
import type { Language } from '../../src/core/language.ts';
import { verdictReason } from '../../src/core/protocol/reasons.ts';
import { sourceWithKey } from '../../src/core/protocol/sources.ts';
import { standardWithId } from '../../src/core/protocol/standards.ts';
import { debrief } from '../../src/core/record/debrief.ts';
import { PathError, playPath } from '../../src/core/record/play-path.ts';
import type { StoryOption, StoryStep } from '../../src/core/story/story-step.ts';
import { characters } from '../../src/core/story/characters.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';
import type { Verdict } from '../../src/core/protocol/verdict.ts';

export interface ReviewVerdict {
  readonly standard: string;
  readonly title: string;
  readonly competency: string;
  readonly outcome: string;
  readonly severity: string;
  /** The verdict's words in the viewer's language. */
  readonly reason: string;
  readonly sources: readonly {
    readonly key: string;
    readonly title: string;
    readonly urls: readonly string[];
  }[];
  /** Compliant options the engine found for a violation. */
  readonly alternatives: readonly { readonly step: number; readonly text: string }[];
}

export interface ReviewStep {
  readonly step: number;
  readonly lines: readonly { readonly speaker: string; readonly text: string }[];
  readonly options: readonly { readonly index: number; readonly text: string; readonly compliant: boolean }[];
  /** The option the trainee took; null at the end. */
  readonly chosen: number | null;
  readonly verdicts: readonly ReviewVerdict[];
  /** The child's levels when the step was shown and after the choice. */
  readonly before: { readonly trust: number; readonly distress: number } | null;
  readonly after: { readonly trust: number; readonly distress: number } | null;
}

const speakerName = (id: string | undefined, lang: Language) =>
  id ? (characters.find((c) => c.id === id)?.name[lang] ?? id) : '';

function compliantAt(run: CaseRun, step: StoryStep): Set<number> {
  const before = run.save();
  const known = run.context.verdicts.length;
  const ok = new Set<number>();
  for (const o of step.options) {
    run.restore(before);
    run.choose(o.index);
    if (!run.context.verdicts.slice(known).some((v) => v.step === step.index && v.outcome === 'violated'))
      ok.add(o.index);
  }
  run.restore(before);
  return ok;
}

/**
 * One attempt step by step, replayed through its story: what was shown, the options
 * offered (compliant ones marked), the one chosen, the verdicts with their reasons and
 * sources in `lang`, the compliant alternative and the child's levels. Throws PathError
 * when the choices leave the story (an altered record).
 */
export function reviewAttempt(
  json: string,
  choices: readonly number[],
  seed: number,
  lang: Language,
): { steps: ReviewStep[]; verdicts: readonly Verdict[] } {
  const seen: { step: StoryStep; chosen: StoryOption | undefined; compliant: Set<number> }[] = [];
  const run = new CaseRun({ json, seed });
  run.start();
  playPath({ json, choices, seed }); // checks the path first: a PathError names the step
  for (const choice of choices) {
    const step = run.step;
    seen.push({ step, chosen: step.options[choice], compliant: compliantAt(run, step) });
    run.choose(choice);
  }
  seen.push({ step: run.step, chosen: undefined, compliant: new Set() });
  const levels = run.context.levels;
  const byStep = new Map(debrief(json, choices, seed).map((d) => [d.step, d.verdicts]));
  const steps = seen.map(({ step, chosen, compliant }, i) => ({
    step: i,
    lines: step.lines.map((l) => ({ speaker: speakerName(l.speaker, lang), text: l.text })),
    options: step.options.map((o) => ({ index: o.index, text: o.text, compliant: compliant.has(o.index) })),
    chosen: chosen?.index ?? null,
    before: levels[i] ?? null,
    after: chosen ? (levels[i + 1] ?? null) : null,
    verdicts: (byStep.get(i) ?? []).map((v) => {
      const standard = standardWithId(v.standard);
      return {
        standard: v.standard,
        title: standard.title[lang],
        competency: competencyTitles[standard.competency][lang],
        outcome: v.outcome,
        severity: v.severity,
        reason: verdictReason(v, lang),
        sources: standard.sources.map((key) => {
          const s = sourceWithKey(key);
          return { key: s.key, title: s.title[lang], urls: s.urls };
        }),
        alternatives: v.alternatives.map((a) => ({ step: a.step, text: a.text })),
      };
    }),
  }));
  return { steps, verdicts: run.context.verdicts };
}

export { PathError };
