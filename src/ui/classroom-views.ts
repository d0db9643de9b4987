import type { Strings } from '../i18n/translate.ts';
import type { Classroom } from './classroom.ts';
import type { Trainee } from '../session/trainee.ts';
import { h } from './dom.ts';

/** The remembered trainee: as is without a class server; with one, back in their class (or undefined: join first). */
export function inClass(
  classroom: Classroom | undefined,
  trainee: Trainee | undefined,
): Promise<Trainee | undefined> {
  return classroom ? classroom.resume(trainee) : Promise.resolve(trainee);
}

/** Tells the second tab that the case is open in another (or the first that it was taken over), and offers to continue here. */
export function caseElsewhere(
  strings: Strings,
  taken: boolean,
  onTakeOver: () => void,
  onCases: () => void,
): HTMLElement {
  const t = strings.classroom;
  return h(
    'main',
    {
      class: 'class-exit',
      'data-case-elsewhere': taken ? 'taken' : 'open',
      'aria-labelledby': 'elsewhere-title',
    },
    h('h1', { id: 'elsewhere-title', tabindex: -1 }, taken ? t.takenTitle : t.elsewhereTitle),
    h('p', {}, taken ? t.takenText : t.elsewhereText),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-take-over': true, onclick: onTakeOver },
        t.takeOver,
      ),
      h('button', { type: 'button', onclick: onCases }, t.toCases),
    ),
  );
}

export interface ExitViewOptions {
  readonly strings: Strings;
  /** Sends what is left; resolves with how many uploads the server still does not have (0: all deleted). */
  readonly end: () => Promise<number>;
  /** Offers what did not reach the server as a file. */
  readonly download: () => void;
  /** Deletes the trainee's data although the server does not have all of it (after the download). */
  readonly forget: () => Promise<void>;
  readonly onDone: () => void;
  readonly onStay: () => void;
}

/**
 * "Salir": says that what is left is being sent; when the server has everything the
 * session ends; otherwise says how much is missing and offers it as a file, and only
 * after that download lets the trainee leave and delete it from this browser.
 */
export function exitView(options: ExitViewOptions): HTMLElement {
  const t = options.strings.classroom;
  const said = h('p', { role: 'status', 'data-exit-state': 'sending' }, t.exitSending);
  const help = h('p', { hidden: true }, t.exitPendingHelp);
  const anyway = h('button', { type: 'button', 'data-exit-anyway': true, disabled: true }, t.exitAnyway);
  const retry = h('button', { type: 'button', hidden: true }, t.retry);
  const download = h(
    'button',
    { type: 'button', class: 'primary', 'data-download-pending': true, hidden: true },
    t.downloadPending,
  );
  const actions = h('div', { class: 'actions', hidden: true }, download, anyway, retry);
  // Not while sending: the session may end (and its data go) at any moment then.
  const stay = h('button', { type: 'button', disabled: true, onclick: options.onStay }, t.stay);
  const fail = (error: unknown) => {
    console.error(error);
    said.textContent = t.exitFailed(error instanceof Error ? error.message : String(error));
    said.dataset.exitState = 'failed';
    stay.disabled = false;
  };
  const run = async () => {
    actions.hidden = true;
    stay.disabled = true;
    said.textContent = t.exitSending;
    said.dataset.exitState = 'sending';
    const missing = await options.end();
    if (missing === 0) return options.onDone();
    said.textContent = t.exitPending(missing);
    said.dataset.exitState = 'undelivered';
    help.hidden = false;
    actions.hidden = false;
    download.hidden = false;
    retry.hidden = false;
    stay.disabled = false;
  };
  download.addEventListener('click', () => {
    options.download();
    anyway.disabled = false;
  });
  anyway.addEventListener('click', () => void options.forget().then(options.onDone, fail));
  retry.addEventListener('click', () => void run().catch(fail));
  queueMicrotask(() => void run().catch(fail));
  return h(
    'main',
    { class: 'class-exit', 'aria-labelledby': 'exit-title' },
    h('h1', { id: 'exit-title', tabindex: -1 }, t.exitTitle),
    said,
    help,
    actions,
    stay,
  );
}
