import { characterWithId, type Character, type Gender, type LifeStage } from './characters.ts';

/**
 * A person a story declares in a global tag, `# cast: tomas, child, boy, Tomás`:
 * id, kind (child, adolescent or adult), gender, and the name shown in the file's language.
 */
export interface CastMember {
  readonly id: string;
  readonly kind: LifeStage;
  readonly gender: Gender;
  readonly name: string;
}

export const lifeStages: readonly LifeStage[] = ['child', 'adolescent', 'adult'];

/** The gender words an author may write; each says a gender (the kind says the age). */
const genderWords: Readonly<Record<string, Gender>> = {
  girl: 'female',
  woman: 'female',
  female: 'female',
  boy: 'male',
  man: 'male',
  male: 'male',
};

const personId = /^[a-z][a-z0-9_]*$/;

export type CastResult =
  { readonly ok: true; readonly member: CastMember } | { readonly ok: false; readonly error: string };

/** Reads the value of one `cast:` tag. */
export function parseCastTag(value: string): CastResult {
  const fields = value.split(',').map((f) => f.trim());
  const where = `in 'cast: ${value}'`;
  const fail = (why: string): CastResult => ({
    ok: false,
    error: `${why} ${where} (write 'cast: id, kind, gender, Name')`,
  });
  if (fields.length < 4) return fail('four fields are needed');
  const [id = '', kind = '', gender = ''] = fields;
  const name = fields.slice(3).join(', ');
  if (!personId.test(id)) return fail(`the id '${id}' must be snake_case`);
  if (!(lifeStages as readonly string[]).includes(kind))
    return fail(`the kind '${kind}' must be child, adolescent or adult`);
  const g = genderWords[gender.toLowerCase()];
  if (!g) return fail(`the gender '${gender}' must be girl, boy, woman or man`);
  if (name === '') return fail('the name is empty');
  if (characterWithId(id))
    return fail(`'${id}' is already a built-in person: use it without declaring it, or choose another id`);
  return { ok: true, member: { id, kind: kind as LifeStage, gender: g, name } };
}

/** A declared person as a Character: a child or adolescent has the child's role (moods), an adult an adult's. */
export function castCharacter(member: CastMember): Character {
  return {
    id: member.id,
    kind: member.kind === 'adult' ? 'adult' : 'child',
    name: { es: member.name, en: member.name },
    stage: member.kind,
    gender: member.gender,
    declared: true,
  };
}

/** The people a story can use: the built-in ones and those it declares. */
export interface Cast {
  person(id: string): Character | undefined;
}

/** The cast of a story that declares nobody. */
export const builtInCast: Cast = { person: characterWithId };

export function castOf(declared: readonly CastMember[]): Cast {
  if (declared.length === 0) return builtInCast;
  const own = new Map(declared.map((m) => [m.id, castCharacter(m)]));
  return { person: (id) => own.get(id) ?? characterWithId(id) };
}

/** The declared people among raw global tags (malformed `cast:` tags are skipped: the case info reports them). */
export function declaredCast(globalTags: readonly string[]): CastMember[] {
  const members: CastMember[] = [];
  for (const raw of globalTags) {
    const m = /^\s*cast\s*:(.*)$/.exec(raw);
    if (!m) continue;
    const parsed = parseCastTag((m[1] ?? '').trim());
    if (parsed.ok) members.push(parsed.member);
  }
  return members;
}
