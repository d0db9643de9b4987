import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { ChildMeters, meterChangeText } from '../../../src/ui/child-meters.ts';

const es = stringsFor('es');

describe('meterChangeText', () => {
  it('says in words what changed, distress first', () => {
    expect(meterChangeText(es, 'Milagros', { trust: 2, distress: 6 }, { trust: 3, distress: 5 })).toBe(
      'Milagros se calma un poco. Milagros confía más en ti.',
    );
    expect(meterChangeText(es, 'Jhon', { trust: 3, distress: 5 }, { trust: 2, distress: 7 })).toBe(
      'Jhon se angustia más. Jhon confía menos en ti.',
    );
    expect(
      meterChangeText(stringsFor('en'), 'Diego', { trust: 3, distress: 5 }, { trust: 3, distress: 4 }),
    ).toBe('Diego calms down a little.');
  });

  it('says nothing when nothing changed', () => {
    expect(meterChangeText(es, 'Milagros', { trust: 2, distress: 6 }, { trust: 2, distress: 6 })).toBe('');
  });
});

describe('ChildMeters', () => {
  it('announces a change in a polite status, not the starting values', () => {
    const meters = new ChildMeters(es, 'Milagros');
    const status = meters.element.querySelector('[role="status"]');
    meters.update(2, 6);
    expect(status?.textContent).toBe('');
    meters.update(3, 6);
    expect(status?.textContent).toBe('Milagros confía más en ti.');
    meters.update(3, 6);
    expect(status?.textContent).toBe('Milagros confía más en ti.');
    expect((meters.element.querySelector('#meter-trust') as HTMLMeterElement).value).toBe(3);
  });
});
