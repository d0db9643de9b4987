import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characters, characterWithId } from '../../src/core/story/characters.ts';
import { figureHasMoods, genericFigures, type GenericFigure } from '../../src/core/story/generic-figures.ts';
import { ambientIds, moodIds, sceneIds, sfxIds } from '../../src/core/story/vocabulary.ts';
import { sceneAmbient } from '../../src/ui/scene-sound.ts';
import { scanSourceTree } from '../../tools/lib/source-tree.ts';
import { caseIds, storyFile } from '../support/cases.ts';

const assets = join(import.meta.dirname, '..', '..', 'assets');
const srcDir = join(import.meta.dirname, '..', '..', 'src');
const uiSounds = ['select', 'confirm', 'open', 'close'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Every tag value used by the stories, per key, plus the personas and the speakers. */
function usedIds() {
  const used = new Map<string, Set<string>>();
  const add = (key: string, value: string) => used.set(key, (used.get(key) ?? new Set()).add(value));
  for (const caseId of caseIds()) {
    for (const lang of ['es', 'en'] as const) {
      for (const item of scanSourceTree(storyFile(caseId, lang)).items) {
        for (const tag of item.tags) {
          const [key, ...rest] = tag.split(':');
          add(key!.trim(), rest.join(':').trim());
        }
      }
    }
  }
  return used;
}

const used = usedIds();
const sounds = (group: string, id: string) => ['ogg', 'm4a'].map((ext) => join(assets, 'audio', group, `${id}.${ext}`));

describe('assets', () => {
  it('has a place for every scene a story uses', () => {
    expect([...(used.get('scene') ?? [])].filter((s) => !existsSync(join(assets, 'images', 'places', `${s}.svg`)))).toEqual([]);
  });

  it('has every mood of every child and a figure for every adult who speaks', () => {
    const missing: string[] = [];
    for (const c of characters) {
      if (c.kind === 'child') moodIds.forEach((m) => existsSync(join(assets, 'images', 'people', c.id, `${m}.svg`)) || missing.push(`${c.id}/${m}`));
      if (c.kind === 'child' && !existsSync(join(assets, 'images', 'portraits', `${c.id}.svg`))) missing.push(`portrait ${c.id}`);
      if (c.kind === 'adult' && !existsSync(join(assets, 'images', 'people', `${c.id}.svg`))) missing.push(c.id);
    }
    expect(missing).toEqual([]);
  });

  it('has every generic figure standing, and children and adolescents in every mood', () => {
    const files = genericFigures.flatMap((f) => [`${f}.svg`, ...(figureHasMoods(f) ? moodIds.map((m) => `${f}/${m}.svg`) : [])]);
    expect(files).toHaveLength(6 + 4 * moodIds.length);
    expect(files.filter((f) => !existsSync(join(assets, 'images', 'figures', f)))).toEqual([]);
  });

  it('has both formats of every sound a story or a place uses', () => {
    const ids = [...(used.get('sfx') ?? [])].flatMap((s) => sounds('sfx', s));
    const ambients = [...(used.get('ambient') ?? []), ...Object.values(sceneAmbient)].flatMap((a) => sounds('ambient', a));
    const ui = uiSounds.flatMap((u) => sounds('ui', u));
    expect([...ids, ...ambients, ...ui].filter((f) => !existsSync(f)).map((f) => relative(assets, f))).toEqual([]);
  });

  it('uses every scene, mood, sound and person it has', () => {
    const storyMoods = used.get('mood') ?? new Set();
    const speakers = new Set([...(used.get('speaker') ?? []), ...(used.get('persona') ?? [])]);
    const unused = [
      ...sceneIds.filter((s) => !used.get('scene')?.has(s)).map((s) => `scene ${s}`),
      ...moodIds.filter((m) => !storyMoods.has(m)).map((m) => `mood ${m}`),
      ...sfxIds.filter((s) => !used.get('sfx')?.has(s)).map((s) => `sfx ${s}`),
      ...ambientIds.filter((a) => !used.get('ambient')?.has(a) && !Object.values(sceneAmbient).includes(a)).map((a) => `ambient ${a}`),
      ...characters.filter((c) => (c.kind === 'child' || c.kind === 'adult') && !speakers.has(c.id)).map((c) => `person ${c.id}`),
    ];
    expect(unused).toEqual([]);
  });

  it('has no file that no id, person or page refers to', () => {
    const code = filesUnder(srcDir).filter((f) => /\.(ts|css)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    const orphan = filesUnder(assets).map((f) => relative(assets, f)).filter((f) => {
      const [top, group, name = ''] = f.split('/');
      if (f.endsWith('README.md')) return false;
      const id = (name || group || '').replace(/\.(svg|ogg|m4a)$/, '');
      if (top === 'images' && group === 'places') return !(sceneIds as readonly string[]).includes(id);
      if (top === 'images' && group === 'figures') {
        const [figure = '', mood] = f.split('/').slice(2).map((p) => p.replace('.svg', ''));
        const known = (genericFigures as readonly string[]).includes(figure);
        return !known || (mood !== undefined && (!figureHasMoods(figure as GenericFigure) || !(moodIds as readonly string[]).includes(mood)));
      }
      if (top === 'images' && group === 'portraits') return characterWithId(id)?.kind !== 'child';
      if (top === 'images' && group === 'people') {
        const person = f.split('/')[2]?.replace('.svg', '') ?? '';
        const mood = f.split('/')[3]?.replace('.svg', '');
        return !characterWithId(person) || (mood !== undefined && !(moodIds as readonly string[]).includes(mood));
      }
      if (top === 'audio' && group === 'sfx') return !(sfxIds as readonly string[]).includes(id);
      if (top === 'audio' && group === 'ambient') return !(ambientIds as readonly string[]).includes(id);
      if (top === 'audio' && group === 'ui') return !uiSounds.includes(id);
      return !code.includes(f) && !code.includes(f.replace(/^images\//, ''));
    });
    expect(orphan).toEqual([]);
  });

  it('keeps all images and audio under 4 MB', () => {
    const bytes = filesUnder(assets).reduce((sum, f) => sum + statSync(f).size, 0);
    console.log(`\nassets: ${(bytes / 1e6).toFixed(2)} MB (images ${(filesUnder(join(assets, 'images')).reduce((s, f) => s + statSync(f).size, 0) / 1e3).toFixed(0)} KB, audio ${(filesUnder(join(assets, 'audio')).reduce((s, f) => s + statSync(f).size, 0) / 1e3).toFixed(0)} KB)`);
    expect(bytes).toBeLessThan(4_000_000);
  });
});
