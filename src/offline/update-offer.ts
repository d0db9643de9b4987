import type { OfflineNotices } from './offline-notices.ts';

/**
 * The service worker's life as the trainee sees it (registerType `prompt`): a new version waits
 * until the trainee accepts it from a notice that only shows outside a case; then the waiting
 * worker takes over and this page reloads. A page that did not ask (another tab accepted the
 * update) never reloads by itself: it offers a reload, again only outside a case.
 */
export class UpdateOffer {
  private asked = false;
  private update: (() => Promise<void>) | undefined;

  constructor(
    private readonly notices: OfflineNotices,
    private readonly reload: () => void,
  ) {}

  /** What tells the waiting worker to take over (registerSW's return value). */
  bind(update: () => Promise<void>): void {
    this.update = update;
  }

  /** A new version is installed and waits. */
  readonly waiting = (): void => {
    this.notices.show('update', {
      outsideCases: true,
      text: (s) => s.updateReady,
      action: { label: (s) => s.updateNow, run: () => this.accept() },
    });
  };

  /** The waiting worker took over: this page reloads if it asked, otherwise it offers to. */
  readonly controlling = (): void => {
    if (this.asked) return this.reload();
    this.notices.hide('update');
    this.notices.show('updatedElsewhere', {
      outsideCases: true,
      text: (s) => s.updatedElsewhere,
      action: { label: (s) => s.reloadNow, run: () => this.reload() },
    });
  };

  /** The first visit's precache is complete: every case works offline from now on. */
  readonly offlineReady = (): void => {
    this.notices.show('offlineReady', {
      outsideCases: true,
      text: (s) => s.offlineReady,
      dismiss: () => undefined,
    });
  };

  private accept(): void {
    if (this.asked) return;
    this.asked = true;
    this.notices.show('update', {
      outsideCases: true,
      busy: true,
      text: (s) => s.updateReady,
      action: { label: (s) => s.updateNow, run: () => undefined },
    });
    // Without a worker to message (it went away), a reload is the update.
    (this.update?.() ?? Promise.reject(new Error('no update'))).catch(() => this.reload());
  }
}
