import type { ProtocolContext } from '../core/protocol/protocol-context.ts';
import { builtInCast, type Cast, type CastMember } from '../core/story/cast.ts';
import { figuresOf } from '../core/story/generic-figures.ts';
import { characterWithId, characters } from '../core/story/characters.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { settingOf } from '../scenes/case-settings.ts';
import type { StageView } from '../scenes/stage.ts';

/**
 * The picture at the start of a case: the front desk of its station, the child calm unless the
 * story says otherwise; the people the story declares are drawn as generic figures.
 */
export function initialStageView(
  childId: string,
  distress: number,
  caseId = '',
  declared: readonly CastMember[] = [],
): StageView {
  return {
    ...(declared.length > 0 ? { figures: figuresOf(declared) } : {}),
    scene: 'front_desk',
    setting: settingOf(caseId),
    child: { id: childId, mood: distress >= 7 ? 'scared' : 'anxious', distress },
    adults: [],
    suspectAtDoor: false,
  };
}

/** Colleagues the narration brings in by surname without them speaking; anyone who has spoken is also followed. */
const alwaysFollowed = ['colleague_f', 'colleague_m'];
/** Never drawn from a mention: the alleged aggressor is the silhouette at the door, shown by the machine's flag. */
const neverFromMention = new Set(['stepfather', 'online_man']);
const leaving =
  /\b(sale|salen|se va|se van|se retira|se aleja|se marcha|se lleva|leaves|walks out|goes out|goes away|steps out)\b/i;

/** The name the narration calls an adult by: "Carmen (mamá de Milagros)" → Carmen, "Suboficial Ramos" → Ramos. */
export function narrationName(id: string): string | undefined {
  const full = characterWithId(id)?.name.es;
  if (!full) return undefined;
  const bare = full.replace(/\s*\(.*\)$/, '').trim();
  const words = bare.split(/\s+/);
  return words.length === 2 && /^(Suboficial|Sereno|Profesora|Doña)$/.test(words[0] ?? '')
    ? words[1]
    : words.length === 1
      ? bare
      : undefined;
}

/**
 * Adults a narration line puts in the room (named in a sentence) or takes out of it (named with
 * "sale", "se va"…). Followed: the two colleagues, and adults who have spoken in this case.
 */
export function presenceIn(text: string, followed: readonly string[]): { enter: string[]; leave: string[] } {
  const enter: string[] = [];
  const leave: string[] = [];
  for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
    for (const id of followed) {
      const name = narrationName(id);
      if (
        !name ||
        neverFromMention.has(id) ||
        !new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u').test(sentence)
      )
        continue;
      (leaving.test(sentence) ? leave : enter).push(id);
    }
  }
  return { enter, leave: leave.filter((id) => !enter.includes(id)) };
}

const spokenAdults = new WeakMap<StageView, readonly string[]>();

/**
 * Folds the lines of a step into the picture: `scene:` moves everyone to a new place
 * (adults reappear as they speak or are named there), `mood:` changes the child's face, adult
 * speakers join the place, narration naming an adult brings them in or takes them out; the
 * suspect stands at the door while the machine says he is present.
 */
export function nextStageView(
  view: StageView,
  lines: readonly StoryLine[],
  context: ProtocolContext,
  cast: Cast = builtInCast,
): StageView {
  let next = view;
  const spoken = new Set(spokenAdults.get(view) ?? []);
  const join = (id: string) => {
    if (!next.adults.includes(id)) next = { ...next, adults: [...next.adults, id] };
  };
  for (const line of lines) {
    if (line.scene && line.scene !== next.scene) next = { ...next, scene: line.scene, adults: [] };
    if (line.mood) next = { ...next, child: { ...next.child, mood: line.mood } };
    const kind = line.speaker ? cast.person(line.speaker)?.kind : undefined;
    if (line.speaker && kind === 'adult') {
      spoken.add(line.speaker);
      join(line.speaker);
    }
    if ((!line.speaker || line.speaker === 'narrator') && line.text) {
      const { enter, leave } = presenceIn(line.text, [...new Set([...alwaysFollowed, ...spoken])]);
      enter.forEach(join);
      if (leave.length > 0) next = { ...next, adults: next.adults.filter((id) => !leave.includes(id)) };
    }
    next = { ...next, speaker: kind === 'adult' || kind === 'child' ? line.speaker : undefined };
  }
  const result = {
    ...next,
    child: { ...next.child, distress: context.distress },
    suspectAtDoor: context.flags.suspectPresent,
  };
  spokenAdults.set(result, [...spoken]);
  return result;
}

/** Every adult character with a name the narration can use, for tests and authors. */
export const namedAdults = characters
  .filter((c) => c.kind === 'adult' && narrationName(c.id) !== undefined)
  .map((c) => c.id);
