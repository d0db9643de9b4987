import type { Language } from '../core/language.ts';
import type { CaseInfo } from '../core/story/case-info.ts';
import type { PersonDrawings } from '../core/story/person-drawings.ts';

/** A built-in case: its info per language (from the stories' global tags, read at build time). */
export interface CaseEntry {
  readonly caseId: string;
  readonly info: Readonly<Partial<Record<Language, CaseInfo>>>;
  /** The declared people drawn in the case folder (`people/`), by id (URLs of the built files). */
  readonly drawings?: Readonly<Record<string, PersonDrawings>>;
}
