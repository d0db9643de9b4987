import type { Language } from '../core/language.ts';
import type { StoryLine, StoryOption } from '../core/story/story-step.ts';
import type { Strings } from '../i18n/translate.ts';
import { h, mount } from './dom.ts';
import { lineCaptions, speakerName } from './line-text.ts';
import { builtInCast, type Cast } from '../core/story/cast.ts';
import type { TextSpeed } from '../session/settings.ts';

const msPerChar: Readonly<Record<TextSpeed, number>> = { instant: 0, fast: 8, normal: 22 };

export interface DialogueCallbacks {
  readonly onChoose: (index: number) => void;
  /** Extra content under an option (the author view shows its actions). */
  readonly describeOption?: (option: StoryOption) => Node | null;
}

/**
 * The dialogue box over the station picture: the lines of the current step, then the
 * officer's options as real buttons (click, touch, or keys 1–9). There is never a time
 * limit; slow text can be shown at once with any key or a click.
 */
export class DialogueOverlay {
  readonly element: HTMLElement;
  private readonly linesBox: HTMLElement;
  private readonly optionsBox: HTMLElement;
  private options: readonly StoryOption[] = [];
  private revealDone: (() => void) | undefined;
  private busy = false;
  private skipReveal = false;

  constructor(
    private readonly strings: Strings,
    private readonly callbacks: DialogueCallbacks,
    private readonly cast: Cast = builtInCast,
    /** Shown between the lines and the options (the typed question at an open decision). */
    beforeOptions?: HTMLElement,
  ) {
    // The lines are a polite live region: after a choice, a screen reader hears the child's reaction.
    this.linesBox = h('div', { class: 'dialogue-lines', 'aria-live': 'polite' });
    this.optionsBox = h('div', {
      class: 'dialogue-options',
      role: 'group',
      'aria-label': strings.optionsLabel,
    });
    // One hint for a keyboard and mouse, one for touch screens (no keys, no Esc); CSS shows the one that fits.
    this.element = h(
      'section',
      { class: 'dialogue', 'aria-label': strings.narrativeLabel },
      this.linesBox,
      beforeOptions,
      this.optionsBox,
      h('p', { class: 'dialogue-hint hint-keys' }, strings.optionKeyHint),
      h('p', { class: 'dialogue-hint hint-touch' }, strings.optionTouchHint),
    );
    this.element.addEventListener('click', () => this.revealDone?.());
  }

  /** Shows a step: its lines (revealed at the chosen speed), then its options. */
  async show(
    lines: readonly StoryLine[],
    options: readonly StoryOption[],
    lang: Language,
    speed: TextSpeed,
    step: number,
  ): Promise<void> {
    this.element.dataset.step = String(step);
    this.options = [];
    this.skipReveal = false;
    mount(this.optionsBox);
    mount(this.linesBox);
    const shown = lines.filter((l) => l.text !== '' || l.sfx.length > 0).slice(-6);
    for (const line of shown) {
      const el = this.lineElement(line, lang);
      this.linesBox.append(el);
      if (msPerChar[speed] > 0 && !this.skipReveal) await this.pause(line.text.length * msPerChar[speed]);
    }
    this.revealDone = undefined;
    this.options = options;
    mount(this.optionsBox, ...options.map((o, i) => this.optionButton(o, i)));
    this.busy = false;
  }

  /** Keys 1–9 choose an option; any other key shows slow text at once. Returns true if used. */
  handleKey(event: KeyboardEvent): boolean {
    if (this.revealDone && (event.key === ' ' || event.key === 'Enter')) {
      this.revealDone();
      return true;
    }
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > 9) return false;
    const option = this.options[n - 1];
    if (!option) return false;
    this.pick(option.index);
    return true;
  }

  /** Focuses the first option without scrolling: the case screen decides what is in view. */
  focusFirstOption(): void {
    this.optionsBox.querySelector('button')?.focus({ preventScroll: true });
  }

  /** The last option button, to bring into view with the feedback above it. */
  lastOption(): HTMLElement | null {
    const all = this.optionsBox.querySelectorAll<HTMLElement>('button[data-choice-index]');
    return all[all.length - 1] ?? null;
  }

  disable(): void {
    this.optionsBox.querySelectorAll('button').forEach((b) => (b.disabled = true));
  }

  private pick(index: number): void {
    if (this.busy) return;
    this.busy = true;
    this.disable();
    this.callbacks.onChoose(index);
  }

  private optionButton(option: StoryOption, position: number): HTMLElement {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'option',
        'data-choice-index': option.index,
        onclick: () => this.pick(option.index),
      },
      h('span', { class: 'option-key', 'aria-hidden': 'true' }, String(position + 1)),
      h('span', { class: 'option-text' }, option.text),
    );
    const extra = this.callbacks.describeOption?.(option);
    return extra ? h('div', { class: 'option-row' }, button, extra) : button;
  }

  private lineElement(line: StoryLine, lang: Language): HTMLElement {
    const name = speakerName(line, lang, this.cast);
    const captions = lineCaptions(line, lang);
    return h(
      'p',
      { class: `line ${name ? 'said' : 'narration'}` },
      captions.length > 0 ? h('span', { class: 'caption' }, `${captions.join(' ')} `) : null,
      name ? h('strong', { class: 'speaker' }, `${name}: `) : null,
      line.text,
    );
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.min(ms, 4000));
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.revealDone = () => {
        this.revealDone = undefined;
        this.skipReveal = true;
        done();
      };
    });
  }
}
