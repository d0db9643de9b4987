import { QUESTION_TYPES, type QuestionType } from '../questions/question-type.ts';
import type { OpenDecision, StoryLine, StoryOption } from './story-step.ts';
import { StoryError } from './story-step.ts';

/** The start of every message about an open decision, so the story check can place it at the `open` line. */
export const openDecisionProblem = 'open decision';

/**
 * The open decision a step leads to, from its lines' `open`, `undisclosed:` and `disclosed:` tags,
 * checked against its options: at an open decision every question type has exactly one option
 * tagged `q:<type>`, whatever the trainee types is judged by the option the author wrote for it
 * (no fallback that would judge a suggestive question as something else). Options without `q:` may
 * stand beside them (picked from the list only). A `q:` tag on a decision that is not open is an error.
 */
export function openDecisionOf(
  lines: readonly StoryLine[],
  options: readonly StoryOption[],
  where: string,
): OpenDecision | undefined {
  const open = lines.filter((l) => l.open);
  const typed = options.filter((o) => o.questionType !== undefined);
  if (open.length === 0) {
    if (typed.length > 0 && options.length > 0) {
      throw new StoryError(
        `option '${typed[0]?.text}' has q:${typed[0]?.questionType} but the decision is not open: put '# open' on the line before the options, or remove the q: tags`,
        where,
      );
    }
    return undefined;
  }
  if (options.length === 0) {
    throw new StoryError(`${openDecisionProblem} without options: '# open' must lead to a decision`, where);
  }
  const seen = new Map<QuestionType, string>();
  for (const o of typed) {
    const type = o.questionType as QuestionType;
    const first = seen.get(type);
    if (first !== undefined) {
      throw new StoryError(
        `${openDecisionProblem}: two options with q:${type} ('${first.slice(0, 40)}…' and '${o.text.slice(0, 40)}…')`,
        where,
      );
    }
    seen.set(type, o.text);
  }
  const missing = QUESTION_TYPES.filter((t) => !seen.has(t));
  if (missing.includes('invitation') && missing.includes('directive')) {
    throw new StoryError(
      `${openDecisionProblem} without recommended options: add options tagged q:invitation and q:directive (and ${missing.filter((t) => t !== 'invitation' && t !== 'directive').join(', ') || 'nothing else'})`,
      where,
    );
  }
  if (missing.length > 0) {
    throw new StoryError(
      `${openDecisionProblem}: no option for ${missing.map((t) => `q:${t}`).join(', ')} (an open decision has one option per question type, all seven)`,
      where,
    );
  }
  const words = (key: 'undisclosed' | 'disclosed') => [...new Set(open.flatMap((l) => l[key] ?? []))];
  return { undisclosed: words('undisclosed'), disclosed: words('disclosed') };
}
