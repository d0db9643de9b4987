import type { ActionId } from '../protocol/actions.ts';
import type { QuestionType } from '../questions/question-type.ts';
import type { SituationId } from '../protocol/situations.ts';
import type { SfxId } from './vocabulary.ts';
import type { StoryLine } from './story-step.ts';
import { StoryError } from './story-step.ts';
import { builtInCast, type Cast } from './cast.ts';
import { parseTag } from './tag-grammar.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds a StoryLine from ink output and its tags (people looked up in `cast`); a bad tag is a StoryError. */
export function storyLine(
  text: string,
  tags: readonly string[],
  where: string,
  cast: Cast = builtInCast,
): StoryLine {
  const line: Mutable<StoryLine> = { text: text.trim(), sfx: [], events: [] };
  const sfx: SfxId[] = [];
  const events: SituationId[] = [];
  for (const raw of tags) {
    const parsed = parseTag(raw, 'line', cast);
    if (!parsed.ok) throw new StoryError(parsed.error, where);
    const { tag } = parsed;
    switch (tag.key) {
      case 'sfx':
        sfx.push(tag.value);
        break;
      case 'event':
        events.push(tag.value);
        break;
      case 'present':
      case 'arrives':
      case 'leaves':
        (line as Record<string, unknown>)[tag.key] = tag.value;
        break;
      case 'held_by':
        line.heldBy = tag.value;
        break;
      case 'open':
      case 'undisclosed':
      case 'disclosed':
        (line as Record<string, unknown>)[tag.key] = tag.value;
        break;
      case 'speaker':
      case 'mood':
      case 'scene':
      case 'ambient':
      case 'phase':
      case 'ending':
        (line as Record<string, unknown>)[tag.key] = tag.value;
        break;
      default:
        throw new StoryError(`tag '${raw}' cannot stand on a line`, where);
    }
  }
  if ((line.undisclosed || line.disclosed) && !line.open) {
    throw new StoryError(saidWithoutOpen, where);
  }
  return { ...line, sfx, events };
}

export const saidWithoutOpen =
  "'undisclosed:' and 'disclosed:' belong to an open decision: put them on the same line as '# open'";

/** The actions of an option's `do:` tags; an option without one is a StoryError. */
export function optionActions(text: string, tags: readonly string[], where: string): ActionId[] {
  return [...optionTags(text, tags, where).actions];
}

/** An option's `do:` actions and its `q:` question type; no `do:`, or two `q:`, is a StoryError. */
export function optionTags(
  text: string,
  tags: readonly string[],
  where: string,
): { readonly actions: readonly ActionId[]; readonly questionType?: QuestionType } {
  const actions: ActionId[] = [];
  let questionType: QuestionType | undefined;
  for (const raw of tags) {
    const parsed = parseTag(raw, 'option');
    if (!parsed.ok) throw new StoryError(`${parsed.error} (option '${text}')`, where);
    if (parsed.tag.key === 'do') actions.push(parsed.tag.value);
    if (parsed.tag.key === 'q') {
      if (questionType) throw new StoryError(`option '${text}' has two q: tags (one type per option)`, where);
      questionType = parsed.tag.value;
    }
  }
  if (actions.length === 0) {
    throw new StoryError(`option '${text}' has no do: tag (use #do:neutral inside the brackets)`, where);
  }
  return questionType ? { actions, questionType } : { actions };
}
