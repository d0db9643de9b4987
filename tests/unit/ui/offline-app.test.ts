import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { askToKeepData, keepData } from '../../../src/offline/keep-data.ts';
import { startOfflineApp, updateCheckEveryMs } from '../../../src/offline/offline-app.ts';
import { OfflineNotices } from '../../../src/offline/offline-notices.ts';
import { offlineStrings } from '../../../src/offline/offline-strings.ts';
import { UpdateOffer } from '../../../src/offline/update-offer.ts';

const es = offlineStrings('es');
const en = offlineStrings('en');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const noticeText = (el: HTMLElement, key: string) =>
  el.querySelector(`[data-offline-notice="${key}"] span`)?.textContent ?? null;
const action = (el: HTMLElement, key: string) =>
  el.querySelector<HTMLButtonElement>(`[data-offline-action="${key}"]`);

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('offline notices and the update offer', () => {
  let lang: 'es' | 'en';
  let notices: OfflineNotices;
  let reload: ReturnType<typeof vi.fn<() => void>>;
  let offer: UpdateOffer;
  beforeEach(() => {
    lang = 'es';
    notices = new OfflineNotices(() => lang);
    document.body.replaceChildren(notices.element);
    reload = vi.fn<() => void>();
    offer = new UpdateOffer(notices, reload);
  });

  it('offers a waiting version only outside a case, in the page language', () => {
    notices.setInCase(true);
    offer.waiting();
    expect(noticeText(notices.element, 'update')).toBeNull();
    notices.setInCase(false);
    expect(noticeText(notices.element, 'update')).toBe(es.updateReady);
    expect(action(notices.element, 'update')?.textContent).toBe(es.updateNow);
    lang = 'en';
    notices.render();
    expect(action(notices.element, 'update')?.textContent).toBe(en.updateNow);
    expect(notices.element.getAttribute('role')).toBe('status');
  });

  it('accepting tells the waiting worker once, then reloads when it takes over', async () => {
    const update = vi.fn(() => Promise.resolve());
    offer.bind(update);
    offer.waiting();
    action(notices.element, 'update')?.click();
    action(notices.element, 'update')?.click();
    expect(update).toHaveBeenCalledTimes(1);
    expect(action(notices.element, 'update')?.disabled).toBe(true);
    expect(action(notices.element, 'update')?.textContent).toBe(es.updating);
    await tick();
    expect(reload).not.toHaveBeenCalled();
    offer.controlling();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a page that did not ask never reloads by itself: it offers a reload outside a case', () => {
    offer.waiting();
    notices.setInCase(true);
    offer.controlling();
    expect(reload).not.toHaveBeenCalled();
    expect(notices.element.children).toHaveLength(0);
    notices.setInCase(false);
    expect(noticeText(notices.element, 'update')).toBeNull();
    expect(noticeText(notices.element, 'updatedElsewhere')).toBe(es.updatedElsewhere);
    action(notices.element, 'updatedElsewhere')?.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads when there is no worker left to tell', async () => {
    offer.bind(() => Promise.reject(new Error('gone')));
    offer.waiting();
    action(notices.element, 'update')?.click();
    await tick();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says once that the app works offline, until closed', () => {
    offer.offlineReady();
    expect(noticeText(notices.element, 'offlineReady')).toBe(es.offlineReady);
    notices.element.querySelector<HTMLButtonElement>('[data-offline-dismiss="offlineReady"]')?.click();
    expect(notices.has('offlineReady')).toBe(false);
    expect(notices.element.children).toHaveLength(0);
  });
});

describe('keeping the data', () => {
  it('asks only when not yet kept, and reports the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await askToKeepData({ persist, persisted: () => Promise.resolve(true) })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
    expect(await askToKeepData({ persist, persisted: () => Promise.resolve(false) })).toBe('granted');
    expect(await askToKeepData({ persist: () => Promise.resolve(false) })).toBe('refused');
    expect(await askToKeepData(undefined)).toBe('unsupported');
    expect(await askToKeepData({ persist: () => Promise.reject(new Error('blocked')) })).toBe('unsupported');
  });

  it('tells the trainee when the browser refuses, until the notice is closed once', async () => {
    const notices = new OfflineNotices(() => 'en');
    const remember = memoryStorage();
    const refuses = { persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) };
    expect(await keepData(refuses, notices, remember)).toBe('refused');
    expect(noticeText(notices.element, 'keepDataRefused')).toBe(en.keepDataRefused);
    notices.element.querySelector<HTMLButtonElement>('[data-offline-dismiss="keepDataRefused"]')?.click();
    expect(notices.has('keepDataRefused')).toBe(false);
    await keepData(refuses, notices, remember);
    expect(notices.has('keepDataRefused')).toBe(false);
    await keepData({ persist: () => Promise.resolve(true) }, new OfflineNotices(() => 'es'), memoryStorage());
    expect(notices.has('keepDataRefused')).toBe(false);
  });
});

describe('startOfflineApp', () => {
  class FakeWorkers extends EventTarget {
    controller: object | null = null;
    readonly registrations = [{ unregister: vi.fn(() => Promise.resolve(true)) }];
    getRegistrations = () => Promise.resolve(this.registrations);
  }
  let workers: FakeWorkers;
  let reload: ReturnType<typeof vi.fn<() => void>>;
  let fakeWindow: Window;
  let root: HTMLElement;
  let options: RegisterSWOptions | undefined;
  const register = (o: RegisterSWOptions) => ((options = o), () => Promise.resolve());
  const storageManager = { persist: () => Promise.resolve(true), persisted: () => Promise.resolve(false) };

  beforeEach(() => {
    workers = new FakeWorkers();
    reload = vi.fn<() => void>();
    options = undefined;
    root = document.createElement('div');
    root.id = 'app';
    document.body.replaceChildren(root);
    const w = {
      navigator: { serviceWorker: workers, storage: storageManager },
      document,
      location: { reload },
    } as unknown as Window & typeof globalThis;
    w.top = w;
    w.self = w;
    fakeWindow = w;
  });
  afterEach(() => document.body.replaceChildren());

  it('on the dev server registers nothing and removes a worker left on this origin', async () => {
    const started = startOfflineApp({ window: fakeWindow, root, storage: undefined, register, dev: true });
    await tick();
    expect(started).toBeUndefined();
    expect(options).toBeUndefined();
    expect(workers.registrations[0]?.unregister).toHaveBeenCalled();
  });

  it('in a frame (an LMS) does nothing', () => {
    (fakeWindow as { top: unknown }).top = {};
    expect(startOfflineApp({ window: fakeWindow, root, storage: undefined, register, dev: false })).toBe(
      undefined,
    );
    expect(options).toBeUndefined();
  });

  it('registers, hides the offer while the case screen is shown, and reloads only for an update', async () => {
    let now = 0;
    const notices = startOfflineApp({
      window: fakeWindow,
      root,
      storage: undefined,
      register,
      dev: false,
      now: () => now,
    });
    expect(notices?.element.nextElementSibling).toBe(root);
    const registration = { update: vi.fn(() => Promise.resolve()) };
    options?.onRegisteredSW?.('service-worker.js', registration as unknown as ServiceWorkerRegistration);
    // registerSW must never reload by itself (it would, in a case, without this hook)
    expect(typeof options?.onNeedReload).toBe('function');

    root.replaceChildren(Object.assign(document.createElement('main'), { className: 'case-screen' }));
    await tick();
    options?.onNeedRefresh?.();
    expect(notices?.element.querySelector('[data-offline-notice="update"]')).toBeNull();
    now = updateCheckEveryMs + 1;
    root.replaceChildren(Object.assign(document.createElement('main'), { className: 'home' }));
    await tick();
    expect(notices?.element.querySelector('[data-offline-notice="update"]')).not.toBeNull();
    expect(registration.update).toHaveBeenCalledTimes(1);

    // the first worker claiming this page (first visit) is not an update; the next one is
    workers.controller = {};
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    notices?.element.querySelector<HTMLButtonElement>('[data-offline-action="update"]')?.click();
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
