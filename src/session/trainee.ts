import { isCaseMode, type CaseMode } from '../core/record/session-record.ts';
import type { Preferences } from './preferences.ts';

export interface Trainee {
  readonly name: string;
  readonly code: string;
  readonly mode: CaseMode;
  /** The class joined, with a class server (absent without one). */
  readonly classCode?: string;
}

const key = 'primer-contacto:trainee';

/** The trainee remembered in this browser; anything unreadable is nobody (undefined). */
export function loadTrainee(preferences: Preferences): Trainee | undefined {
  const t = preferences.read(key) as Partial<Trainee> | null | undefined;
  if (!t || typeof t.name !== 'string' || t.name.trim() === '') return undefined;
  return {
    name: t.name,
    code: typeof t.code === 'string' ? t.code : '',
    mode: isCaseMode(t.mode) ? t.mode : 'practice',
    ...(typeof t.classCode === 'string' && t.classCode.trim() ? { classCode: t.classCode } : {}),
  };
}

export function saveTrainee(preferences: Preferences, trainee: Trainee): void {
  preferences.write(key, trainee);
}

/** Forgets the trainee remembered in this browser ("Salir" on a shared PC). */
export function forgetTrainee(preferences: Preferences): void {
  preferences.write(key, undefined);
}
