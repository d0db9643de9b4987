import type { CaseEntry } from '../cases/case-entry.ts';
import type { CaseInfo } from '../core/story/case-info.ts';
import { figureHasMoods, genericFigureOf } from '../core/story/generic-figures.ts';

/**
 * The picture on a case's card: a built-in child's portrait; for a child the story declares
 * (`cast:`), their own calm drawing (the case folder's `people/`), else their generic figure's.
 */
export function portraitUrl(entry: Pick<CaseEntry, 'drawings'>, info: CaseInfo): string {
  const declared = info.cast.find((m) => m.id === info.persona);
  if (!declared) return `images/portraits/${info.persona}.svg`;
  const own = entry.drawings?.[declared.id];
  const mine = own?.moods?.calm ?? own?.standing;
  if (mine) return mine;
  const figure = genericFigureOf(declared);
  return figureHasMoods(figure) ? `images/figures/${figure}/calm.svg` : `images/figures/${figure}.svg`;
}
