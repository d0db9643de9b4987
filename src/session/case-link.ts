import type { Language } from '../core/language.ts';
import { isLanguage } from '../core/language.ts';
import { isCaseMode, type CaseMode } from '../core/record/session-record.ts';
import type { Trainee } from './trainee.ts';

/** The case link an instructor hands out: ?case=<id>&lang=es&mode=evaluation&trainee=<name>&code=<CIP>. */
export interface CaseLink {
  readonly caseId?: string;
  readonly lang?: Language;
  readonly mode?: CaseMode;
  readonly trainee?: string;
  /** The trainee's code/CIP, when the link carries it. */
  readonly code?: string;
  readonly author: boolean;
  /** What the link asked for that this version does not have: shown with `data-link-error`. */
  readonly problems: readonly LinkProblem[];
}

export interface LinkProblem {
  readonly field: 'case' | 'lang' | 'mode';
  readonly value: string;
}

/** Longest name and code a trainee can give (a form field or a link). */
export const maxNameLength = 80;
export const maxCodeLength = 20;

/** Reads a link; `?author=1` counts only where the author view is allowed (dev builds). */
export function parseCaseLink(
  search: string,
  isKnownCase: (id: string) => boolean = () => true,
  authorAllowed = true,
): CaseLink {
  const p = new URLSearchParams(search);
  const given = (key: string) => p.get(key)?.trim() || undefined;
  const [caseId, lang, mode] = [given('case'), given('lang'), given('mode')];
  const problems: LinkProblem[] = [];
  if (caseId && !isKnownCase(caseId)) problems.push({ field: 'case', value: caseId });
  if (lang && !isLanguage(lang)) problems.push({ field: 'lang', value: lang });
  if (mode && !isCaseMode(mode)) problems.push({ field: 'mode', value: mode });
  return {
    caseId: caseId && isKnownCase(caseId) ? caseId : undefined,
    lang: lang && isLanguage(lang) ? lang : undefined,
    mode: isCaseMode(mode) ? mode : undefined,
    trainee: given('trainee')?.slice(0, maxNameLength),
    code: given('code')?.slice(0, maxCodeLength),
    author: authorAllowed && p.get('author') === '1',
    problems,
  };
}

/**
 * The trainee once a link is followed: its name over the remembered trainee's (whose code is
 * kept), its mode over theirs. An author link (`?author=1`) asks no name: with nobody
 * remembered, it plays as `authorName` in practice mode.
 */
export function linkedTrainee(
  link: CaseLink,
  remembered: Trainee | undefined,
  authorName = '',
): Trainee | undefined {
  const known =
    remembered ??
    (link.author && !link.trainee ? { name: authorName, code: '', mode: 'practice' as const } : undefined);
  const named = link.trainee
    ? {
        ...remembered,
        name: link.trainee,
        code: link.code ?? remembered?.code ?? '',
        mode: remembered?.mode ?? 'practice',
      }
    : known;
  return named && link.mode ? { ...named, mode: link.mode } : named;
}
