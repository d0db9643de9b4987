import { join } from 'node:path';
import { CaseRun } from '../../src/core/run/case-run.ts';
import type { StoryLine } from '../../src/core/story/story-step.ts';
import { compileInk } from '../lib/compile-ink.ts';

export interface CasePath {
  /** Steps (choices made so far) at which option 0 leads to another place (`scene:`). */
  readonly sceneSteps: ReadonlySet<number>;
  /** Choices on the option-0 path up to the end of the story. */
  readonly decisions: number;
}

/**
 * Reads the option-0 path from the story itself, so that scene changes are known even when the picture
 * is too slow to report them (a view superseded before it settles never fires `stage:drawn`).
 */
export function optionZeroPath(root: string, caseId: string, lang = 'es'): CasePath {
  const compiled = compileInk(join(root, 'stories', caseId, `${lang}.ink`), root);
  if (!compiled.json)
    throw new Error(`stories/${caseId}/${lang}.ink does not compile (npm run check:stories)`);
  const run = new CaseRun({ json: compiled.json });
  let place = placeAfter(run.start().lines, 'front_desk');
  const sceneSteps = new Set<number>();
  let decisions = 0;
  for (; !run.step.isEnd && decisions < 500; decisions++) {
    const at = run.step.index;
    const next = placeAfter(run.choose(0).lines, place);
    if (next !== place) sceneSteps.add(at);
    place = next;
  }
  return { sceneSteps, decisions };
}

/** The place shown after `lines` (the picture keeps the last `scene:` of a step). */
function placeAfter(lines: readonly StoryLine[], place: string): string {
  return lines.reduce<string>((current, line) => line.scene ?? current, place);
}
