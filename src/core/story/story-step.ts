import type { ActionId } from '../protocol/actions.ts';
import type { SituationId } from '../protocol/situations.ts';
import type { QuestionType } from '../questions/question-type.ts';
import type { AmbientId, MoodId, PhaseId, SceneId, SfxId } from './vocabulary.ts';

/** One line of story output with its tags parsed (what the view renders). */
export interface StoryLine {
  readonly text: string;
  readonly speaker?: string;
  readonly mood?: MoodId;
  readonly scene?: SceneId;
  readonly ambient?: AmbientId;
  readonly phase?: PhaseId;
  readonly sfx: readonly SfxId[];
  readonly events: readonly SituationId[];
  readonly ending?: string;
  /** `present:`: exactly these people (besides the case's child) are in the room from this line. */
  readonly present?: readonly string[];
  /** `arrives:` and `leaves:`: people who come into or go out of the room at this line. */
  readonly arrives?: readonly string[];
  readonly leaves?: readonly string[];
  /** `held_by:`: the adult holding the child from this line; '' when nobody holds her any more. */
  readonly heldBy?: string;
  /** `open`: the decision this line leads to may be answered with a typed question. */
  readonly open?: true;
  /** `undisclosed:` and `disclosed:` (only beside `open`): what the child has not said, and has said, so far. */
  readonly undisclosed?: readonly string[];
  readonly disclosed?: readonly string[];
}

/** An open decision: the trainee may type the question; its type picks the option tagged `q:<type>`. */
export interface OpenDecision {
  /** Words the child has not said yet: a question naming one is suggestive. */
  readonly undisclosed: readonly string[];
  /** Words the child has already said: a wh- question about one is a directive. */
  readonly disclosed: readonly string[];
}

/** One option the officer can take, with the actions its `do:` tags name. */
export interface StoryOption {
  /** The ink choice index, 0-based, as passed to `choose`. */
  readonly index: number;
  readonly text: string;
  readonly actions: readonly ActionId[];
  /** `q:<type>`: at an open decision, a typed question of this type takes this option. */
  readonly questionType?: QuestionType;
  /** The ink path of the choice in the source (knot.stitch.index), to locate it. */
  readonly where?: string;
}

/** The option of `step` that `choose(index)` takes (its ink index), or undefined: the one lookup of an option by index. */
export function optionAt(step: StoryStep, index: number): StoryOption | undefined {
  return Number.isInteger(index) ? step.options.find((o) => o.index === index) : undefined;
}

/** Everything between two choices: the lines shown and the options offered. */
export interface StoryStep {
  /** How many choices were made before this step. */
  readonly index: number;
  readonly lines: readonly StoryLine[];
  readonly options: readonly StoryOption[];
  /** The `ending:` id, once an ending line has been shown. */
  readonly ending?: string;
  /** True when the story has no more options: the case is over. */
  readonly isEnd: boolean;
  /** Present when the decision is open (a line of the step carries `open`). */
  readonly open?: OpenDecision;
}

/** A story problem an author must fix; `where` is the ink path where it happened. */
export class StoryError extends Error {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${message} (at ${where})` : message);
    this.name = 'StoryError';
  }
}
