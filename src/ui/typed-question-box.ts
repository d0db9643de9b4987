import type { Language } from '../core/language.ts';
import type { Classification, QuestionReading } from '../core/questions/classify.ts';
import type { QuestionType } from '../core/questions/question-type.ts';
import type { TypedQuestion } from '../core/record/session-record.ts';
import type { StoryStep } from '../core/story/story-step.ts';
import { typedStrings, type TypedStrings } from '../i18n/typed-strings.ts';
import { h, mount } from './dom.ts';

/** A typed question ready to be answered: the option its type takes, what the record keeps, and the reading. */
export interface TypedAsk {
  readonly index: number;
  readonly typed: TypedQuestion;
  readonly reading: QuestionReading;
  /** The trainee picked the type among the likeliest two (the classifier was unsure). */
  readonly picked: boolean;
}

/** The classifier and its helpers, loaded when the first open decision is shown. */
const loadClassifier = () => import('../core/run/typed-question.ts');

/**
 * At an open decision: a labelled text field to type the question, classified on this device (nothing
 * is sent). When the classifier is unsure, the likeliest two readings are offered as
 * "¿Quisiste preguntar…?" buttons. The options stay beside it for anyone who prefers them.
 */
export class TypedQuestionBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly t: TypedStrings;
  private step: StoryStep | undefined;
  private busy = false;

  constructor(
    lang: Language,
    private readonly caseLang: Language,
    private readonly onAsk: (ask: TypedAsk) => void,
  ) {
    const t = (this.t = typedStrings(lang));
    this.input = h('input', {
      id: 'typed-question-text',
      type: 'text',
      maxlength: 500,
      autocomplete: 'off',
      spellcheck: 'true',
      'aria-describedby': 'typed-question-hint typed-question-status',
    });
    this.status = h('p', { id: 'typed-question-status', class: 'typed-status', role: 'status' });
    this.choices = h('div', {
      class: 'did-you-mean',
      role: 'group',
      'aria-labelledby': 'did-you-mean-title',
      hidden: true,
    });
    this.element = h(
      'form',
      { class: 'typed-question', 'data-typed-question': '', hidden: true, novalidate: true },
      h('label', { for: 'typed-question-text', class: 'typed-label' }, t.label),
      h('p', { id: 'typed-question-hint', class: 'typed-hint' }, t.hint),
      h(
        'div',
        { class: 'typed-row' },
        this.input,
        h('button', { type: 'submit', class: 'typed-submit' }, t.submit),
      ),
      this.status,
      this.choices,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  /** Shows the field at an open decision, empty; hides it elsewhere. */
  show(step: StoryStep): void {
    this.step = step;
    this.busy = false;
    this.element.hidden = !step.open;
    this.input.value = '';
    this.input.disabled = false;
    this.status.textContent = '';
    this.choices.hidden = true;
    mount(this.choices);
    if (step.open) void loadClassifier().catch(() => undefined);
  }

  /**
   * Lays the hidden field out once, unseen and within one task: the browser's first layout of a form field
   * is slow, and the first open decision paid for it (its frame took 82 ms at 4× CPU; after this, 38–63).
   */
  warmUp(): void {
    if (!this.element.hidden) return;
    const { style } = this.element;
    style.visibility = 'hidden';
    this.element.hidden = false;
    void this.element.offsetHeight;
    this.element.hidden = true;
    style.removeProperty('visibility');
  }

  /** Puts the focus in the field, without scrolling (the case screen decides what is in view). */
  focus(): void {
    this.input.focus({ preventScroll: true });
  }

  get isShown(): boolean {
    return !this.element.hidden;
  }

  private async submit(): Promise<void> {
    const step = this.step;
    const text = this.input.value.trim();
    if (!step?.open || this.busy) return;
    if (text === '') {
      this.status.textContent = this.t.empty;
      return this.focus();
    }
    this.status.textContent = this.t.reading;
    const { classifyAt, likeliestTwo } = await loadClassifier();
    const c = classifyAt(step, text, this.caseLang);
    if (!c || step !== this.step) return;
    if (!c.unsure) return this.ask(c, c.type);
    this.status.textContent = '';
    mount(
      this.choices,
      h('h3', { id: 'did-you-mean-title', class: 'did-you-mean-title' }, this.t.didYouMean),
      h('p', { class: 'typed-hint' }, this.t.didYouMeanHint),
      ...likeliestTwo(c).map((r) =>
        h(
          'button',
          {
            type: 'button',
            class: 'option did-you-mean-option',
            'data-question-type': r.type,
            onclick: () => void this.ask(c, r.type),
          },
          this.t.typeName[r.type],
        ),
      ),
    );
    this.choices.hidden = false;
    this.choices.querySelector('button')?.focus({ preventScroll: true });
  }

  private async ask(c: Classification, type: QuestionType): Promise<void> {
    const step = this.step;
    if (!step || this.busy) return;
    const { optionForType, typedQuestionOf } = await loadClassifier();
    const option = optionForType(step, type);
    const reading = type === c.type ? c : c.alternatives.find((a) => a.type === type);
    if (!option || !reading) return;
    this.busy = true;
    this.input.disabled = true;
    this.choices.querySelectorAll('button').forEach((b) => (b.disabled = true));
    this.onAsk({
      index: option.index,
      typed: typedQuestionOf(step, c, type),
      reading,
      picked: type !== c.type,
    });
  }
}
