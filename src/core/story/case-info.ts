import { actionRule, isActionId, type ActionId } from '../protocol/actions.ts';
import { isCaseType, type CaseType } from '../protocol/case-types.ts';
import { isLanguage, type Language } from '../language.ts';
import { isStandardId, type StandardId } from '../protocol/standard-ids.ts';
import { castOf, parseCastTag, type CastMember } from './cast.ts';
import { globalTagKeys, parseTag, repeatableGlobalTagKeys } from './tag-grammar.ts';

/** What a story's global tags say about its case. */
export interface CaseInfo {
  readonly caseId: string;
  readonly title: string;
  readonly persona: string;
  readonly age: number;
  readonly type: CaseType;
  readonly requires: readonly ActionId[];
  /** The standards the case exists to train (`key:`); empty when the story names none. */
  readonly key: readonly StandardId[];
  readonly trust: number;
  readonly distress: number;
  readonly contentNote: string;
  /** The one-line situation for the case card; the title when absent. */
  readonly summary: string;
  readonly lang: Language;
  /** The people the story declares with `cast:` (the built-in people need no declaring). */
  readonly cast: readonly CastMember[];
}

export type CaseInfoResult =
  { readonly ok: true; readonly info: CaseInfo } | { readonly ok: false; readonly errors: readonly string[] };

function childLevel(raw: string | undefined, key: string, errors: string[]): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < 0 || n > 10) {
    errors.push(`global tag '${key}:' must be a whole number from 0 to 10, not '${raw ?? ''}'`);
    return 0;
  }
  return n;
}

function requiredActions(raw: string, errors: string[]): ActionId[] {
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) errors.push("global tag 'requires:' lists no action");
  const actions: ActionId[] = [];
  for (const id of ids) {
    if (!isActionId(id)) errors.push(`unknown action '${id}' in 'requires:'`);
    else if (!actionRule(id).met) errors.push(`'requires:' lists '${id}', which meets no standard`);
    else actions.push(id);
  }
  return actions;
}

function keyStandards(raw: string, errors: string[]): StandardId[] {
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) errors.push("global tag 'key:' lists no standard");
  const unknown = ids.filter((id) => !isStandardId(id));
  for (const id of unknown) errors.push(`unknown standard '${id}' in 'key:' (standards look like DIS-03)`);
  return ids.filter(isStandardId);
}

function declared(value: string, earlier: readonly CastMember[], errors: string[]): CastMember[] {
  const parsed = parseCastTag(value);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return [];
  }
  if (earlier.some((m) => m.id === parsed.member.id)) {
    errors.push(`'${parsed.member.id}' is declared twice in 'cast:'`);
    return [];
  }
  return [parsed.member];
}

/** Reads and validates the global tags of a story; every problem is reported, not only the first. */
export function parseCaseInfo(tags: readonly string[]): CaseInfoResult {
  const errors: string[] = [];
  const values = new Map<string, string>();
  const cast: CastMember[] = [];
  for (const raw of tags) {
    const parsed = parseTag(raw, 'global');
    if (!parsed.ok) errors.push(parsed.error);
    else if (!('global' in parsed.tag)) errors.push(`'${parsed.tag.key}:' is not a global tag`);
    else if (parsed.tag.key === 'cast') cast.push(...declared(parsed.tag.value, cast, errors));
    else if (values.has(parsed.tag.key) && !repeatableGlobalTagKeys.includes(parsed.tag.key))
      errors.push(`global tag '${parsed.tag.key}:' appears twice`);
    else values.set(parsed.tag.key, parsed.tag.value);
  }
  for (const key of globalTagKeys) {
    if (!values.has(key)) errors.push(`missing global tag '${key}:'`);
  }
  const get = (key: string) => values.get(key) ?? '';
  const persona = get('persona');
  if (values.has('persona') && castOf(cast).person(persona)?.kind !== 'child') {
    errors.push(
      `'persona:${persona}' is not a child or adolescent: use a built-in child or declare one ('# cast: ${persona}, child, girl, Name')`,
    );
  }
  const type = get('type');
  if (values.has('type') && !isCaseType(type)) errors.push(`unknown case type '${type}'`);
  const lang = get('lang');
  if (values.has('lang') && !isLanguage(lang)) errors.push(`'lang:${lang}' must be es or en`);
  const age = Number(get('age'));
  if (values.has('age') && (!Number.isInteger(age) || age < 0 || age > 17)) {
    errors.push(`'age:${get('age')}' must be a whole number from 0 to 17`);
  }
  const requires = values.has('requires') ? requiredActions(get('requires'), errors) : [];
  const key = values.has('key') ? keyStandards(get('key'), errors) : [];
  const trust = values.has('trust') ? childLevel(values.get('trust'), 'trust', errors) : 0;
  const distress = values.has('distress') ? childLevel(values.get('distress'), 'distress', errors) : 0;
  if (values.has('case') && !/^[a-z][a-z0-9_]*$/.test(get('case'))) {
    errors.push(`'case:${get('case')}' must be snake_case`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    info: {
      caseId: get('case'),
      title: get('title'),
      persona,
      age,
      type: type as CaseType,
      requires,
      key,
      trust,
      distress,
      contentNote: get('content_note'),
      summary: values.get('summary') ?? get('title'),
      lang: lang as Language,
      cast,
    },
  };
}
