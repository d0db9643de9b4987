import type { ProtocolContext } from '../core/protocol/protocol-context.ts';
import { characterWithId } from '../core/story/characters.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import type { StageView } from '../scenes/stage.ts';

/** The picture at the start of a case: the front desk, the child calm unless the story says otherwise. */
export function initialStageView(childId: string, distress: number): StageView {
  return { scene: 'front_desk', child: { id: childId, mood: distress >= 7 ? 'scared' : 'anxious', distress }, adults: [], suspectAtDoor: false };
}

/**
 * Folds the lines of a step into the picture: `scene:` moves everyone to a new place
 * (adults reappear as they speak there), `mood:` changes the child's face, adult
 * speakers join the place; the suspect stands at the door while the machine says he is present.
 */
export function nextStageView(view: StageView, lines: readonly StoryLine[], context: ProtocolContext): StageView {
  let next = view;
  for (const line of lines) {
    if (line.scene && line.scene !== next.scene) next = { ...next, scene: line.scene, adults: [] };
    if (line.mood) next = { ...next, child: { ...next.child, mood: line.mood } };
    const kind = line.speaker ? characterWithId(line.speaker)?.kind : undefined;
    if (line.speaker && kind === 'adult' && !next.adults.includes(line.speaker)) {
      next = { ...next, adults: [...next.adults, line.speaker] };
    }
    next = { ...next, speaker: kind === 'adult' || kind === 'child' ? line.speaker : undefined };
  }
  return { ...next, child: { ...next.child, distress: context.distress }, suspectAtDoor: context.flags.suspectPresent };
}
