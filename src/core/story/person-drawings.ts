import type { MoodId } from './vocabulary.ts';

/**
 * A declared person's own drawings (URLs), which the build finds in their case folder
 * (tools/lib/own-drawings.ts): `people/<id>.svg` standing, `people/<id>/<mood>.svg` one per
 * mood. What is missing is drawn from the person's generic figure.
 */
export interface PersonDrawings {
  readonly standing?: string;
  readonly moods?: Readonly<Partial<Record<MoodId, string>>>;
}
