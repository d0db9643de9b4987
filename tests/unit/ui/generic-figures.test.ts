import { describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/core/story/cast.ts';
import { texturesAhead, texturesFor } from '../../../src/scenes/stage-textures.ts';
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
});
