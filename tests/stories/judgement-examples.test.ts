import { describe, expect, it } from 'vitest';
import type { CaseRun } from '../../src/core/run/case-run.ts';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import { caseEnd } from '../../src/core/record/debrief.ts';
import { steer, type Deviation } from '../support/steer.ts';
import { storyFile } from '../support/cases.ts';

/**
 * The examples of the issue "Judgement an instructor can trust", each played as a
 * trainee who knows the protocol except for the quoted slip(s).
 */
const play = (caseId: string, deviations: Deviation[]) => steer(compileInk(storyFile(caseId, 'es')).json!, deviations);

const failedBy = (run: CaseRun) => run.result().failedBy.map((f) => `${f.standard} ${f.severity}${f.key ? ' key' : ''}`);

function perStandardPerStep(run: CaseRun): string[] {
  const seen = run.context.verdicts.map((v) => `${v.step} ${v.standard}`);
  return seen.filter((k, i) => seen.indexOf(k) !== i);
}

describe('judgement examples', () => {
  it('theft_16: one gruff question about the offence gives REF-06 once at that step', () => {
    const { run, texts } = play('theft_16', [/Le tomo su manifestación ahorita/]);
    const step = texts.findIndex((t) => /Le tomo su manifestación ahorita/.test(t));
    const ref06 = run.context.verdicts.filter((v) => v.standard === 'REF-06' && v.step === step);
    expect(ref06).toHaveLength(1);
    expect(ref06[0]).toMatchObject({ outcome: 'violated', severity: 'critical', cause: 'context_no_counsel', action: 'ask_open_question' });
    expect(perStandardPerStep(run)).toEqual([]);
    expect(run.result().passed).toBe(false);
  });

  it('disclosure_8: talking in public, jargon and doubting the mother end the case; what never came is not reached, not violated', () => {
    const { run, choices } = play('disclosure_8', [/Hable bajito/, /Procederemos a recabar/, /es de inventar cosas/]);
    const result = run.result();
    const notReached = run.context.verdicts.filter((v) => v.outcome === 'not_reached');
    expect(notReached.map((v) => v.standard)).toContain('DOC-02');
    expect(run.context.verdicts.some((v) => v.standard === 'DOC-02' && v.outcome === 'violated')).toBe(false);
    expect(notReached.every((v) => v.params.endedAt === choices.length - 1)).toBe(true);
    expect(run.context.verdicts.filter((v) => v.standard === 'REF-02')).toHaveLength(1);
    expect(result.statuses.some((s) => s.standard === 'DOC-02')).toBe(false);
    expect(Object.keys(result.scores.competencies)).not.toContain('DOC');
    expect(failedBy(run)).toEqual(['ENV-01 major key', 'COM-01 minor key', 'ENV-04 major key', 'DIS-05 major key']);
    expect(result.passed).toBe(false);
  });

  it('lost_child_5: handing the girl over after "¿Esta es tu mamá, sí o no?" without an identity check fails the case', () => {
    const { run } = play('lost_child_5', [/Esta es tu mamá, sí o no/]);
    expect(failedBy(run)).toEqual(['PRO-06 critical key', 'PRO-02 critical key']);
    expect(run.context.verdicts.find((v) => v.standard === 'PRO-02' && v.outcome === 'violated')?.params.escalation).toBe('unverified_adult');
    expect(run.result().passed).toBe(false);
  });

  it('lost_child_5: the "uncle" is an unverified claimant judged under PRO-06, and the found girl is not a PRO-05 alert', () => {
    const { run } = play('lost_child_5', [/espere sentado/]);
    const missed = run.context.verdicts.find((v) => v.cause === 'missed_obligation');
    expect(missed).toMatchObject({ standard: 'PRO-06', outcome: 'violated', params: { situation: 'unverified_claimant_arrives' } });
    expect(run.context.verdicts.some((v) => v.standard === 'PRO-05' || v.standard === 'ENV-03' && v.outcome === 'violated')).toBe(false);
  });

  it('sextortion_13: "bórralo todo" plus a promise of secrecy fails the case with DOC-04 critical', () => {
    const { run } = play('sextortion_13', [/borra todo/, /no se va a enterar/]);
    expect(failedBy(run)).toEqual(['DOC-04 critical key', 'DIS-07 major key']);
    expect(run.result().passed).toBe(false);
  });

  it('sextortion_13: "Eres hombre: aguanta" after he says he would rather disappear is REC-03 critical', () => {
    const { run, texts } = play('sextortion_13', [/aguanta/]);
    const step = texts.findIndex((t) => t.includes('aguanta'));
    const rec03 = run.context.verdicts.filter((v) => v.standard === 'REC-03');
    expect(rec03).toHaveLength(1);
    expect(rec03[0]).toMatchObject({ outcome: 'violated', severity: 'critical', params: { escalation: 'self_harm_risk' }, step });
    expect(failedBy(run)).toContain('REC-03 critical key');
  });

  it('trafficking_15: threatening a victim with a charge for the false ID is PRO-07 critical and fails the case', () => {
    const { run } = play('trafficking_15', [(o) => o.actions.includes('threaten_with_charge')]);
    expect(run.context.verdicts.filter((v) => v.standard === 'PRO-07' && v.outcome === 'violated')).toMatchObject([
      { severity: 'critical', action: 'threaten_with_charge', params: { escalation: 'victim_threatened' } },
    ]);
    expect(run.result().passed).toBe(false);
  });

  it('disclosure_8: a leading question about the abuse in a sexual-violence case is DIS-03 critical', () => {
    const json = compileInk(storyFile('disclosure_8', 'es')).json!;
    const { run } = steer(json, [/Tu profe dice que Wilber te toca/]);
    const dis03 = run.context.verdicts.find((v) => v.standard === 'DIS-03' && v.outcome === 'violated');
    expect(dis03).toMatchObject({ severity: 'critical', params: { escalation: 'sexual_violence' } });
  });

  it('a single major slip on a key standard fails a case that would otherwise score in the nineties', () => {
    const { run } = play('sextortion_13', [/por qué le mandaste fotos/]);
    const result = run.result();
    expect(result.scores.overall).toBeGreaterThanOrEqual(90);
    expect(result.belowThreshold).toBe(false);
    expect(failedBy(run)).toEqual(['DIS-04 major key']);
    expect(result.passed).toBe(false);
  });
});

describe('judgement examples: more of the issue', () => {
  it('sextortion_13: asking the boy to describe the images is DIS-08 critical', () => {
    const { run } = play('sextortion_13', [/Cuántas fotos le mandaste/]);
    expect(run.context.verdicts.filter((v) => v.standard === 'DIS-08' && v.outcome === 'violated')).toMatchObject([
      { severity: 'critical', action: 'ask_to_describe_images' },
    ]);
    expect(run.result().passed).toBe(false);
  });

  it('lost_child_5: the "uncle" is never judged as the alleged aggressor (no ENV-03), letting him near her is PRO-06 critical', () => {
    const separated = play('lost_child_5', [/Ponerte entre los dos/]).run;
    expect(separated.context.verdicts.some((v) => v.standard === 'ENV-03')).toBe(false);
    expect(separated.context.verdicts.find((v) => v.action === 'separate_from_suspect')).toMatchObject({ standard: 'PRO-06', outcome: 'met' });
    const near = play('lost_child_5', [/la niña lo va a reconocer/]).run;
    expect(near.context.verdicts.find((v) => v.action === 'allow_contact_with_suspect')).toMatchObject({ standard: 'PRO-06', outcome: 'violated', severity: 'critical' });
  });

  it('disclosure_8: the debrief names the decision that ended the case', () => {
    const { run, choices } = play('disclosure_8', [/Hable bajito/, /Procederemos a recabar/, /es de inventar cosas/]);
    const end = caseEnd(run.context.verdicts, run.context.levels, choices.length);
    expect(end).toMatchObject({ endedEarly: true, endedAt: choices.length - 1 });
    const decisive = run.context.verdicts.filter((v) => v.step === end.decisive && v.outcome === 'violated');
    expect(decisive.map((v) => v.action)).toContain('express_doubt_or_shock');
  });
});
