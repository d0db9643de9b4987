import type { Language } from '../core/language.ts';
import { verdictReason } from '../core/protocol/reasons.ts';
import type { StoryOption } from '../core/story/story-step.ts';
import type { Verdict } from '../core/protocol/verdict.ts';
import { debriefStrings } from '../i18n/debrief-strings.ts';
import type { Strings } from '../i18n/translate.ts';
import { h, mount } from './dom.ts';

/** One verdict as the author view lists it, in the interface's language: "Decisión 2 · ENV-01 · Incumplido (grave) — reason". */
export function authorVerdictText(v: Verdict, strings: Strings, lang: Language): string {
  const outcome =
    v.outcome === 'met'
      ? strings.met
      : v.outcome === 'violated'
        ? `${strings.violated} (${strings.severity[v.severity]})`
        : debriefStrings(lang).notReached;
  return `${strings.step(v.step + 1)} · ${v.standard} · ${outcome} — ${verdictReason(v, lang)}`;
}

/**
 * Dev builds with ?author=1: each option's actions, each verdict as it happens, and a
 * jump to any knot — the live preview authors miss in Inky. Every word in the interface's language.
 */
export class AuthorPanel {
  readonly element: HTMLElement;
  private readonly verdicts: HTMLOListElement;

  constructor(
    private readonly strings: Strings,
    private readonly lang: Language,
    knots: readonly string[],
    onJump: (knot: string) => void,
  ) {
    const select = h('select', { id: 'author-knot' }, ...knots.map((k) => h('option', { value: k }, k)));
    // scrollable, so reachable by keyboard and named by its heading
    this.verdicts = h('ol', {
      class: 'author-verdicts',
      tabindex: 0,
      'aria-labelledby': 'author-verdicts-title',
    });
    this.element = h(
      'section',
      { class: 'author-panel', 'aria-labelledby': 'author-title', 'data-author-panel': '' },
      h('h2', { id: 'author-title', class: 'panel-title' }, strings.authorTitle),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'author-knot' }, strings.authorJump),
        select,
        h(
          'button',
          { type: 'button', 'data-author-jump': '', onclick: () => onJump(select.value) },
          strings.authorGo,
        ),
      ),
      h('h3', { id: 'author-verdicts-title' }, strings.authorVerdicts),
      this.verdicts,
    );
  }

  static describeOption(this: void, option: StoryOption): Node {
    return h('code', { class: 'author-actions' }, option.actions.map((a) => `do:${a}`).join(' '));
  }

  addVerdicts(verdicts: readonly Verdict[]): void {
    for (const v of verdicts) {
      this.verdicts.append(h('li', { class: v.outcome }, authorVerdictText(v, this.strings, this.lang)));
    }
    this.verdicts.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }

  reset(): void {
    mount(this.verdicts);
  }
}
