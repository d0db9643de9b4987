import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { CastMember } from '../../src/core/story/cast.ts';
import { figureHasMoods, genericFigureOf } from '../../src/core/story/generic-figures.ts';
import { moodIds, type MoodId } from '../../src/core/story/vocabulary.ts';
import type { InkIssue } from './compile-ink.ts';

/**
 * Where an author puts a declared person's own drawings, beside the story (no code):
 *
 *   stories/<case>/people/<id>.svg          the person standing (an adult on the stage)
 *   stories/<case>/people/<id>/<mood>.svg   a child or adolescent in each mood (calm, anxious, …)
 *
 * The same layout as the built-in people in assets/images/people/. What is missing is drawn from
 * the person's generic figure.
 */
export interface OwnDrawingFiles {
  readonly standing?: string;
  readonly moods: Readonly<Partial<Record<MoodId, string>>>;
}

/** The own drawings of person `id` in the case folder `caseDir` (absolute paths); undefined when there are none. */
export function ownDrawingFiles(caseDir: string, id: string): OwnDrawingFiles | undefined {
  const people = join(caseDir, 'people');
  const standing = join(people, `${id}.svg`);
  const moods = Object.fromEntries(
    moodIds.map((m) => [m, join(people, id, `${m}.svg`)] as const).filter(([, f]) => existsSync(f)),
  ) as Partial<Record<MoodId, string>>;
  const hasStanding = existsSync(standing);
  if (!hasStanding && Object.keys(moods).length === 0) return undefined;
  return { ...(hasStanding ? { standing } : {}), moods };
}

/** Why an SVG file cannot be drawn (not XML, or not an <svg> document), with its line; undefined when it can. */
export function svgProblem(file: string): { line: number; message: string } | undefined {
  let problem: { line: number; message: string } | undefined;
  const onError = (level: string, message: string, context?: { locator?: { lineNumber?: number } }) => {
    if (level !== 'warning')
      problem ??= { line: context?.locator?.lineNumber ?? 1, message: message.split('\n')[0] ?? message };
  };
  try {
    const doc = new DOMParser({ onError }).parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    if (!problem && doc.documentElement?.localName !== 'svg') {
      problem = {
        line: 1,
        message: `the root element is <${doc.documentElement?.localName ?? 'none'}>, not <svg>`,
      };
    }
  } catch (error) {
    problem ??= { line: 1, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  return problem;
}

/**
 * The check of a declared person's own drawings: each file must be an SVG (an error at the file);
 * a mood a child or adolescent lacks, or an adult's missing standing drawing, is drawn from the
 * generic figure (a warning at the person's `cast:` tag). Undefined when the person has no drawings.
 */
export function ownDrawingIssues(
  caseDir: string,
  member: CastMember,
  at: { file: string; line: number },
): InkIssue[] | undefined {
  const own = ownDrawingFiles(caseDir, member.id);
  if (!own) return undefined;
  const issues: InkIssue[] = [];
  for (const file of [own.standing, ...Object.values(own.moods)]) {
    const problem = file && svgProblem(file);
    if (problem)
      issues.push({
        level: 'error',
        file,
        line: problem.line,
        message: `not a drawing (SVG): ${problem.message}`,
      });
  }
  const figure = genericFigureOf(member);
  const folder = `people/${member.id}`;
  if (figureHasMoods(figure)) {
    const missing = moodIds.filter((m) => !own.moods[m]);
    if (missing.length > 0)
      issues.push({
        level: 'warning',
        ...at,
        message: `'${member.id}' has no drawing for ${missing.join(', ')} (${folder}/<mood>.svg): drawn there as the generic figure ${figure}`,
      });
  } else if (!own.standing) {
    issues.push({
      level: 'warning',
      ...at,
      message: `'${member.id}' has no standing drawing (${folder}.svg): drawn as the generic figure ${figure}`,
    });
  }
  return issues;
}
