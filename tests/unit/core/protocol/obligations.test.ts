import { describe, expect, it } from 'vitest';
import { input, runScript, verdictsOf } from '../../../support/protocol.ts';

describe('protocol machine: situation obligations', () => {
  it.each([
    ['suspect_arrives', 'separate_from_suspect', 'ENV-03 violated critical'],
    ['child_asks_to_stop', 'pause_for_child', 'COM-03 violated major'],
    ['child_distressed', 'pause_for_child', 'COM-03 violated major'],
    ['child_distressed', 'express_belief', 'COM-03 violated major'],
    ['child_requests_other_officer', 'offer_officer_choice', 'ENV-05 violated minor'],
    ['media_present', 'protect_identity', 'DOC-02 violated critical'],
  ] as const)('%s: the next choice must include %s', (situation, action, violation) => {
    const kept = runScript(input('domestic_violence'), [`!${situation}`, [action]]);
    expect(verdictsOf(kept).some((v) => v.includes('violated'))).toBe(false);
    const missed = runScript(input('domestic_violence'), [`!${situation}`, ['neutral']]);
    expect(verdictsOf(missed)).toEqual([`${violation} @0`]);
  });

  it('a next-choice obligation is not met by a later choice', () => {
    const s = runScript(input('domestic_violence'), [
      '!suspect_arrives',
      ['neutral'],
      ['separate_from_suspect'],
    ]);
    expect(verdictsOf(s)).toEqual(['ENV-03 violated critical @0', 'ENV-03 met critical @1']);
  });

  it('suspect_arrives sets suspect_present; separate_from_suspect and suspect_leaves clear it', () => {
    expect(runScript(input('sexual_violence'), ['!suspect_arrives']).context.flags.suspectPresent).toBe(true);
    expect(
      runScript(input('sexual_violence'), ['!suspect_arrives', ['separate_from_suspect']]).context.flags
        .suspectPresent,
    ).toBe(false);
    expect(
      runScript(input('sexual_violence'), ['!suspect_arrives', '!suspect_leaves']).context.flags
        .suspectPresent,
    ).toBe(false);
  });

  it('urgent_need: check_urgent_needs or arrange_medical_care within two choices', () => {
    expect(
      verdictsOf(
        runScript(input('domestic_violence'), ['!urgent_need', ['neutral'], ['arrange_medical_care']]),
      ),
    ).toEqual(['PRO-03 met major @1']);
    expect(
      verdictsOf(runScript(input('domestic_violence'), ['!urgent_need', ['neutral'], ['neutral']])),
    ).toEqual(['REC-03 violated major @1']);
    expect(
      verdictsOf(runScript(input('sexual_violence'), ['!urgent_need', ['neutral'], ['neutral']])),
    ).toEqual(['REC-03 violated critical @1']);
  });

  it('exploitation_sign: screen_for_exploitation or contact_child_protection before the end', () => {
    expect(
      verdictsOf(
        runScript(
          input('conflict_with_law'),
          ['!exploitation_sign', ['neutral'], ['neutral'], 'end'],
          ['neutral', 'contact_child_protection'],
        ),
      ),
    ).toEqual(['REF-07 violated major @2']);
    expect(
      verdictsOf(
        runScript(input('conflict_with_law'), [
          '!exploitation_sign',
          ['neutral'],
          ['contact_child_protection'],
          'end',
        ]),
      ),
    ).toEqual(['REF-05 met major @1']);
    expect(
      verdictsOf(
        runScript(input('conflict_with_law'), ['!exploitation_sign', ['screen_for_exploitation'], 'end']),
      ),
    ).toEqual(['REF-07 met major @0']);
  });

  it('a next-choice obligation opened just before the end is not reached: its choice never came', () => {
    const s = runScript(input('domestic_violence'), [['neutral'], '!suspect_arrives', 'end']);
    expect(verdictsOf(s)).toEqual(['ENV-03 not_reached critical @1']);
    expect(s.context.verdicts[0]?.params).toMatchObject({ situation: 'suspect_arrives', endedAt: 0 });
  });

  it('a before-the-end obligation is violated when an option offered what meets it, not reached when none did', () => {
    const script = ['!exploitation_sign', ['neutral'], 'end'] as const;
    expect(
      verdictsOf(runScript(input('conflict_with_law'), script, ['neutral', 'screen_for_exploitation'])),
    ).toEqual(['REF-07 violated major @1']);
    expect(verdictsOf(runScript(input('conflict_with_law'), script, ['neutral']))).toEqual([
      'REF-07 not_reached major @1',
    ]);
  });
});

describe('protocol machine: end obligations from requires:', () => {
  it('each required action never taken violates the standard it would have met', () => {
    const s = runScript(
      input('domestic_violence', { requires: ['assess_risk', 'refer_to_cem', 'register_report'] }),
      [['refer_to_cem'], 'end'],
    );
    expect(verdictsOf(s)).toEqual([
      'REF-04 met major @0',
      'PRO-01 violated major @1',
      'REF-01 violated critical @1',
    ]);
    expect(s.status).toBe('done');
  });

  it('REF-02 missing with no prosecutor informed at all is critical, and judged once at the end', () => {
    const s = runScript(
      input('sexual_violence', { requires: ['notify_family_prosecutor', 'notify_criminal_prosecutor'] }),
      [['neutral'], 'end'],
    );
    expect(verdictsOf(s)).toEqual(['REF-02 violated critical @1']);
    expect(s.context.verdicts[0]?.params.escalation).toBe('no_prosecutor');
  });

  it('a required action no option on the path carried is not reached, not violated, and does not count', () => {
    const requires = ['register_report', 'refer_to_cem'] as const;
    const s = runScript(
      input('domestic_violence', { requires }),
      [['neutral'], ['neutral'], 'end'],
      ['neutral', 'register_report'],
    );
    expect(verdictsOf(s)).toEqual(['REF-01 violated critical @2', 'REF-04 not_reached major @2']);
    expect(s.context.verdicts[1]).toMatchObject({
      action: 'refer_to_cem',
      cause: 'missing_requirement',
      params: { endedAt: 1 },
    });
  });

  it('REF-02 missing when one prosecutor was informed is major (the worst of the missing ones, once)', () => {
    const s = runScript(
      input('online_abuse', {
        requires: ['notify_family_prosecutor', 'notify_criminal_prosecutor', 'involve_specialized_unit'],
      }),
      [['notify_family_prosecutor'], 'end'],
    );
    expect(verdictsOf(s)).toEqual(['REF-02 met critical @0', 'REF-02 violated major @1']);
  });

  it('no verdict comes after the case has ended', () => {
    const s = runScript(input('domestic_violence'), ['end', ['blame_carer']]);
    expect(verdictsOf(s)).toEqual([]);
  });
});
