import type { Language } from '../core/language.ts';
import { parseAutosave } from './autosave-schema.ts';
import type { RecordStore } from './record-store.ts';

type Trainee = { readonly name: string; readonly code: string };

/**
 * For the home: the decision (1-based) at which each of these cases would continue for this
 * trainee, from their newest readable autosave in this language. Read only: nothing is set aside
 * here (opening the case does that), and an unreadable save simply shows no progress.
 */
export async function casesInProgress(
  store: RecordStore,
  caseIds: readonly string[],
  language: Language,
  trainee: Trainee,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const caseId of caseIds) {
    const entries = await store.findProgress(caseId, language, trainee.code).catch(() => []);
    for (const { data } of entries) {
      const parsed = parseAutosave(data);
      if (!parsed.ok || parsed.save.trainee.name !== trainee.name) continue;
      found.set(caseId, parsed.save.run.choices.length + 1);
      break;
    }
  }
  return found;
}

/** "Empezar de nuevo": drops this trainee's saved progress of a case in a language, so it opens afresh. */
export async function dropCaseProgress(
  store: RecordStore,
  caseId: string,
  language: Language,
  trainee: Trainee,
): Promise<void> {
  for (const { data } of await store.findProgress(caseId, language, trainee.code)) {
    const parsed = parseAutosave(data);
    if (parsed.ok && parsed.save.trainee.name === trainee.name)
      await store.clearProgress(parsed.save.sessionId);
  }
}
