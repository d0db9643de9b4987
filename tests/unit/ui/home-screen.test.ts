import { describe, expect, it, vi } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import type { CaseAutosave } from '../../../src/session/record-store.ts';
import { casesInProgress, dropCaseProgress } from '../../../src/session/home-summary.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { homeScreen } from '../../../src/ui/home-screen.ts';

const trainee = { name: 'Ana', code: 'CAD-1' };

function save(
  sessionId: string,
  caseId: string,
  choices: number[],
  savedAt: number,
  who = trainee,
): CaseAutosave {
  return {
    saveVersion: 2,
    sessionId,
    caseId,
    language: 'es',
    mode: 'practice',
    trainee: who,
    storyHash: 'a'.repeat(64),
    seed: 1,
    startedAt: 1,
    savedAt,
    run: { choices },
  };
}

async function storeWithSaves(): Promise<InMemoryRecordStore> {
  const store = new InMemoryRecordStore();
  await store.saveProgress(save('s-old', 'lost_child_5', [0], 10));
  await store.saveProgress(save('s-new', 'lost_child_5', [0, 1, 2], 20));
  await store.saveProgress(save('s-other', 'theft_16', [0, 0, 0, 0], 30, { name: 'Otra', code: 'CAD-1' }));
  store.putRaw('autosave', 's-bad', { caseId: 'quechua_11', language: 'es', trainee, run: 'garbage' });
  return store;
}

describe('the cases a trainee left halfway', () => {
  it('continue at the decision after their newest save; others’ and unreadable saves show nothing', async () => {
    const store = await storeWithSaves();
    const found = await casesInProgress(store, ['lost_child_5', 'theft_16', 'quechua_11'], 'es', trainee);
    expect([...found.entries()]).toEqual([['lost_child_5', 4]]);
    expect(await store.listSetAside()).toEqual([]);
  });

  it('start over: the trainee’s saves of that case are dropped, nobody else’s', async () => {
    const store = await storeWithSaves();
    await dropCaseProgress(store, 'lost_child_5', 'es', trainee);
    expect(await casesInProgress(store, ['lost_child_5'], 'es', trainee)).toEqual(new Map());
    expect(await store.loadProgress('s-other')).toBeDefined();
  });

  it('the home shows "continue at decision 4" on the card and starts over from its button', async () => {
    const store = await storeWithSaves();
    const onPick = vi.fn();
    const strings = stringsFor('es');
    const view = await homeScreen({
      store,
      strings,
      lang: 'es',
      trainee,
      records: [],
      onPick,
      onSettings: vi.fn(),
      onError: vi.fn(),
    });
    expect(view.querySelector('[data-continue="lost_child_5"]')?.textContent).toBe(strings.continueAt(4));
    view.querySelector<HTMLButtonElement>('[data-restart="lost_child_5"]')?.click();
    await vi.waitFor(() => expect(onPick).toHaveBeenCalledWith('lost_child_5'));
    expect(await casesInProgress(store, ['lost_child_5'], 'es', trainee)).toEqual(new Map());
  });
});
