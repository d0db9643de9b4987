import type { Strings } from '../i18n/translate.ts';
import type { OutboxStatus } from '../session/outbox.ts';
import { h } from './dom.ts';
import './class-status.css';

/** How long a send may take before "pending" is shown (so each choice does not flicker and chatter). */
const pendingAfterMs = 1_500;

/**
 * The small plain line saying whether the trainee's work reached the class
 * ("Guardado en el aula" / "Pendiente de envío (n)"), in a polite live region, with
 * `data-class-status="saved|pending|offline"`, and the "Salir" button of a shared PC.
 */
export class ClassStatusBar {
  readonly element: HTMLElement;
  private readonly line = h('p', { role: 'status', 'aria-live': 'polite', 'data-class-status': 'saved' });
  private readonly exit: HTMLButtonElement;
  private strings: Strings;
  private status: OutboxStatus = { state: 'saved', pending: 0, problems: 0 };
  private shown: OutboxStatus['state'] = 'saved';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(strings: Strings, onExit: () => void) {
    this.strings = strings;
    this.exit = h('button', {
      type: 'button',
      class: 'class-exit-button',
      'data-class-exit': true,
      onclick: onExit,
    });
    this.element = h('div', { class: 'class-bar', hidden: true }, this.line, this.exit);
    this.render();
  }

  /** Shows the bar (a trainee is in a class) or hides it, in the language of `strings`. */
  show(strings: Strings, visible: boolean): void {
    this.strings = strings;
    this.element.hidden = !visible;
    this.render();
  }

  update(status: OutboxStatus): void {
    this.status = status;
    clearTimeout(this.timer);
    if (status.state !== 'pending' || this.shown !== 'saved') return this.showState(status.state);
    this.timer = setTimeout(() => this.showState(this.status.state), pendingAfterMs);
  }

  private showState(state: OutboxStatus['state']): void {
    this.shown = state;
    this.render();
  }

  private render(): void {
    const t = this.strings.classroom;
    const { pending, problems } = this.status;
    const state = this.shown;
    const said = state === 'saved' ? t.saved : state === 'offline' ? t.offline(pending) : t.pending(pending);
    this.line.dataset.classStatus = state;
    this.line.textContent = problems > 0 ? `${said} ${t.problems(problems)}` : said;
    this.exit.textContent = t.exit;
  }
}
