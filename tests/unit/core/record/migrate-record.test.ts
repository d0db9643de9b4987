import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionTexts } from '../../../../src/core/protocol/action-texts.ts';
import { escalationTexts } from '../../../../src/core/protocol/escalations.ts';
import { verdictReason } from '../../../../src/core/protocol/reasons.ts';
import { alternativesInReason, escalationInReason } from '../../../../src/core/record/migrate-record.ts';
import { parseRecord } from '../../../../src/core/record/parse-record.ts';
import { verifyRecord } from '../../../../src/core/record/replay-record.ts';
import type { SessionRecord } from '../../../../src/core/record/session-record.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'records-v1');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
type V1 = Record<string, unknown> & {
  verdicts: (Record<string, unknown> & { reason: string })[];
  caseId: string;
};
const v1 = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as V1;
const stories: Record<string, string> = { tiny: 'basic/tiny.ink', fixture: 'situations/suspect.ink' };

function migrated(name: string): SessionRecord {
  const parsed = parseRecord(v1(name));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.reason}`);
  return parsed.record;
}

describe('v1 → v2 migration', () => {
  it('has the seven v1 fixtures', () => {
    expect(names).toEqual([
      'suspect_0_0',
      'suspect_0_1',
      'suspect_0_2',
      'tiny_0_0',
      'tiny_0_1',
      'tiny_1_0',
      'tiny_1_2',
    ]);
  });

  it.each(names)('migrates %s: schemaVersion 2, no reason left, everything else kept', (name) => {
    const old = v1(name);
    const parsed = parseRecord(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { record, migrated: how } = parsed;
    expect(record.schemaVersion).toBe(2);
    expect(how?.from).toBe(1);
    expect(how?.log[0]).toBe(
      `schemaVersion 1 → 2: 'reason' dropped from ${old.verdicts.length} verdicts (rendered when shown)`,
    );
    expect(record.verdicts).toHaveLength(old.verdicts.length);
    for (const v of record.verdicts) expect(Object.keys(v)).not.toContain('reason');
    for (const v of record.verdicts) expect(Object.keys(v)).not.toContain('situation');
    const { schemaVersion, verdicts, ...rest } = old;
    void schemaVersion;
    void verdicts;
    expect(record).toMatchObject(rest);
    // The rendered words of each migrated verdict are the v1 reason, in the record's language.
    expect(record.verdicts.map((v) => verdictReason(v, record.language))).toEqual(
      old.verdicts.map((v) => v.reason),
    );
  });

  it('moves the situation and recovers the alternatives and the escalation from the reason', () => {
    expect(migrated('suspect_0_1').verdicts[2]).toEqual({
      standard: 'ENV-03',
      outcome: 'violated',
      severity: 'critical',
      step: 1,
      cause: 'missed_obligation',
      params: { situation: 'suspect_arrives', anyOf: ['separate_from_suspect'] },
    });
    expect(migrated('tiny_1_2').verdicts[3]).toEqual({
      standard: 'DIS-02',
      outcome: 'violated',
      severity: 'critical',
      step: 1,
      cause: 'action',
      action: 'ask_for_details',
      params: { escalation: 'sexual_violence' },
    });
    expect(migrated('tiny_0_0').verdicts.map((v) => v.params)).toEqual([{}, {}]);
  });

  it('reads English reasons the same way, and several alternatives in order', () => {
    const en = escalationTexts.account_given.en;
    expect(escalationInReason(`“x” (raised: ${en})`)).toEqual({ escalation: 'account_given', rest: '“x”' });
    expect(escalationInReason(`«x» (agravado: ${escalationTexts.missing_child.es})`)).toEqual({
      escalation: 'missing_child',
      rest: '«x»',
    });
    expect(escalationInReason('«x» (agravado: hacía frío)')).toEqual({ unknown: 'hacía frío', rest: '«x»' });
    expect(escalationInReason('«x»')).toEqual({ rest: '«x»' });
    const [a, b] = [actionTexts.pause_for_child, actionTexts.express_belief];
    expect(alternativesInReason(`After “s”, this did not come in time: “${b.en}” or “${a.en}”`)).toEqual([
      'express_belief',
      'pause_for_child',
    ]);
    expect(alternativesInReason(`Tras «s», no se hizo a tiempo: «${a.es}» o «${b.es}»`)).toEqual([
      'pause_for_child',
      'express_belief',
    ]);
    expect(alternativesInReason(`«${a.es}»`)).toEqual([]);
  });

  it('logs what it could not recover instead of guessing', () => {
    const old = v1('suspect_0_2');
    const verdicts = old.verdicts.map((v) =>
      v.cause === 'missed_obligation' ? { ...v, reason: 'Tras algo (agravado: hacía frío)' } : v,
    );
    const parsed = parseRecord({ ...old, verdicts });
    expect(parsed.ok && parsed.migrated?.log).toEqual([
      "schemaVersion 1 → 2: 'reason' dropped from 3 verdicts (rendered when shown)",
      'verdict 2 (ENV-03): its reason names an escalation this version does not know: "hacía frío"',
      "verdict 2 (ENV-03): params.situation = suspect_arrives, moved from 'situation'",
      'verdict 2 (ENV-03): no alternative action could be read from its reason; params.anyOf left out',
    ]);
    expect(parsed.ok && parsed.record.verdicts[1]?.params).toEqual({ situation: 'suspect_arrives' });
  });

  it('rejects a corrupt v1 record naming the field, and a v1 caseId that is a path', () => {
    const old = v1('tiny_0_0');
    const { reason, ...noReason } = old.verdicts[0] ?? { reason: '' };
    void reason;
    expect(parseRecord({ ...old, verdicts: [noReason] })).toEqual({
      ok: false,
      reason: "(schemaVersion 1) 'verdicts[0].reason' is missing",
    });
    expect(parseRecord({ ...old, caseId: '../tiny' })).toEqual({
      ok: false,
      reason: `(schemaVersion 1) 'caseId' must be a case id (lower-case letters, digits, underscores), not a path (found "../tiny")`,
    });
  });
});

/*
 * Under the new rulebook some paths are judged differently on purpose: one verdict per
 * standard per choice (suspect_0_1 loses its second ENV-03), an open invitation before
 * any disclosure in a sexual-violence case violates DIS-01 (tiny_1_0, tiny_1_2), and a
 * required action no option ever offered is `not_reached`, not violated (REF-01 in the
 * suspect fixture, whose story never offers register_report).
 */
const expected: Record<string, string[]> = {
  tiny_0_0: [],
  tiny_0_1: [],
  tiny_1_0: ['DIS-01'],
  tiny_1_2: ['DIS-01'],
  suspect_0_0: ['REF-01'],
  suspect_0_1: ['ENV-03', 'REF-01'],
  suspect_0_2: ['REF-01'],
};

describe('migrated v1 records verified against the current rulebook', () => {
  it.each(names)('%s', (name) => {
    const record = migrated(name);
    const result = verifyRecord(record, fixtureJson(stories[record.caseId] ?? ''));
    const changed = expected[name] ?? ['(no expectation)'];
    if (changed.length === 0) {
      expect(result).toMatchObject({
        status: 'match',
        proven: expect.arrayContaining(['ending', 'verdicts', 'scores', 'levels']) as unknown,
      });
      return;
    }
    expect(result.status).toBe('mismatch');
    if (result.status !== 'mismatch') return;
    const named = result.differences.flatMap(
      (d) => /^(?:replay )?verdict \d+ \(step \d+ ([A-Z]{3}-\d\d)\)/.exec(d)?.[1] ?? [],
    );
    expect([...new Set(named)].sort()).toEqual(changed);
    expect(result.proven).toEqual(
      expect.arrayContaining(['storyHash', 'caseId', 'language', 'choices', 'ending']),
    );
    expect(result.proven).not.toContain('verdicts');
  });

  it('names the changed verdict exactly', () => {
    const differences = (name: string) => {
      const record = migrated(name);
      const result = verifyRecord(record, fixtureJson(stories[record.caseId] ?? ''));
      return result.status === 'mismatch' ? result.differences : [];
    };
    expect(differences('tiny_1_0')).toContain(
      'replay verdict 3 (step 0 DIS-01): replay gives [0 DIS-01 violated major cause=action action=ask_open_question escalation=sexual_violence], record has no such verdict',
    );
    expect(differences('suspect_0_1')).toContain(
      'verdict 3 (step 1 ENV-03): record has [1 ENV-03 violated critical cause=missed_obligation situation=suspect_arrives anyOf=separate_from_suspect], replay gives no such verdict',
    );
    expect(differences('suspect_0_0')).toContain(
      'verdict 3 (step 2 REF-01): record has [2 REF-01 violated critical cause=missing_requirement action=register_report], replay gives [2 REF-01 not_reached critical cause=missing_requirement action=register_report endedAt=1]',
    );
  });
});
