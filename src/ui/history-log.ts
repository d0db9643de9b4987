import type { Language } from '../core/protocol/localized.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { lineCaptions, speakerName } from './line-text.ts';

/**
 * Everything said so far, as a `role="log"` live region: screen readers announce each
 * new line once, and the trainee can scroll back at any time.
 */
export class HistoryLog {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;

  constructor(strings: Strings) {
    this.list = h('ol', { class: 'history-list' });
    this.element = h(
      'section',
      { class: 'history', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title', class: 'panel-title' }, strings.history),
      h('div', { class: 'history-scroll', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: 0, 'aria-labelledby': 'history-title' }, this.list),
    );
  }

  addLines(lines: readonly StoryLine[], lang: Language): void {
    for (const line of lines) {
      for (const caption of lineCaptions(line, lang)) this.list.append(h('li', { class: 'caption' }, caption));
      if (line.text === '') continue;
      const name = speakerName(line, lang);
      this.list.append(h('li', { class: name ? 'said' : 'narration' }, name ? h('strong', {}, `${name}: `) : null, line.text));
    }
    this.scrollToEnd();
  }

  addChoice(text: string, youLabel: string): void {
    this.list.append(h('li', { class: 'choice' }, h('strong', {}, `${youLabel}: `), text));
    this.scrollToEnd();
  }

  /** On the next frame, so a click does not pay for a forced layout. */
  private scrollToEnd(): void {
    const scroller = this.list.parentElement;
    if (scroller) requestAnimationFrame(() => (scroller.scrollTop = scroller.scrollHeight));
  }
}
