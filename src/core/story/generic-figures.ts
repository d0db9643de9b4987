import type { CastMember } from './cast.ts';
import type { Gender, LifeStage } from './characters.ts';

/**
 * A person a story declares (`cast:`) has no drawings of their own: they are drawn as the
 * generic figure of their kind and gender (assets/images/figures/, drawn by tools/art).
 * Children and adolescents have one figure per mood, like the built-in children.
 */
export type GenericFigure = `${LifeStage}_${Gender}`;

export const genericFigures: readonly GenericFigure[] = [
  'child_female',
  'child_male',
  'adolescent_female',
  'adolescent_male',
  'adult_female',
  'adult_male',
];

export function genericFigureOf(member: Pick<CastMember, 'kind' | 'gender'>): GenericFigure {
  return `${member.kind}_${member.gender}`;
}

/** Whether the figure is drawn in every mood (children and adolescents) as well as standing neutral. */
export function figureHasMoods(figure: GenericFigure): boolean {
  return !figure.startsWith('adult');
}

/** The generic figure of each declared person, by id. */
export function figuresOf(cast: readonly CastMember[]): Record<string, GenericFigure> {
  return Object.fromEntries(cast.map((m) => [m.id, genericFigureOf(m)]));
}
