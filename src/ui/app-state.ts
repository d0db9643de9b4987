import type { Language } from '../core/protocol/localized.ts';
import { isLanguage } from '../core/protocol/localized.ts';
import type { CaseMode } from '../core/record/session-record.ts';

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

/** The case in progress in this browser, so a reload or a crash comes back to it. */
export interface ActiveCase {
  readonly sessionId: string;
  readonly caseId: string;
  readonly lang: Language;
}

const activeKey = 'primer-contacto:active';

export function loadActiveCase(storage: Storage | undefined): ActiveCase | undefined {
  try {
    const a = JSON.parse(storage?.getItem(activeKey) ?? 'null') as ActiveCase | null;
    return a && typeof a.sessionId === 'string' && typeof a.caseId === 'string' && isLanguage(a.lang) ? a : undefined;
  } catch {
    return undefined;
  }
}

export function saveActiveCase(storage: Storage | undefined, active: ActiveCase | undefined): void {
  try {
    if (active) storage?.setItem(activeKey, JSON.stringify(active));
    else storage?.removeItem(activeKey);
  } catch {
    // a private window keeps nothing between visits
  }
}
