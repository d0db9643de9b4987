import { describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/core/story/cast.ts';
import { texturesAhead, texturesFor } from '../../../src/scenes/stage-textures.ts';
import { portraitUrl } from '../../../src/ui/portrait.ts';
import { initialStageView } from '../../../src/ui/stage-view.ts';

const declared: CastMember[] = [
  { id: 'tomas', kind: 'child', gender: 'male', name: 'Tomás' },
  { id: 'abuela', kind: 'adult', gender: 'female', name: 'Abuela de Tomás' },
  { id: 'prima', kind: 'adolescent', gender: 'female', name: 'Prima' },
];

describe('people a story declares are drawn as generic figures', () => {
  it('draws the declared child in her mood and adults standing, from assets/images/figures', () => {
    const view = {
      ...initialStageView('tomas', 8, 'tomas_7', declared),
      adults: ['abuela', 'prima', 'carmen'],
    };
    expect(texturesFor(view).map((t) => t.url)).toEqual([
      'images/places/front_desk.svg',
      'images/figures/child_male/scared.svg',
      'images/figures/adult_female.svg',
      'images/figures/adolescent_female.svg',
      'images/people/carmen.svg',
    ]);
    expect(texturesAhead(view, [], ['calm']).map((t) => t.url)).toEqual([
      'images/figures/child_male/calm.svg',
    ]);
  });

  it('keeps the built-in people on their own drawings', () => {
    const view = initialStageView('milagros', 3, 'disclosure_8');
    expect(view.figures).toBeUndefined();
    expect(texturesFor(view)[1]?.url).toBe('images/people/milagros/anxious.svg');
  });

  it("draws a declared person from their own drawings (the case folder's people/), the figure only for what they lack", () => {
    const drawings = {
      tomas: { moods: { scared: '/assets/scared-1.svg', calm: '/assets/calm-1.svg' } },
      abuela: { standing: '/assets/abuela-1.svg', moods: {} },
    };
    const view = {
      ...initialStageView('tomas', 8, 'tomas_7', declared, drawings),
      adults: ['abuela', 'prima'],
    };
    expect(texturesFor(view).map((t) => [t.key, t.url])).toEqual([
      ['place:lima-day:front_desk', 'images/places/front_desk.svg'],
      ['own:tomas:scared', '/assets/scared-1.svg'],
      ['own:abuela', '/assets/abuela-1.svg'],
      ['figure:adolescent_female', 'images/figures/adolescent_female.svg'],
    ]);
    expect(texturesAhead(view, [], ['calm', 'crying']).map((t) => t.url)).toEqual([
      '/assets/calm-1.svg',
      'images/figures/child_male/crying.svg',
    ]);
  });

  it("puts on the case card a declared child's own calm drawing, else their figure's, and a built-in child's portrait", () => {
    const info = { persona: 'tomas', cast: declared } as unknown as Parameters<typeof portraitUrl>[1];
    expect(portraitUrl({ drawings: { tomas: { moods: { calm: '/assets/calm-1.svg' } } } }, info)).toBe(
      '/assets/calm-1.svg',
    );
    expect(portraitUrl({}, info)).toBe('images/figures/child_male/calm.svg');
    expect(portraitUrl({}, { ...info, persona: 'abuela' })).toBe('images/figures/adult_female.svg');
    expect(portraitUrl({}, { ...info, persona: 'milagros' })).toBe('images/portraits/milagros.svg');
  });
});
