import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';

/** What changed in the child's trust and distress, in words; empty when nothing did. */
export function meterChangeText(
  strings: Strings,
  child: string,
  before: { trust: number; distress: number },
  after: { trust: number; distress: number },
): string {
  const parts: string[] = [];
  if (after.distress < before.distress) parts.push(strings.distressDown(child));
  if (after.distress > before.distress) parts.push(strings.distressUp(child));
  if (after.trust > before.trust) parts.push(strings.trustUp(child));
  if (after.trust < before.trust) parts.push(strings.trustDown(child));
  return parts.join(' ');
}

/**
 * Practice mode: the child's trust and distress as two labelled meters, and a polite status that
 * says in words what changed after a choice ("Milagros se calma un poco.").
 */
export class ChildMeters {
  readonly element: HTMLElement;
  private readonly trust: HTMLMeterElement;
  private readonly distress: HTMLMeterElement;
  private readonly said: HTMLElement;
  private last: { trust: number; distress: number } | undefined;

  constructor(
    private readonly strings: Strings,
    private readonly child: string,
  ) {
    this.trust = h('meter', { id: 'meter-trust', min: 0, max: 10, value: 0 });
    this.distress = h('meter', {
      id: 'meter-distress',
      min: 0,
      max: 10,
      low: 4,
      high: 7,
      optimum: 0,
      value: 0,
    });
    this.said = h('p', { class: 'meter-change visually-hidden', role: 'status', 'data-meter-change': '' });
    this.element = h(
      'div',
      { class: 'meters' },
      h('label', { for: 'meter-trust' }, strings.trust),
      this.trust,
      h('label', { for: 'meter-distress' }, strings.distress),
      this.distress,
      this.said,
    );
  }

  update(trust: number, distress: number): void {
    this.trust.value = trust;
    this.trust.textContent = `${trust}/10`;
    this.distress.value = distress;
    this.distress.textContent = `${distress}/10`;
    const now = { trust, distress };
    if (this.last) {
      const text = meterChangeText(this.strings, this.child, this.last, now);
      if (text) this.said.textContent = text;
    }
    this.last = now;
  }
}
