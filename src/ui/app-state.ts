import type { Language } from '../core/protocol/localized.ts';
import { isLanguage } from '../core/protocol/localized.ts';
import type { CaseMode } from '../core/record/session-record.ts';
import { readStored, writeStored } from './stored-json.ts';
import type { Trainee } from './trainee.ts';

/** The case link an instructor hands out: ?case=<id>&lang=es&mode=evaluation&trainee=<name>. */
export interface CaseLink {
  readonly caseId?: string;
  readonly lang?: Language;
  readonly mode?: CaseMode;
  readonly trainee?: string;
  readonly author: boolean;
}

export function parseCaseLink(search: string): CaseLink {
  const p = new URLSearchParams(search);
  const lang = p.get('lang') ?? '';
  const mode = p.get('mode');
  return {
    caseId: p.get('case') ?? undefined,
    lang: isLanguage(lang) ? lang : undefined,
    mode: mode === 'evaluation' || mode === 'practice' ? mode : undefined,
    trainee: p.get('trainee')?.trim() || undefined,
    author: p.get('author') === '1',
  };
}

/** The trainee once a link is followed: its name over the remembered trainee's (whose code is kept), its mode over theirs. */
export function linkedTrainee(link: CaseLink, remembered: Trainee | undefined): Trainee | undefined {
  const named = link.trainee
    ? {
        ...remembered,
        name: link.trainee,
        code: remembered?.code ?? '',
        mode: remembered?.mode ?? 'practice',
      }
    : remembered;
  return named && link.mode ? { ...named, mode: link.mode } : named;
}

/** The case in progress in this browser, so a reload or a crash comes back to it. */
export interface ActiveCase {
  readonly sessionId: string;
  readonly caseId: string;
  readonly lang: Language;
}

const activeKey = 'primer-contacto:active';

export function loadActiveCase(storage: Storage | undefined): ActiveCase | undefined {
  const a = readStored(storage, activeKey) as Partial<ActiveCase> | null | undefined;
  return a &&
    typeof a.sessionId === 'string' &&
    typeof a.caseId === 'string' &&
    typeof a.lang === 'string' &&
    isLanguage(a.lang)
    ? { sessionId: a.sessionId, caseId: a.caseId, lang: a.lang }
    : undefined;
}

export function saveActiveCase(storage: Storage | undefined, active: ActiveCase | undefined): void {
  writeStored(storage, activeKey, active);
}
