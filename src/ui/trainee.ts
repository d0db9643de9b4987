import type { CaseMode } from '../core/record/session-record.ts';

export interface Trainee {
  readonly name: string;
  readonly code: string;
  readonly mode: CaseMode;
}

const key = 'primer-contacto:trainee';

export function loadTrainee(storage: Storage | undefined): Trainee | undefined {
  try {
    const t = JSON.parse(storage?.getItem(key) ?? 'null') as Partial<Trainee> | null;
    if (!t || typeof t.name !== 'string' || t.name.trim() === '') return undefined;
    return { name: t.name, code: typeof t.code === 'string' ? t.code : '', mode: t.mode === 'evaluation' ? 'evaluation' : 'practice' };
  } catch {
    return undefined;
  }
}

export function saveTrainee(storage: Storage | undefined, trainee: Trainee): void {
  try {
    storage?.setItem(key, JSON.stringify(trainee));
  } catch {
    // not remembered in a private window
  }
}
