import { caseWithId } from '../cases/case-catalog.ts';
import type { ProtocolContext } from '../core/protocol/protocol-context.ts';
import { builtInCast, type Cast, type CastMember } from '../core/story/cast.ts';
import { figuresOf } from '../core/story/generic-figures.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { settingOf } from '../scenes/case-settings.ts';
import type { StageView } from '../scenes/stage.ts';

/**
 * The picture at the start of a case: the front desk of its station, the child calm unless the
 * story says otherwise; the people the story declares are drawn from their own drawings (the case
 * folder's `people/`, found by the build) and, for what those lack, as generic figures.
 */
export function initialStageView(
  childId: string,
  distress: number,
  caseId = '',
  declared: readonly CastMember[] = [],
  drawings = caseWithId(caseId)?.drawings,
): StageView {
  return {
    ...(declared.length > 0 ? { figures: figuresOf(declared) } : {}),
    ...(drawings && Object.keys(drawings).length > 0 ? { drawings } : {}),
    scene: 'front_desk',
    setting: settingOf(caseId),
    child: { id: childId, mood: distress >= 7 ? 'scared' : 'anxious', distress },
    adults: [],
    suspectAtDoor: false,
  };
}

/**
 * Folds the lines of a step into the picture. `scene:` moves to a new place and empties the room;
 * on the same line and after it, `present:` says exactly who (besides the case's child) is in the
 * room, `arrives:` and `leaves:` bring people in and take them out, `held_by:` puts the child in an
 * adult's arms. An adult who speaks a line is in the room from that line. `mood:` changes the
 * child's face; the suspect stands at the door while the machine says he is present.
 */
export function nextStageView(
  view: StageView,
  lines: readonly StoryLine[],
  context: ProtocolContext,
  cast: Cast = builtInCast,
): StageView {
  let next = view;
  const child = view.child.id;
  const room = (ids: readonly string[]) => [...new Set(ids)].filter((id) => id !== child);
  for (const line of lines) {
    if (line.scene && line.scene !== next.scene) next = { ...next, scene: line.scene, adults: [] };
    if (line.present) next = { ...next, adults: room(line.present) };
    if (line.arrives) next = { ...next, adults: room([...next.adults, ...line.arrives]) };
    const kind = line.speaker ? cast.person(line.speaker)?.kind : undefined;
    if (line.speaker && kind === 'adult') next = { ...next, adults: room([...next.adults, line.speaker]) };
    if (line.leaves) next = { ...next, adults: next.adults.filter((id) => !line.leaves?.includes(id)) };
    if (line.mood) next = { ...next, child: { ...next.child, mood: line.mood } };
    if (line.heldBy !== undefined) next = { ...next, child: withHolder(next.child, line.heldBy) };
    if (next.child.heldBy !== undefined && !next.adults.includes(next.child.heldBy)) {
      next = { ...next, child: withHolder(next.child, '') };
    }
    next = { ...next, speaker: kind === 'adult' || kind === 'child' ? line.speaker : undefined };
  }
  return {
    ...next,
    child: { ...next.child, distress: context.distress },
    suspectAtDoor: context.flags.suspectPresent,
  };
}

function withHolder(child: StageView['child'], holder: string): StageView['child'] {
  const rest = { id: child.id, mood: child.mood, distress: child.distress };
  return holder === '' ? rest : { ...rest, heldBy: holder };
}
