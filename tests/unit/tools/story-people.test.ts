import { describe, expect, it } from 'vitest';
import { parseCaseInfo, type CaseInfo } from '../../../src/core/story/case-info.ts';
import { builtInCast, castOf, type Cast } from '../../../src/core/story/cast.ts';
import { cardWordIssues } from '../../../tools/lib/card-words.ts';
import { scanSourceTree } from '../../../tools/lib/source-tree.ts';
import { peopleAndAssetIssues } from '../../../tools/lib/story-people.ts';

const fixtures = 'tests/fixtures/stories/cast';

function load(name: string): { tree: ReturnType<typeof scanSourceTree>; info: CaseInfo; cast: Cast } {
  const tree = scanSourceTree(`${fixtures}/${name}`);
  const parsed = parseCaseInfo(tree.items.filter((i) => i.kind === 'global').flatMap((i) => i.tags));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return { tree, info: parsed.info, cast: castOf(parsed.info.cast) };
}

describe('people and drawings in check:stories', () => {
  it('warns which declared people are drawn as generic figures, at their cast tag', () => {
    const { tree, info, cast } = load('tomas.ink');
    const issues = peopleAndAssetIssues(`${fixtures}/tomas.ink`, tree, info, cast);
    expect(issues.map((i) => `${i.level} ${i.line} ${i.message}`)).toEqual([
      "warning 4 'tomas' has no drawings of their own: drawn as the generic figure child_male",
      "warning 5 'abuela' has no drawings of their own: drawn as the generic figure adult_female",
    ]);
  });

  it('says which drawing is missing for a person who speaks, at the first line that needs it', () => {
    const { tree, info } = load('tomas.ink');
    // a built-in-like adult with no drawing in assets/
    const ghost: Cast = {
      person: (id) =>
        id === 'abuela' ? { id, kind: 'adult', name: { es: 'A', en: 'A' } } : castOf(info.cast).person(id),
    };
    const errors = peopleAndAssetIssues(`${fixtures}/tomas.ink`, tree, info, ghost).filter(
      (i) => i.level === 'error',
    );
    expect(errors).toEqual([
      expect.objectContaining({
        line: 18,
        message: "drawings of 'abuela': missing images/people/abuela.svg",
      }),
    ]);
    expect(
      peopleAndAssetIssues(`${fixtures}/tomas.ink`, tree, info, builtInCast).some((i) => i.level === 'error'),
    ).toBe(false);
  });

  it('checks own drawings (people/): a missing mood is a warning at the cast tag, a malformed SVG an error at its line', () => {
    const drawn = 'tests/fixtures/stories/cast_drawn';
    const tree = scanSourceTree(`${drawn}/tomas.ink`);
    const parsed = parseCaseInfo(tree.items.filter((i) => i.kind === 'global').flatMap((i) => i.tags));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const issues = peopleAndAssetIssues(`${drawn}/tomas.ink`, tree, parsed.info, castOf(parsed.info.cast));
    expect(issues.map((i) => `${i.level} ${i.file.replace(/^.*cast_drawn\//, '')}:${i.line}`)).toEqual([
      'warning tomas.ink:4',
      'error people/abuela.svg:3',
    ]);
    expect(issues[0]?.message).toBe(
      "'tomas' has no drawing for scared, crying, withdrawn, angry, relieved (people/tomas/<mood>.svg): drawn there as the generic figure child_male",
    );
    expect(issues[1]?.message).toMatch(/^not a drawing \(SVG\): Opening and ending tag mismatch/);
  });

  it("calls out a card that says 'Niña extraviada' for a boy, at the title's line", () => {
    const { tree, info, cast } = load('wrong-card.ink');
    const issues = cardWordIssues(`${fixtures}/wrong-card.ink`, tree, info, cast);
    expect(issues.map((i) => `${i.level} ${i.line} ${i.message}`)).toEqual([
      "error 2 'title:' says 'niña', but 'tomas' is a boy",
      "error 2 'title:' says 'extraviada', but 'tomas' is a boy",
    ]);
    const right = load('tomas.ink');
    expect(cardWordIssues(`${fixtures}/tomas.ink`, right.tree, right.info, right.cast)).toEqual([]);
  });
});
