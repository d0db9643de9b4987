import { caseCatalog } from '../cases/case-catalog.ts';
import type { Language } from '../core/language.ts';
import type { SessionRecord } from '../core/record/session-record.ts';
import type { Strings } from '../i18n/translate.ts';
import { casesInProgress, dropCaseProgress } from '../session/home-summary.ts';
import type { RecordStore } from '../session/record-store.ts';
import { caseSelect } from './case-select.ts';
import { finishedCases } from './finished-cases.ts';

export interface HomeInput {
  readonly store: RecordStore;
  readonly strings: Strings;
  readonly lang: Language;
  readonly trainee: { readonly name: string; readonly code: string } | undefined;
  readonly records: readonly SessionRecord[];
  /** In a class: the cases its instructor assigned, shown first. */
  readonly assigned?: readonly string[] | undefined;
  readonly onPick: (caseId: string) => void;
  /** Reopens the debrief of a finished attempt. */
  readonly onOpenDebrief?: (record: SessionRecord) => void;
  readonly onSettings: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * The case list of a returning trainee, with the cases they left halfway read from the store;
 * the last finished case first and every finished attempt after the list, each reopening its debrief.
 */
export async function homeScreen(input: HomeInput): Promise<HTMLElement> {
  const { store, lang, trainee } = input;
  const ids = caseCatalog.map((c) => c.caseId);
  const inProgress = trainee ? await casesInProgress(store, ids, lang, trainee) : new Map<string, number>();
  const onRestart = (caseId: string) => {
    if (!trainee) return;
    dropCaseProgress(store, caseId, lang, trainee).then(() => input.onPick(caseId), input.onError);
  };
  const { strings, records, onPick, onSettings } = input;
  const home = caseSelect({
    strings,
    lang,
    cases: caseCatalog,
    records,
    inProgress,
    assigned: input.assigned ?? [],
    onRestart,
    onPick,
    onSettings,
  });
  const { onOpenDebrief } = input;
  const finished = onOpenDebrief && finishedCases(records, lang, onOpenDebrief);
  if (finished) {
    home.querySelector('.select-head')?.after(finished.last);
    home.append(finished.list);
  }
  return home;
}
