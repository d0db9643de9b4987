import type { Language } from '../core/protocol/localized.ts';
import { standardWithId } from '../core/protocol/standards.ts';
import type { Verdict } from '../core/protocol/verdict.ts';
import type { Strings } from '../i18n/translate.ts';
import { h, mount } from './dom.ts';

/** Practice mode: the coach comments each choice at once, from the machine's verdicts. */
export class CoachPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly strings: Strings) {
    this.body = h('div', { class: 'coach-body' });
    this.element = h('aside', { class: 'coach', 'aria-labelledby': 'coach-title', hidden: true },
      h('h2', { id: 'coach-title', class: 'panel-title' }, strings.coachTitle), this.body);
  }

  show(verdicts: readonly Verdict[], lang: Language): void {
    this.element.hidden = false;
    if (verdicts.length === 0) return mount(this.body, h('p', {}, this.strings.coachNeutral));
    mount(this.body, h('ul', { class: 'coach-list' }, ...verdicts.map((v) => {
      const standard = standardWithId(v.standard);
      const met = v.outcome === 'met';
      return h('li', { class: met ? 'met' : `violated ${v.severity}` },
        h('strong', {}, `${met ? '✓ ' + this.strings.coachMet : '✗ ' + this.strings.coachViolated} · ${v.standard} ${standard.title[lang]}`),
        met ? null : h('span', { class: 'severity' }, ` (${this.strings.severity[v.severity]})`),
        h('p', {}, met ? standard.why[lang] : standard.feedback[lang]));
    })));
  }

  hide(): void {
    this.element.hidden = true;
  }
}

/** Practice mode: the child's trust and distress as two labelled meters. */
export class ChildMeters {
  readonly element: HTMLElement;
  private readonly trust: HTMLMeterElement;
  private readonly distress: HTMLMeterElement;

  constructor(strings: Strings) {
    this.trust = h('meter', { id: 'meter-trust', min: 0, max: 10, value: 0 });
    this.distress = h('meter', { id: 'meter-distress', min: 0, max: 10, low: 4, high: 7, optimum: 0, value: 0 });
    this.element = h('div', { class: 'meters' },
      h('label', { for: 'meter-trust' }, strings.trust), this.trust,
      h('label', { for: 'meter-distress' }, strings.distress), this.distress);
  }

  update(trust: number, distress: number): void {
    this.trust.value = trust;
    this.trust.textContent = `${trust}/10`;
    this.distress.value = distress;
    this.distress.textContent = `${distress}/10`;
  }
}
