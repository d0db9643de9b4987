import type { Language } from '../core/language.ts';
import { h } from '../ui/dom.ts';
import { offlineStrings, type OfflineStrings } from './offline-strings.ts';

/** The notices of the offline app, each at most once on the page. */
export type NoticeKey = 'update' | 'updatedElsewhere' | 'offlineReady' | 'keepDataRefused';

export interface Notice {
  readonly text: (s: OfflineStrings) => string;
  /** A button that does something (update, reload). */
  readonly action?: { readonly label: (s: OfflineStrings) => string; readonly run: () => void };
  /** Shown only while no case is being played (an update never interrupts a case). */
  readonly outsideCases?: boolean;
  /** A button that closes the notice, and what else to do then. */
  readonly dismiss?: () => void;
  /** The action was started: its button is disabled and says so. */
  readonly busy?: boolean;
}

/**
 * A polite status region outside the simulator's #app (so the app's own screens and notices
 * never replace it), shown at the bottom of the window (offline.css), with the offline app's
 * notices in the page's language; one that must not interrupt a case waits, hidden, until the
 * case is left.
 */
export class OfflineNotices {
  readonly element = h('div', { class: 'offline-notices', role: 'status', 'aria-live': 'polite' });
  private readonly notices = new Map<NoticeKey, Notice>();
  private inCase = false;

  constructor(private readonly lang: () => Language) {}

  show(key: NoticeKey, notice: Notice): void {
    this.notices.set(key, notice);
    this.render();
  }

  hide(key: NoticeKey): void {
    if (this.notices.delete(key)) this.render();
  }

  has(key: NoticeKey): boolean {
    return this.notices.has(key);
  }

  /** Whether a case is being played now (the case screen is the one shown). */
  setInCase(inCase: boolean): void {
    if (inCase === this.inCase) return;
    this.inCase = inCase;
    this.render();
  }

  /** Draws the notices again (after a change of language, too). */
  render(): void {
    const s = offlineStrings(this.lang());
    const shown = [...this.notices].filter(([, n]) => !(n.outsideCases && this.inCase));
    this.element.replaceChildren(
      ...shown.map(([key, n]) =>
        h(
          'p',
          { 'data-offline-notice': key },
          h('span', {}, n.text(s)),
          n.action &&
            h(
              'button',
              {
                type: 'button',
                class: 'primary',
                'data-offline-action': key,
                disabled: n.busy === true,
                onclick: () => n.action?.run(),
              },
              n.busy ? s.updating : n.action.label(s),
            ),
          n.dismiss &&
            h(
              'button',
              {
                type: 'button',
                'data-offline-dismiss': key,
                onclick: () => {
                  this.hide(key);
                  n.dismiss?.();
                },
              },
              s.dismiss,
            ),
        ),
      ),
    );
    // As much room at the end of the page as the notices take, so they never hide its end.
    const body = this.element.ownerDocument.body;
    body.style.paddingBottom = shown.length > 0 ? `${this.element.offsetHeight}px` : '';
  }
}
