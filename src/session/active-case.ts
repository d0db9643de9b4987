import { isLanguage, type Language } from '../core/language.ts';
import type { Preferences } from './preferences.ts';

/** The case in progress in this browser, so a reload or a crash comes back to it. */
export interface ActiveCase {
  readonly sessionId: string;
  readonly caseId: string;
  readonly lang: Language;
}

const activeKey = 'primer-contacto:active';

export function loadActiveCase(preferences: Preferences): ActiveCase | undefined {
  const a = preferences.read(activeKey) as Partial<ActiveCase> | null | undefined;
  return a &&
    typeof a.sessionId === 'string' &&
    typeof a.caseId === 'string' &&
    typeof a.lang === 'string' &&
    isLanguage(a.lang)
    ? { sessionId: a.sessionId, caseId: a.caseId, lang: a.lang }
    : undefined;
}

export function saveActiveCase(preferences: Preferences, active: ActiveCase | undefined): void {
  preferences.write(activeKey, active);
}

const debriefKey = 'primer-contacto:debrief';

/** The record whose debrief is on screen (or about to be), so a reload lands on it again. */
export function loadShownDebrief(preferences: Preferences): string | undefined {
  const id = preferences.read(debriefKey);
  return typeof id === 'string' ? id : undefined;
}

export function saveShownDebrief(preferences: Preferences, recordId: string | undefined): void {
  preferences.write(debriefKey, recordId);
}
