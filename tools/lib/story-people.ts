import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseInfo } from '../../src/core/story/case-info.ts';
import type { Cast } from '../../src/core/story/cast.ts';
import type { Character } from '../../src/core/story/characters.ts';
import { figureHasMoods, genericFigureOf } from '../../src/core/story/generic-figures.ts';
import { isAmbientId, isSceneId, isSfxId, moodIds } from '../../src/core/story/vocabulary.ts';
import type { InkIssue } from './compile-ink.ts';
import { ownDrawingIssues } from './own-drawings.ts';
import type { SourceTree } from './source-tree.ts';

const assets = join(import.meta.dirname, '..', '..', 'assets');

/** Line tags whose values are person ids, comma-separated. */
const personKeys = new Set(['speaker', 'present', 'arrives', 'leaves', 'held_by']);

/** The files a person is drawn from: their own drawings, or their generic figure's. */
function drawingsOf(person: Character): string[] {
  const images = join(assets, 'images');
  if (person.declared && person.stage && person.gender) {
    const figure = genericFigureOf({ kind: person.stage, gender: person.gender });
    const moods = figureHasMoods(figure)
      ? moodIds.map((m) => join(images, 'figures', figure, `${m}.svg`))
      : [];
    return [join(images, 'figures', `${figure}.svg`), ...moods];
  }
  if (person.kind === 'child') return moodIds.map((m) => join(images, 'people', person.id, `${m}.svg`));
  if (person.kind === 'adult') return [join(images, 'people', `${person.id}.svg`)];
  return [];
}

/** The files a sound or place tag plays or shows (an unknown id is the tag grammar's error, not this one's). */
function soundsOf(key: string, id: string): string[] {
  const group =
    key === 'sfx' && isSfxId(id) ? 'sfx' : key === 'ambient' && isAmbientId(id) ? 'ambient' : undefined;
  if (group) return ['ogg', 'm4a'].map((ext) => join(assets, 'audio', group, `${id}.${ext}`));
  if (key === 'scene' && isSceneId(id)) return [join(assets, 'images', 'places', `${id}.svg`)];
  return [];
}

/**
 * The people a story uses and the drawings and sounds it refers to: a missing file is an error
 * at the first line that needs it; each declared person without drawings of their own (people/,
 * see own-drawings.ts) is a warning that says which generic figure draws them, and one with
 * drawings has them checked.
 */
export function peopleAndAssetIssues(file: string, tree: SourceTree, info: CaseInfo, cast: Cast): InkIssue[] {
  const issues: InkIssue[] = [];
  const reported = new Set<string>();
  const need = (paths: readonly string[], at: { file: string; line: number }, what: string) => {
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length === 0 || reported.has(what)) return;
    reported.add(what);
    const names = missing.map((p) => p.slice(assets.length + 1)).slice(0, 3);
    issues.push({
      level: 'error',
      ...at,
      message: `${what}: missing ${names.join(', ')}${missing.length > 3 ? '…' : ''}`,
    });
  };
  const globals = tree.items.filter((i) => i.kind === 'global' && i.file === tree.items[0]?.file);
  for (const member of info.cast) {
    const at = globals.find((g) => g.tags.some((t) => new RegExp(`^cast\\s*:\\s*${member.id}\\s*,`).test(t)));
    const where = { file: at?.file ?? file, line: at?.line ?? 1 };
    const own = ownDrawingIssues(dirname(file), member, where);
    issues.push(
      ...(own ?? [
        {
          level: 'warning' as const,
          ...where,
          message: `'${member.id}' has no drawings of their own: drawn as the generic figure ${genericFigureOf(member)}`,
        },
      ]),
    );
  }
  const persona = cast.person(info.persona);
  if (persona)
    need(drawingsOf(persona), { file, line: globals[0]?.line ?? 1 }, `drawings of '${info.persona}'`);
  for (const item of tree.items) {
    if (item.kind !== 'line') continue;
    for (const raw of item.tags) {
      const colon = raw.indexOf(':');
      const key = raw.slice(0, colon).trim();
      const values = raw
        .slice(colon + 1)
        .split(',')
        .map((v) => v.trim());
      for (const value of values) {
        const person = personKeys.has(key) ? cast.person(value) : undefined;
        if (person) need(drawingsOf(person), item, `drawings of '${value}'`);
        need(
          soundsOf(key, value),
          item,
          key === 'scene' ? `the place '${value}'` : `the sound '${key}:${value}'`,
        );
      }
    }
  }
  return issues;
}
