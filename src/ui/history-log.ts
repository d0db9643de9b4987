import type { Language } from '../core/language.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { lineCaptions, speakerName } from './line-text.ts';
import { builtInCast, type Cast } from '../core/story/cast.ts';

/**
 * The decisions so far, one entry each: "3. Tú: …" with what was said before it folded
 * underneath (closed), so the panel does not repeat the dialogue that is on screen. The lines
 * themselves are announced by the dialogue; this log stays quiet (`aria-live="off"`) so a
 * screen reader does not hear them twice.
 */
export class HistoryLog {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private pending: HTMLElement[] = [];

  constructor(
    private readonly strings: Strings,
    private readonly cast: Cast = builtInCast,
  ) {
    this.list = h('ol', { class: 'history-list' });
    this.element = h(
      'section',
      { class: 'history', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title', class: 'panel-title' }, strings.history),
      h(
        'div',
        {
          class: 'history-scroll',
          role: 'log',
          'aria-live': 'off',
          tabindex: 0,
          'aria-labelledby': 'history-title',
        },
        this.list,
      ),
    );
  }

  /** Lines said before the next decision; they join that decision's entry. */
  addLines(lines: readonly StoryLine[], lang: Language): void {
    for (const line of lines) {
      for (const caption of lineCaptions(line, lang))
        this.pending.push(h('li', { class: 'caption' }, caption));
      if (line.text === '') continue;
      const name = speakerName(line, lang, this.cast);
      this.pending.push(
        h(
          'li',
          { class: name ? 'said' : 'narration' },
          name ? h('strong', {}, `${name}: `) : null,
          line.text,
        ),
      );
    }
  }

  addChoice(text: string): void {
    const n = this.list.children.length + 1;
    const said = this.pending;
    this.pending = [];
    this.list.append(
      h(
        'li',
        { class: 'choice', 'data-turn': n },
        h('p', { class: 'turn-choice' }, this.strings.historyTurn(n, text)),
        said.length > 0
          ? h(
              'details',
              { class: 'turn-lines' },
              h('summary', {}, this.strings.historyLines),
              h('ol', {}, ...said),
            )
          : null,
      ),
    );
    this.scrollToEnd();
  }

  /** On the next frame, so a click does not pay for a forced layout. */
  private scrollToEnd(): void {
    const scroller = this.list.parentElement;
    if (scroller) requestAnimationFrame(() => (scroller.scrollTop = scroller.scrollHeight));
  }
}
