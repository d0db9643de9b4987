import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';

/**
 * The debrief's code could not be fetched (the network went away before the trainee's first
 * reading pause loaded it, and no offline copy exists yet). The record is stored and the page
 * remembers the debrief to show, so reloading once the connection is back opens it: that happens
 * by itself on `online`, or at once with the button. It stands for that record's debrief
 * (`data-record-id`), so the page keeps remembering it.
 */
export function resultWaits(
  strings: Strings,
  recordId: string,
  win: Window,
  reload = () => win.location.reload(),
): HTMLElement {
  const again = () => {
    win.removeEventListener('online', again);
    reload();
  };
  win.addEventListener('online', again);
  const status = h('p', { role: 'status' });
  // A reload without a connection would only show the browser's error page.
  const retry = () => (win.navigator.onLine ? again() : (status.textContent = strings.resultWaitsOffline));
  return h(
    'main',
    {
      class: 'class-exit',
      'data-result-waits': true,
      'data-record-id': recordId,
      'aria-labelledby': 'result-waits-title',
    },
    h('h1', { id: 'result-waits-title', tabindex: -1 }, strings.resultWaitsTitle),
    h('p', {}, strings.resultWaitsText),
    status,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: retry }, strings.resultWaitsRetry),
    ),
  );
}
