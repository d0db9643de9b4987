import type { Language } from '../core/language.ts';
import type { Verdict } from '../core/protocol/verdict.ts';
import type { Strings } from '../i18n/translate.ts';
import { h, mount } from './dom.ts';
import { loadStandardTexts, standardTextsNow } from './standard-texts.ts';

/**
 * Wide, tall screens show the coach's explanation open; a phone, a short laptop screen (under
 * 760 px) or large text shows the ✓/✗ lines and opens the why on demand.
 */
const wideScreen = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(min-width: 900px) and (min-height: 760px)').matches &&
  !document.documentElement.classList.contains('large-text');

/**
 * Practice mode: the coach comments each choice at once, from the machine's verdicts. It sits
 * before the next lines and options, and its body is a polite live region, so a screen reader
 * hears the comment after each choice. `data-coach` marks it for outside checks.
 */
export class CoachPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private shown = 0;

  constructor(private readonly strings: Strings) {
    this.body = h(
      'div',
      { class: 'coach-body', 'aria-live': 'polite', 'aria-atomic': 'true' },
      h('p', { class: 'coach-waiting' }, strings.coachWaiting),
    );
    this.element = h(
      'aside',
      { class: 'coach', 'data-coach': '', 'aria-labelledby': 'coach-title' },
      h('h2', { id: 'coach-title', class: 'panel-title' }, strings.coachTitle),
      this.body,
    );
  }

  /** Shows the verdicts of a choice, after `lead` (a comment on a typed question) when given. */
  show(verdicts: readonly Verdict[], lang: Language, lead?: HTMLElement): void {
    const shown = ++this.shown;
    this.element.dataset.shown = 'true';
    if (verdicts.length === 0) return mount(this.body, lead ?? null, h('p', {}, this.strings.coachNeutral));
    const standardWithId = standardTextsNow();
    if (!standardWithId) {
      void loadStandardTexts().then(() => shown === this.shown && this.show(verdicts, lang, lead));
      return;
    }
    const open = wideScreen();
    mount(
      this.body,
      lead ?? null,
      h(
        'ul',
        { class: 'coach-list' },
        ...verdicts.map((v) => {
          const standard = standardWithId(v.standard);
          const met = v.outcome === 'met';
          return h(
            'li',
            { class: met ? 'met' : `violated ${v.severity}` },
            h(
              'strong',
              {},
              `${met ? '✓ ' + this.strings.coachMet : '✗ ' + this.strings.coachViolated} · ${v.standard} ${standard.title[lang]}`,
            ),
            met ? null : h('span', { class: 'severity' }, ` (${this.strings.severity[v.severity]})`),
            this.explanation(met ? standard.why[lang] : standard.feedback[lang], open),
          );
        }),
      ),
    );
  }

  private explanation(text: string, open: boolean): HTMLElement {
    if (open) return h('p', { class: 'coach-why' }, text);
    return h('details', { class: 'coach-why' }, h('summary', {}, this.strings.coachWhy), h('p', {}, text));
  }
}
