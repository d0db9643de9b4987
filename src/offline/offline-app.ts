import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { Language } from '../core/language.ts';
import { keepData } from './keep-data.ts';
import { OfflineNotices } from './offline-notices.ts';
import { UpdateOffer } from './update-offer.ts';

export interface OfflineAppDeps {
  readonly window: Window;
  /** The simulator's #app: the notices go just above it; its screen tells whether a case is on. */
  readonly root: HTMLElement;
  readonly storage: Storage | undefined;
  /** registerSW of `virtual:pwa-register` (vite-plugin-pwa). */
  readonly register: (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;
  /** The dev server: no worker; one left from a production build on this origin is removed. */
  readonly dev: boolean;
  readonly now?: () => number;
}

/** How often, at most, a page left open looks for a new version when a case is left. */
export const updateCheckEveryMs = 60 * 60 * 1000;

/**
 * The installable, offline simulator in the page: registers the service worker (which precaches
 * every case, picture and sound), offers a new version outside cases only, and asks the browser to
 * keep the data. Not in a frame (an LMS), nor without service workers.
 */
export function startOfflineApp(deps: OfflineAppDeps): OfflineNotices | undefined {
  const { window, root, register } = deps;
  const worker = window.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (deps.dev) {
    void worker?.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return undefined;
  }
  if (!worker || window.top !== window.self) return undefined;
  const html = window.document.documentElement;
  const lang = (): Language => (html.lang.startsWith('en') ? 'en' : 'es');
  const notices = new OfflineNotices(lang);
  root.before(notices.element);
  const offer = new UpdateOffer(notices, () => window.location.reload());

  const now = deps.now ?? (() => Date.now());
  let registration: ServiceWorkerRegistration | undefined;
  let checked = now();
  const onScreen = () => {
    const inCase = root.querySelector(':scope > .case-screen') !== null;
    notices.setInCase(inCase);
    if (!inCase && registration && now() - checked >= updateCheckEveryMs) {
      checked = now();
      registration.update().catch(() => undefined); // offline: the next check will do
    }
  };
  new MutationObserver(onScreen).observe(root, { childList: true });
  new MutationObserver(() => notices.render()).observe(html, { attributes: true, attributeFilter: ['lang'] });
  onScreen();

  // A new worker took over (the trainee accepted it here or in another tab). The first worker
  // claiming a page that had none (the first visit) is not an update.
  let controlled = worker.controller !== null;
  worker.addEventListener('controllerchange', () => {
    if (controlled) offer.controlling();
    controlled = true;
  });
  offer.bind(
    register({
      onNeedRefresh: offer.waiting,
      onOfflineReady: offer.offlineReady,
      // registerSW would reload every tab, a case included; the listener above decides instead.
      onNeedReload: () => undefined,
      onRegisteredSW: (_url, r) => (registration = r),
    }),
  );
  void keepData(window.navigator.storage, notices, deps.storage);
  return notices;
}
