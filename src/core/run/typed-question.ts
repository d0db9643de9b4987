/**
 * A question typed at an open decision: classified on the device against what the child has and
 * has not said there, then answered by the option the story tagged with that question type.
 */
import type { Language } from '../language.ts';
import { classifyQuestion, type Classification, type QuestionReading } from '../questions/classify.ts';
import type { QuestionType } from '../questions/question-type.ts';
import type { TypedQuestion } from '../record/session-record.ts';
import type { StoryOption, StoryStep } from '../story/story-step.ts';

/** The longest question a trainee may type (the record's limit). */
export const maxTypedLength = 500;

/** Classifies `text` at the open decision of `step` (undefined when the decision is not open). */
export function classifyAt(step: StoryStep, text: string, lang: Language): Classification | undefined {
  if (!step.open) return undefined;
  return classifyQuestion(text, {
    lang,
    undisclosed: step.open.undisclosed,
    disclosed: step.open.disclosed,
  });
}

/** The option of an open decision that a question of `type` takes. */
export function optionForType(step: StoryStep, type: QuestionType): StoryOption | undefined {
  return step.options.find((o) => o.questionType === type);
}

/** The readings offered when the classifier is unsure: the likeliest two, likeliest first. */
export function likeliestTwo(c: Classification): readonly QuestionReading[] {
  const second = c.alternatives[0];
  return second ? [c, second] : [c];
}

/** What the record keeps of a typed question answered by a question of `type`. */
export function typedQuestionOf(step: StoryStep, c: Classification, type: QuestionType): TypedQuestion {
  return { step: step.index, text: c.text, classifierVersion: c.version, classified: c.type, type };
}

/**
 * Why a stored typed question does not hold on the step it was asked at: the choice must be
 * the option of its type, and the classifier of today must read the text the same way (the
 * trainee's pick counts when the classifier is unsure and the pick is one of the likeliest two).
 * A classifier of another version that reads it differently is named as such.
 */
export function typedQuestionProblems(
  step: StoryStep,
  typed: TypedQuestion,
  chosen: number | undefined,
  lang: Language,
): string[] {
  const at = `typed question at step ${typed.step} ("${typed.text.slice(0, 60)}")`;
  const c = classifyAt(step, typed.text, lang);
  if (!c) return [`${at}: the decision at that step is not open`];
  const problems: string[] = [];
  const option = optionForType(step, typed.type);
  if (option?.index !== chosen) {
    problems.push(
      `${at}: a question of type ${typed.type} takes option ${option?.index ?? 'none'}, the record chose ${chosen ?? 'none'}`,
    );
  }
  const picked = typed.type !== typed.classified;
  const pickable = likeliestTwo(c).map((r) => r.type);
  const same = c.type === typed.classified && (!picked || (c.unsure && pickable.includes(typed.type)));
  if (!same) {
    const now = picked ? `${c.type}${c.unsure ? ` (unsure: ${pickable.join(' or ')})` : ' (sure)'}` : c.type;
    const recorded = picked ? `${typed.classified}, and the trainee picked ${typed.type}` : typed.classified;
    const newOption = optionForType(step, c.type)?.index;
    problems.push(
      typed.classifierVersion === c.version
        ? `${at}: classifier ${c.version} reads it as ${now} (option ${newOption ?? 'none'}); the record, made with the same version, says ${recorded}`
        : `${at}: the classifier changed: ${c.version} reads it as ${now} (option ${newOption ?? 'none'}), where ${typed.classifierVersion}, which the record was made with, read ${recorded}`,
    );
  }
  return problems;
}
