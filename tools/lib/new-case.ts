import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the template of a new case lives: one ink file per language, `CASE_ID` standing for the id. */
export const templateFolder = join(import.meta.dirname, '..', 'templates', 'new-case');
export const templateLanguages = ['es', 'en'] as const;

const longestId = 40;

/** Why `caseId` cannot name a case folder, or undefined when it can. */
export function caseIdProblem(caseId: string): string | undefined {
  if (caseId === '') return 'give the case id: npm run new-case -- <case_id> (e.g. lost_child_5)';
  if (!/^[a-z][a-z0-9_]*$/.test(caseId))
    return `'${caseId}' is not a case id: use lower-case letters, digits and _ (snake_case), starting with a letter, e.g. lost_child_5`;
  if (caseId.length > longestId) return `'${caseId}' is longer than ${longestId} characters`;
  return undefined;
}

/** The template in one language, for `caseId`. */
export function caseTemplate(lang: (typeof templateLanguages)[number], caseId: string): string {
  return readFileSync(join(templateFolder, `${lang}.ink`), 'utf8').replaceAll('CASE_ID', caseId);
}

/**
 * Creates `<storiesRoot>/<caseId>/es.ink` and `en.ink` from the template and returns their
 * paths; a bad id or a case that already exists is refused with an Error that says why.
 */
export function createCase(storiesRoot: string, caseId: string): string[] {
  const problem = caseIdProblem(caseId);
  if (problem) throw new Error(problem);
  const folder = join(storiesRoot, caseId);
  if (existsSync(folder))
    throw new Error(`${relative(process.cwd(), folder) || folder} already exists: choose another case id`);
  mkdirSync(folder, { recursive: true });
  return templateLanguages.map((lang) => {
    const file = join(folder, `${lang}.ink`);
    writeFileSync(file, caseTemplate(lang, caseId), { flag: 'wx' });
    return file;
  });
}
