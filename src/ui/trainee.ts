import type { CaseMode } from '../core/record/session-record.ts';
import { readStored, writeStored } from './stored-json.ts';

export interface Trainee {
  readonly name: string;
  readonly code: string;
  readonly mode: CaseMode;
}

const key = 'primer-contacto:trainee';

export function loadTrainee(storage: Storage | undefined): Trainee | undefined {
  const t = readStored(storage, key) as Partial<Trainee> | null | undefined;
  if (!t || typeof t.name !== 'string' || t.name.trim() === '') return undefined;
  return {
    name: t.name,
    code: typeof t.code === 'string' ? t.code : '',
    mode: t.mode === 'evaluation' ? 'evaluation' : 'practice',
  };
}

export function saveTrainee(storage: Storage | undefined, trainee: Trainee): void {
  writeStored(storage, key, trainee);
}
