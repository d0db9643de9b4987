import type { Language } from '../core/protocol/localized.ts';
import { verdictReason } from '../core/protocol/reasons.ts';
import type { StoryOption } from '../core/story/story-step.ts';
import type { Verdict } from '../core/protocol/verdict.ts';
import type { Strings } from '../i18n/translate.ts';
import { h, mount } from './dom.ts';

/**
 * Dev builds with ?author=1: each option's actions, each verdict as it happens, and a
 * jump to any knot — the live preview authors miss in Inky.
 */
export class AuthorPanel {
  readonly element: HTMLElement;
  private readonly verdicts: HTMLOListElement;

  constructor(strings: Strings, knots: readonly string[], onJump: (knot: string) => void) {
    const select = h('select', { id: 'author-knot' }, ...knots.map((k) => h('option', { value: k }, k)));
    this.verdicts = h('ol', { class: 'author-verdicts' });
    this.element = h('aside', { class: 'author-panel', 'aria-labelledby': 'author-title' },
      h('h2', { id: 'author-title', class: 'panel-title' }, strings.authorTitle),
      h('div', { class: 'field' }, h('label', { for: 'author-knot' }, strings.authorJump), select,
        h('button', { type: 'button', onclick: () => onJump(select.value) }, '→')),
      h('h3', {}, strings.authorVerdicts), this.verdicts);
  }

  static describeOption(option: StoryOption): Node {
    return h('code', { class: 'author-actions' }, option.actions.map((a) => `do:${a}`).join(' '));
  }

  addVerdicts(verdicts: readonly Verdict[], lang: Language): void {
    for (const v of verdicts) {
      this.verdicts.append(h('li', { class: v.outcome }, `@${v.step} ${v.standard} ${v.outcome}${v.outcome === 'violated' ? ` (${v.severity})` : ''} — ${verdictReason(v, lang)}`));
    }
    this.verdicts.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  reset(): void {
    mount(this.verdicts);
  }
}
