import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const storiesDir = join(import.meta.dirname, '..', '..', 'stories');

/** Every case folder under stories/ (those with a Spanish story). */
export function caseIds(): string[] {
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(storiesDir, d.name, 'es.ink')),
    )
    .map((d) => d.name)
    .sort();
}

export const storyFile = (caseId: string, lang: 'es' | 'en') => join('stories', caseId, `${lang}.ink`);
