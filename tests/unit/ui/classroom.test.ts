import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { InMemoryOutboxStore } from '../../../src/adapters/storage/in-memory-outbox-store.ts';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import { es } from '../../../src/i18n/es.ts';
import type { CaseLocks } from '../../../src/session/case-lock.ts';
import { App } from '../../../src/ui/app.ts';
import { Classroom } from '../../../src/ui/classroom.ts';
import { FixedClock } from '../../support/fixed-clock.ts';
import { FakeClassServer, ManualTimers } from '../session/fake-class-server.ts';

const traineeKey = 'primer-contacto:trainee';

function boot(options: { classroom?: Classroom; locks?: CaseLocks; store?: InMemoryRecordStore } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  let ids = 0;
  const store = options.store ?? new InMemoryRecordStore();
  const app = new App({
    root,
    preferences: new LocalStoragePreferences(localStorage),
    store,
    audio: new SilentAudioPlayer(),
    clock: new FixedClock(),
    newId: () => `new-${++ids}`,
    createStage: () => new Promise(() => {}),
    authorAllowed: false,
    prefersReducedMotion: true,
    classroom: options.classroom,
    locks: options.locks,
  });
  if (options.classroom) root.before(options.classroom.bar.element);
  return { root, store, done: app.boot('') };
}

function classroomWith(server: FakeClassServer, records: InMemoryRecordStore) {
  const outboxStore = new InMemoryOutboxStore();
  const timers = new ManualTimers();
  const classroom = new Classroom({
    api: server,
    outboxStore,
    records,
    clock: new FixedClock(),
    preferences: new LocalStoragePreferences(localStorage),
    strings: es,
    outbox: { timers },
    exitWaitMs: 50,
  });
  return { classroom, outboxStore, timers };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

function fill(root: HTMLElement, values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values))
    root.querySelector<HTMLInputElement>(`#${id}`)!.value = value;
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
}

/** Opens lost_child_5 from the case list and makes the first choice. */
async function playFirstChoice(root: HTMLElement): Promise<void> {
  root.querySelector<HTMLButtonElement>('[data-case="lost_child_5"]')!.click();
  root.querySelector<HTMLButtonElement>('[data-start-case]')!.click();
  await until(() => root.querySelector('[data-choice-index]:not([disabled])') !== null);
  root.querySelector<HTMLButtonElement>('[data-choice-index]:not([disabled])')!.click();
}

function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

const statusLine = () => document.querySelector<HTMLElement>('[data-class-status]');

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the app without a class server', () => {
  it('never touches the network, and shows no class code field nor status line', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { root, store, done } = boot();
    await done;
    expect(root.querySelector('#class-code')).toBeNull();
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1' });
    await until(() => root.querySelector('.case-list') !== null);
    await playFirstChoice(root);
    await until(() => root.querySelector('.dialogue[data-step="1"]') !== null);
    expect((await store.findProgress('lost_child_5', 'es', 'CAD-1')).length).toBe(1);
    expect(statusLine()).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('the app with a class server', () => {
  it('asks for the class code and says plainly when it is unknown', async () => {
    const server = new FakeClassServer();
    const records = new InMemoryRecordStore();
    const { classroom } = classroomWith(server, records);
    const { root, done } = boot({ classroom, store: records });
    await done;
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1', 'class-code': 'WRONG' });
    await until(() => root.querySelector('#class-code-error')?.textContent === es.classroom.unknownClass);
    expect(root.querySelector('#class-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.case-list')).toBeNull();
  });

  it("puts the instructor's assigned cases first, marked, and remembers them when the server is down", async () => {
    const server = new FakeClassServer();
    server.assignedCases = ['theft_16', 'lost_child_5'];
    const records = new InMemoryRecordStore();
    const { classroom } = classroomWith(server, records);
    const { root, done } = boot({ classroom, store: records });
    await done;
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1', 'class-code': 'AULA-1' });
    await until(() => root.querySelector('.case-list') !== null);
    const order = () =>
      [...root.querySelectorAll('.case-list [data-case]')].map((b) => b.getAttribute('data-case'));
    expect(order().slice(0, 2)).toEqual(['theft_16', 'lost_child_5']);
    expect(order()).toHaveLength(8);
    const marked = [...root.querySelectorAll('.case-card[data-assigned="true"] [data-case]')];
    expect(marked.map((b) => b.getAttribute('data-case'))).toEqual(['theft_16', 'lost_child_5']);
    expect(root.querySelector('.case-card[data-assigned] .assigned-badge')?.textContent).toBe(
      es.assignedByInstructor,
    );
    // offline: the list the server gave last time
    server.down = true;
    expect(await classroom.assignedCases(50)).toEqual(['theft_16', 'lost_child_5']);
    // an unknown credential is not an answer either; a class that assigns nothing keeps the catalogue order
    server.down = false;
    server.assignedCases = [];
    expect(await classroom.assignedCases(50)).toEqual([]);
  });

  it('offers to continue when the server is unreachable, queues the choices, and sends them when it is back', async () => {
    const server = new FakeClassServer();
    server.down = true;
    const records = new InMemoryRecordStore();
    const { classroom, outboxStore } = classroomWith(server, records);
    const { root, done } = boot({ classroom, store: records });
    await done;
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1', 'class-code': 'aula-1' });
    await until(() => root.querySelector('[data-continue-offline]') !== null);
    expect(root.querySelector('[data-start-problem]')?.textContent).toContain(es.classroom.unreachable);
    root.querySelector<HTMLButtonElement>('[data-continue-offline]')!.click();
    await until(() => root.querySelector('.case-list') !== null);
    expect(JSON.parse(localStorage.getItem(traineeKey)!)).toMatchObject({ classCode: 'aula-1' });
    await playFirstChoice(root);
    await until(() => statusLine()?.dataset.classStatus === 'offline');
    expect(statusLine()?.textContent).toBe(es.classroom.offline(1));
    expect(statusLine()?.getAttribute('aria-live')).toBe('polite');
    server.down = false;
    window.dispatchEvent(new Event('online')); // not started in this test: retry by hand, as the listener would
    await classroom.outbox.retryNow();
    await until(() => statusLine()?.dataset.classStatus === 'saved');
    expect(statusLine()?.textContent).toBe(es.classroom.saved);
    expect([...server.progress.values()]).toEqual([[expect.any(Number)]]);
    expect(await outboxStore.list()).toEqual([]);
  });

  it('"Salir" removes the trainee from this browser once the server has everything; the next person starts at the start screen', async () => {
    const server = new FakeClassServer();
    const records = new InMemoryRecordStore();
    const { classroom, outboxStore } = classroomWith(server, records);
    const { root, done } = boot({ classroom, store: records });
    await done;
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1', 'class-code': 'AULA-1' });
    await until(() => root.querySelector('.case-list') !== null);
    await playFirstChoice(root);
    await until(() => root.querySelector('.dialogue[data-step="1"]') !== null);
    await classroom.outbox.idle();
    document.querySelector<HTMLButtonElement>('[data-class-exit]')!.click();
    await until(() => root.querySelector('#trainee-name') !== null);
    expect(root.querySelector<HTMLInputElement>('#trainee-name')!.value).toBe('');
    expect(localStorage.getItem(traineeKey)).toBeNull();
    expect(localStorage.getItem('primer-contacto:active')).toBeNull();
    expect(await records.findProgress('lost_child_5', 'es', 'CAD-1')).toEqual([]);
    expect(await outboxStore.list()).toEqual([]);
    expect(classroom.links.current).toBeUndefined();
    expect(document.querySelector<HTMLElement>('.class-bar')!.hidden).toBe(true);
  });

  it('"Salir" while the server is down deletes nothing, offers the file, and only then lets the trainee leave', async () => {
    const server = new FakeClassServer();
    const records = new InMemoryRecordStore();
    const { classroom, outboxStore } = classroomWith(server, records);
    const { root, done } = boot({ classroom, store: records });
    await done;
    fill(root, { 'trainee-name': 'Ana', 'trainee-code': 'CAD-1', 'class-code': 'AULA-1' });
    await until(() => root.querySelector('.case-list') !== null);
    server.down = true;
    await playFirstChoice(root);
    await until(() => root.querySelector('.dialogue[data-step="1"]') !== null);
    await classroom.outbox.idle();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    document.querySelector<HTMLButtonElement>('[data-class-exit]')!.click();
    await until(() => root.querySelector('[data-exit-state="undelivered"]') !== null);
    expect(root.querySelector('[data-exit-state]')?.textContent).toBe(es.classroom.exitPending(1));
    expect(await outboxStore.list()).toHaveLength(1);
    expect(await records.findProgress('lost_child_5', 'es', 'CAD-1')).toHaveLength(1);
    const anyway = root.querySelector<HTMLButtonElement>('[data-exit-anyway]')!;
    expect(anyway.disabled).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-download-pending]')!.click();
    expect(created).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await textOf(created.mock.calls[0]![0] as Blob)) as { uploads: unknown[] };
    expect(file.uploads).toHaveLength(1);
    expect(anyway.disabled).toBe(false);
    anyway.click();
    await until(() => root.querySelector('#trainee-name') !== null);
    expect(await outboxStore.list()).toEqual([]);
    expect(await records.findProgress('lost_child_5', 'es', 'CAD-1')).toEqual([]);
  });

  it('tells a second tab that the case is open elsewhere, and takes it over on request', async () => {
    const claims: boolean[] = [];
    let lost = () => {};
    const locks: CaseLocks = {
      claim: (_name, steal, onLost) => {
        claims.push(steal);
        lost = onLost;
        return Promise.resolve(steal ? 'held' : 'busy');
      },
      release: () => undefined,
    };
    localStorage.setItem(traineeKey, JSON.stringify({ name: 'Ana', code: 'CAD-1', mode: 'practice' }));
    const { root, done } = boot({ locks });
    await done;
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => root.querySelector('.case-list') !== null);
    root.querySelector<HTMLButtonElement>('[data-case="lost_child_5"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-start-case]')!.click();
    await until(() => root.querySelector('[data-case-elsewhere="open"]') !== null);
    expect(root.querySelector('h1')?.textContent).toBe(es.classroom.elsewhereTitle);
    root.querySelector<HTMLButtonElement>('[data-take-over]')!.click();
    await until(() => root.querySelector('[data-choice-index]') !== null);
    // the note asks first, quietly; the start asks again and is told; taking over steals it
    expect(claims).toEqual([false, false, true]);
    lost(); // another tab takes it
    await until(() => root.querySelector('[data-case-elsewhere="taken"]') !== null);
  });
});
