import { isActionId, type ActionId } from '../protocol/actions.ts';
import { isSituationId, type SituationId } from '../protocol/situations.ts';
import { isQuestionType, QUESTION_TYPES, type QuestionType } from '../questions/question-type.ts';
import { builtInCast, type Cast } from './cast.ts';
import { endingKindOf } from './endings.ts';
import {
  isAmbientId,
  isMoodId,
  isPhaseId,
  isSceneId,
  isSfxId,
  type AmbientId,
  type MoodId,
  type PhaseId,
  type SceneId,
  type SfxId,
} from './vocabulary.ts';

/** Where a tag stands decides which keys it may use. */
export type TagPlace = 'global' | 'line' | 'option';

export const globalTagKeys = [
  'case',
  'title',
  'persona',
  'age',
  'type',
  'requires',
  'trust',
  'distress',
  'content_note',
  'lang',
] as const;
/**
 * Global tags a story may leave out. `summary:` is the one-line situation on the case card;
 * `key:` lists the standards the case exists to train (a violated one fails the case);
 * `cast:` declares one of the story's own people (cast.ts).
 */
export const optionalGlobalTagKeys = ['summary', 'key', 'cast'] as const;
/** Global tags that may appear more than once (one person per `cast:` tag). */
export const repeatableGlobalTagKeys: readonly GlobalTagKey[] = ['cast'];
export type GlobalTagKey = (typeof globalTagKeys)[number] | (typeof optionalGlobalTagKeys)[number];

export const lineTagKeys = [
  'speaker',
  'mood',
  'scene',
  'sfx',
  'ambient',
  'phase',
  'event',
  'ending',
  'present',
  'arrives',
  'leaves',
  'held_by',
  'open',
  'undisclosed',
  'disclosed',
] as const;
/** What the child has or has not said at an open decision: `undisclosed:`, `disclosed:` (words, comma-separated). */
export type SaidKey = 'undisclosed' | 'disclosed';
/** Who is in the room: `present:` (exactly these), `arrives:`, `leaves:`; `none` for nobody. */
export type PresenceKey = 'present' | 'arrives' | 'leaves';
export type LineTagKey = (typeof lineTagKeys)[number];

export type ParsedTag =
  | { readonly key: 'do'; readonly value: ActionId }
  /** `q:<type>` on an option of an open decision: a typed question of this type takes it. */
  | { readonly key: 'q'; readonly value: QuestionType }
  /** `open` on a line: the decision this step leads to may be answered with a typed question. */
  | { readonly key: 'open'; readonly value: true }
  | { readonly key: SaidKey; readonly value: readonly string[] }
  | { readonly key: 'speaker'; readonly value: string }
  | { readonly key: 'mood'; readonly value: MoodId }
  | { readonly key: 'scene'; readonly value: SceneId }
  | { readonly key: 'sfx'; readonly value: SfxId }
  | { readonly key: 'ambient'; readonly value: AmbientId }
  | { readonly key: 'phase'; readonly value: PhaseId }
  | { readonly key: 'event'; readonly value: SituationId }
  | { readonly key: 'ending'; readonly value: string }
  | { readonly key: PresenceKey; readonly value: readonly string[] }
  /** The adult holding the case's child in their arms; '' when nobody does (`held_by: none`). */
  | { readonly key: 'held_by'; readonly value: string }
  | { readonly key: GlobalTagKey; readonly value: string; readonly global: true };

export type TagResult =
  { readonly ok: true; readonly tag: ParsedTag } | { readonly ok: false; readonly error: string };

const snakeCase = /^[a-z][a-z0-9_]*$/;

function splitTag(raw: string): { key: string; value: string } | undefined {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}

const fail = (error: string): TagResult => ({ ok: false, error });

function parseLineTag(key: LineTagKey, value: string, cast: Cast): TagResult {
  const known = (ok: boolean, what: string, tag: ParsedTag): TagResult =>
    ok ? { ok: true, tag } : fail(`unknown ${what} '${value}' in tag '${key}:${value}'`);
  switch (key) {
    case 'speaker':
      return cast.person(value) !== undefined
        ? { ok: true, tag: { key, value } }
        : fail(unknownPerson(value, `speaker:${value}`));
    case 'mood':
      return known(isMoodId(value), 'mood', { key, value: value as MoodId });
    case 'scene':
      return known(isSceneId(value), 'scene', { key, value: value as SceneId });
    case 'sfx':
      return known(isSfxId(value), 'sound effect', { key, value: value as SfxId });
    case 'ambient':
      return known(isAmbientId(value), 'ambient sound', { key, value: value as AmbientId });
    case 'phase':
      return known(isPhaseId(value), 'phase', { key, value: value as PhaseId });
    case 'event':
      return known(isSituationId(value), 'situation', { key, value: value as SituationId });
    case 'present':
    case 'arrives':
    case 'leaves':
    case 'held_by': {
      const ids = value.split(',').map((v) => v.trim());
      if (ids.length === 1 && ids[0] === 'none' && (key === 'present' || key === 'held_by')) {
        return { ok: true, tag: key === 'held_by' ? { key, value: '' } : { key, value: [] } };
      }
      const unknown = ids.find((id) => cast.person(id) === undefined);
      if (unknown !== undefined) return fail(unknownPerson(unknown, `${key}:${value}`));
      const notPeople = ids.find((id) => id === 'narrator' || id === 'officer');
      if (notPeople) return fail(`'${notPeople}' is not drawn on the stage (tag '${key}:${value}')`);
      if (key === 'held_by') {
        return ids.length === 1 && cast.person(ids[0] ?? '')?.kind === 'adult'
          ? { ok: true, tag: { key, value: ids[0] ?? '' } }
          : fail(`'held_by:' names one adult (or none), not '${value}'`);
      }
      return { ok: true, tag: { key, value: ids } };
    }
    case 'open':
      return fail(`'open' takes no value: write '# open', not '# open:${value}'`);
    case 'undisclosed':
    case 'disclosed': {
      const words = value.split(',').map((w) => w.trim().toLowerCase());
      if (words.some((w) => w === '')) return fail(`an empty word in tag '${key}:${value}'`);
      return { ok: true, tag: { key, value: words } };
    }
    case 'ending':
      if (!snakeCase.test(value)) return fail(`ending id '${value}' must be snake_case`);
      return known(endingKindOf(value) !== undefined, 'ending kind (use protected…, at_risk… or harmed…)', {
        key,
        value,
      });
  }
}

/** The error for an id that is neither built in nor declared with `cast:`. */
export function unknownPerson(id: string, tag: string): string {
  return `unknown person '${id}' in tag '${tag}': declare it at the top ('# cast: ${id}, child, girl, Name') or use a built-in person`;
}

/**
 * Parses one ink tag as it stands at `place`; person ids are looked up in `cast`. Unknown keys, unknown ids and keys in
 * the wrong place are errors with a message an author can act on.
 */
export function parseTag(raw: string, place: TagPlace, cast: Cast = builtInCast): TagResult {
  if (raw.trim() === 'open') {
    return place === 'line'
      ? { ok: true, tag: { key: 'open', value: true } }
      : fail(
          `'open' belongs on a line before the options (the last line of the step), not on ${place === 'option' ? 'an option' : 'the global tags'}`,
        );
  }
  const parts = splitTag(raw);
  if (!parts) return fail(`tag '${raw.trim()}' is not of the form key:value`);
  const { key, value } = parts;
  if (value === '') return fail(`tag '${key}:' has no value`);
  if (key === 'do') {
    if (place !== 'option') {
      return fail(
        `'do:${value}' is not on an option: write it inside the option's brackets, [text #do:${value}]`,
      );
    }
    return isActionId(value)
      ? { ok: true, tag: { key, value } }
      : fail(`unknown action '${value}' in tag 'do:${value}'`);
  }
  if (key === 'q') {
    if (place !== 'option') {
      return fail(
        `'q:${value}' is not on an option: write it inside the option's brackets, [text #q:${value}]`,
      );
    }
    return isQuestionType(value)
      ? { ok: true, tag: { key, value } }
      : fail(`unknown question type '${value}' in tag 'q:${value}' (use ${QUESTION_TYPES.join(', ')})`);
  }
  if ([...globalTagKeys, ...optionalGlobalTagKeys].includes(key as GlobalTagKey)) {
    if (place !== 'global') return fail(`'${key}:' is a global tag: put it at the top of the story`);
    return { ok: true, tag: { key: key as GlobalTagKey, value, global: true } };
  }
  if ((lineTagKeys as readonly string[]).includes(key)) {
    if (place === 'option') return fail(`'${key}:' belongs on a line, not on an option`);
    if (place === 'global') return fail(`'${key}:' belongs on a line, not among the global tags`);
    return parseLineTag(key as LineTagKey, value, cast);
  }
  return fail(`unknown tag key '${key}'`);
}
