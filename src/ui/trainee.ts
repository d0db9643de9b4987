import { isCaseMode, type CaseMode } from '../core/record/session-record.ts';
import { readStored, writeStored } from './stored-json.ts';

export interface Trainee {
  readonly name: string;
  readonly code: string;
  readonly mode: CaseMode;
  /** The class joined, with a class server (absent without one). */
  readonly classCode?: string;
}

const key = 'primer-contacto:trainee';

export function loadTrainee(storage: Storage | undefined): Trainee | undefined {
  const t = readStored(storage, key) as Partial<Trainee> | null | undefined;
  if (!t || typeof t.name !== 'string' || t.name.trim() === '') return undefined;
  return {
    name: t.name,
    code: typeof t.code === 'string' ? t.code : '',
    mode: isCaseMode(t.mode) ? t.mode : 'practice',
    ...(typeof t.classCode === 'string' && t.classCode.trim() ? { classCode: t.classCode } : {}),
  };
}

export function saveTrainee(storage: Storage | undefined, trainee: Trainee): void {
  writeStored(storage, key, trainee);
}

/** Forgets the trainee remembered in this browser ("Salir" on a shared PC). */
export function forgetTrainee(storage: Storage | undefined): void {
  writeStored(storage, key, undefined);
}
