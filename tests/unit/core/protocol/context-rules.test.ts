import { describe, expect, it } from 'vitest';
import { input, runScript, verdictsOf } from '../../../support/protocol.ts';

describe('protocol machine: escalations', () => {
  it.each([
    ['sexual_violence', 'critical'],
    ['missing_child', 'critical'],
    ['domestic_violence', 'major'],
    ['lost_child', 'major'],
  ] as const)('defer_or_redirect in a %s case is %s', (caseType, severity) => {
    expect(verdictsOf(runScript(input(caseType), [['defer_or_redirect']]))).toEqual([
      `REC-01 violated ${severity} @0`,
    ]);
  });

  it('defer_or_redirect is critical once a child_in_danger situation is active', () => {
    const s = runScript(input('domestic_violence'), ['!child_in_danger', ['defer_or_redirect']]);
    expect(verdictsOf(s)).toEqual(['REC-01 violated critical @0']);
  });

  it('use_jargon is major with an adolescent in conflict with the law, minor otherwise', () => {
    expect(verdictsOf(runScript(input('conflict_with_law'), [['use_jargon']]))).toEqual([
      'COM-01 violated major @0',
    ]);
    expect(verdictsOf(runScript(input('lost_child'), [['use_jargon']]))).toEqual([
      'COM-01 violated minor @0',
    ]);
  });

  it('ask_for_details adds DIS-02 critical in a sexual-violence case', () => {
    const s = runScript(input('sexual_violence'), [['move_to_private_room'], ['ask_for_details']]);
    expect(verdictsOf(s).slice(1)).toEqual(['DIS-01 violated major @1', 'DIS-02 violated critical @1']);
  });

  it('ask_for_details adds DIS-02 critical once the disclosure has started', () => {
    const before = runScript(input('domestic_violence'), [['move_to_private_room'], ['ask_for_details']]);
    expect(verdictsOf(before).slice(1)).toEqual(['DIS-01 violated major @1']);
    const after = runScript(input('domestic_violence'), [
      ['move_to_private_room'],
      '!disclosure_started',
      ['ask_for_details'],
    ]);
    expect(verdictsOf(after).slice(1)).toEqual(['DIS-01 violated major @1', 'DIS-02 violated critical @1']);
  });

  it('paperwork_first violates REC-03 only while an urgent need is unanswered (critical in sexual violence)', () => {
    expect(verdictsOf(runScript(input('domestic_violence'), [['paperwork_first']]))).toEqual([]);
    expect(verdictsOf(runScript(input('domestic_violence'), ['!urgent_need', ['paperwork_first']]))).toEqual([
      'REC-03 violated major @0',
    ]);
    expect(verdictsOf(runScript(input('sexual_violence'), ['!urgent_need', ['paperwork_first']]))[0]).toBe(
      'REC-03 violated critical @0',
    );
    expect(
      verdictsOf(
        runScript(input('domestic_violence'), ['!urgent_need', ['check_urgent_needs'], ['paperwork_first']]),
      ),
    ).toEqual(['REC-03 met major @0']);
  });
});

describe('protocol machine: context rules', () => {
  it('an account question at the public front desk violates ENV-01 once per case', () => {
    const s = runScript(input('domestic_violence'), [['ask_open_question'], ['ask_minimal_facts']]);
    expect(verdictsOf(s)).toEqual(['ENV-01 violated major @0', 'DIS-03 met major @0', 'DIS-01 met major @1']);
  });

  it('the public-area rule does not apply after move_to_private_room, nor to a lost child', () => {
    expect(
      verdictsOf(runScript(input('domestic_violence'), [['move_to_private_room'], ['ask_open_question']])),
    ).toEqual(['ENV-01 met major @0', 'DIS-03 met major @1']);
    expect(verdictsOf(runScript(input('lost_child'), [['ask_open_question']]))).toEqual([
      'DIS-03 met major @0',
    ]);
  });

  it('every account question kind triggers the public-area rule; other actions do not', () => {
    for (const q of [
      'ask_minimal_facts',
      'ask_for_details',
      'ask_child_to_repeat',
      'ask_open_question',
      'ask_leading_question',
      'ask_option_question',
      'ask_why_or_blame',
    ] as const) {
      expect(verdictsOf(runScript(input('online_abuse'), [[q]]))[0]).toBe('ENV-01 violated major @0');
    }
    expect(verdictsOf(runScript(input('online_abuse'), [['express_belief']]))).toEqual([
      'DIS-05 met major @0',
    ]);
  });

  it('conflict_with_law: an account question before rights and counsel is question_without_counsel', () => {
    const s = runScript(input('conflict_with_law'), [
      ['move_to_private_room'],
      ['explain_rights_to_adolescent'],
      ['ask_open_question'],
    ]);
    expect(verdictsOf(s).slice(2)).toEqual(['REF-06 violated critical @2']);
    expect(s.context.verdicts[2]).toMatchObject({ cause: 'context_no_counsel', action: 'ask_open_question' });
    expect(s.context.taken).toContain('question_without_counsel');
    expect(s.context.taken).not.toContain('ask_open_question');
  });

  it('conflict_with_law: after rights and counsel an open question is judged as itself', () => {
    const s = runScript(input('conflict_with_law'), [
      ['move_to_private_room'],
      ['explain_rights_to_adolescent', 'request_defense_counsel'],
      ['ask_open_question'],
    ]);
    expect(verdictsOf(s).slice(-1)).toEqual(['DIS-03 met major @2']);
  });

  it('language_barrier: an account question before request_interpreter violates COM-02 once', () => {
    const s = runScript(input('physical_punishment'), [
      '!language_barrier',
      ['move_to_private_room'],
      ['ask_open_question'],
      ['ask_minimal_facts'],
    ]);
    expect(verdictsOf(s)).toEqual([
      'ENV-01 met major @0',
      'COM-02 violated major @1',
      'DIS-03 met major @1',
      'DIS-01 met major @2',
    ]);
    const ok = runScript(input('physical_punishment'), [
      '!language_barrier',
      ['move_to_private_room', 'request_interpreter'],
      ['ask_open_question'],
    ]);
    expect(verdictsOf(ok).filter((v) => v.startsWith('COM-02'))).toEqual(['COM-02 met major @0']);
  });

  it('sexual violence: an open invitation before any disclosure is DIS-01 violated; after a disclosure it is not', () => {
    const before = runScript(input('sexual_violence'), [['move_to_private_room'], ['ask_open_question']]);
    expect(verdictsOf(before).slice(1)).toEqual(['DIS-03 met major @1', 'DIS-01 violated major @1']);
    const after = runScript(input('sexual_violence'), [
      ['move_to_private_room'],
      '!disclosure_started',
      ['ask_open_question'],
    ]);
    expect(verdictsOf(after).slice(1)).toEqual(['DIS-03 met major @1']);
    const deferred = runScript(input('sexual_violence'), [
      ['move_to_private_room'],
      ['defer_account_to_single_interview'],
    ]);
    expect(verdictsOf(deferred).slice(1)).toEqual(['DIS-02 met critical @1']);
  });

  it('one verdict per standard per choice: the worst, and the child moves once by it', () => {
    const s = runScript(input('domestic_violence', { distress: 2, trust: 5 }), [
      ['move_to_private_room'],
      ['blame_carer', 'use_jargon', 'ask_why_or_blame', 'express_doubt_or_shock'],
    ]);
    expect(verdictsOf(s).slice(1)).toEqual([
      'REC-04 violated major @1',
      'COM-01 violated minor @1',
      'DIS-04 violated major @1',
      'DIS-05 violated major @1',
    ]);
    expect(s.context.levels[2]).toEqual({ trust: 4, distress: 4 });
  });

  it('the situation is a chart of parallel regions whose flags the rules read', () => {
    const s = runScript(input('lost_child'), ['!unverified_claimant_arrives', '!self_harm_risk']);
    expect(s.value).toMatchObject({
      attending: { claimantUnverified: 'on', selfHarmRisk: 'on', urgentNeed: 'on', locationPrivate: 'off' },
    });
    expect(s.context.flags).toMatchObject({ claimantUnverified: true, selfHarmRisk: true, urgentNeed: true });
    const verified = runScript(input('lost_child'), [
      '!unverified_claimant_arrives',
      ['verify_carer_identity'],
      ['release_to_safe_carer'],
    ]);
    expect(verdictsOf(verified)).toEqual(['PRO-06 met major @0', 'PRO-02 met critical @1']);
    const unverified = runScript(input('lost_child'), [
      '!unverified_claimant_arrives',
      ['separate_from_suspect'],
      ['release_to_safe_carer'],
    ]);
    expect(verdictsOf(unverified).slice(1)).toEqual([
      'PRO-06 violated critical @1',
      'PRO-02 violated critical @1',
    ]);
  });
});
