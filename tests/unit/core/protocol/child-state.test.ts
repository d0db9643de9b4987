import { describe, expect, it } from 'vitest';
import { input, runScript } from '../../../support/protocol.ts';

const levels = (s: ReturnType<typeof runScript>) => [s.context.trust, s.context.distress];

describe('protocol machine: the child state', () => {
  it('starts from the case trust and distress, default 3 and 5', () => {
    expect(levels(runScript(input('lost_child', { trust: 2, distress: 7 }), []))).toEqual([2, 7]);
    expect(levels(runScript(input('lost_child'), []))).toEqual([3, 5]);
  });

  it('a met COM, DIS or ENV standard raises trust by 1; other competencies do not', () => {
    expect(levels(runScript(input('lost_child'), [['introduce_self_simply']]))).toEqual([4, 5]);
    expect(levels(runScript(input('lost_child'), [['register_report']]))).toEqual([3, 5]);
  });

  it('a violation raises distress and lowers trust by 1, 2 or 3 by severity', () => {
    expect(levels(runScript(input('lost_child', { trust: 5 }), [['use_jargon']]))).toEqual([4, 6]);
    expect(levels(runScript(input('lost_child', { trust: 5 }), [['blame_carer']]))).toEqual([3, 7]);
    expect(levels(runScript(input('lost_child', { trust: 5 }), [['release_to_suspect']]))).toEqual([2, 8]);
  });

  it('stays within 0–10', () => {
    const s = runScript(input('lost_child', { trust: 1, distress: 9 }), [
      ['release_to_suspect'],
      ['allow_contact_with_suspect'],
    ]);
    expect(levels(s)).toEqual([0, 10]);
  });

  it('child_distressed raises distress; a pause or belief brings it down by 1', () => {
    expect(levels(runScript(input('lost_child'), ['!child_distressed']))).toEqual([3, 6]);
    expect(levels(runScript(input('lost_child'), ['!child_distressed', ['pause_for_child']]))).toEqual([
      4, 5,
    ]);
  });

  it('keeps the levels after every step for the debrief plot', () => {
    const s = runScript(input('lost_child'), [['introduce_self_simply'], ['blame_carer']]);
    expect(s.context.levels).toEqual([
      { trust: 3, distress: 5 },
      { trust: 4, distress: 5 },
      { trust: 2, distress: 7 },
    ]);
  });
});
