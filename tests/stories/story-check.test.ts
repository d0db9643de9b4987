import { describe, expect, it } from 'vitest';
import { playPath } from '../../src/core/record/play-path.ts';
import { endingKinds, endingKindOf } from '../../src/core/story/endings.ts';
import { checkStoryFile, type StoryCheck } from '../../tools/lib/check-story.ts';
import { formatIssue } from '../../tools/lib/compile-ink.ts';
import { parityIssues } from '../../tools/lib/parity.ts';
import { keyStandards } from '../fixtures/key-standards.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';
import { optionRules } from '../../src/core/run/decision-metrics.ts';

const infoOf = (json: string) => new CaseRun({ json }).info;

/**
 * Key standards a case trains only by avoidance: in disclosure_8 the account is not taken
 * at the station, so no question about the abuse is ever right there (DIS-03 can only be violated).
 */
const avoidanceOnly: Readonly<Record<string, readonly string[]>> = { disclosure_8: ['DIS-03'] };
import { caseIds, storyFile } from '../support/cases.ts';

const cases = caseIds();
const checks = new Map<string, StoryCheck>();
const checked = (caseId: string, lang: 'es' | 'en') => {
  const key = `${caseId}/${lang}`;
  if (!checks.has(key)) checks.set(key, checkStoryFile(storyFile(caseId, lang)));
  return checks.get(key)!;
};

describe('the eight cases', () => {
  it('are all there', () => {
    expect(cases).toEqual(Object.keys(keyStandards).sort());
  });

  describe.each(cases)('%s', (caseId) => {
    it.each(['es', 'en'] as const)('%s compiles and passes the story check', (lang) => {
      expect(checked(caseId, lang).issues.filter((i) => i.level === 'error').map(formatIssue)).toEqual([]);
    });

    it('has the same structure and tags in Spanish and English', () => {
      expect(parityIssues(checked(caseId, 'es').tree, checked(caseId, 'en').tree).map(formatIssue)).toEqual([]);
    });

    it('has a best path of at least 12 decisions that passes with 100 and no violation', () => {
      const { exploration, json } = checked(caseId, 'es');
      expect(exploration?.best.overall).toBe(100);
      const run = playPath({ json: json!, choices: exploration!.best.choices });
      expect(run.context.verdicts.filter((v) => v.outcome === 'violated')).toEqual([]);
      expect(run.result().passed).toBe(true);
      expect(exploration!.best.choices.length).toBeGreaterThanOrEqual(12);
    });

    it('fails every path with a critical violation, reaches every ending, and every path ends', () => {
      const ex = checked(caseId, 'es').exploration!;
      expect(ex.passedWithCritical).toBe(0);
      expect(ex.endings['']).toBeUndefined();
      const kinds = new Set(Object.keys(ex.endings).map(endingKindOf));
      expect([...kinds].sort()).toEqual([...endingKinds].sort());
      expect(ex.problems).toEqual([]);
    });

    it('declares its key standards, and no path passes with one violated, or judges a standard twice in one choice', () => {
      const ex = checked(caseId, 'es').exploration!;
      expect(infoOf(checked(caseId, 'es').json!).key).toEqual(keyStandards[caseId]);
      expect(ex.keyViolatedPassed).toBe(0);
      expect(ex.duplicateVerdictPaths).toBe(0);
    });

    it('lets every key standard of the case be met on some path and violated on another', () => {
      const ex = checked(caseId, 'es').exploration!;
      const rows = infoOf(checked(caseId, 'es').json!).key.map((s) => ({ standard: s, met: ex.metSomewhere.includes(s), violated: ex.violatedSomewhere.includes(s) }));
      console.log(`\n${caseId}: key-standard coverage\n${rows.map((r) => `  ${r.standard}  met ${r.met ? 'yes' : 'NO '}  violated ${r.violated ? 'yes' : 'NO '}`).join('\n')}`);
      const avoidOnly = avoidanceOnly[caseId] ?? [];
      expect(rows.filter((r) => !r.violated || (!r.met && !avoidOnly.includes(r.standard)))).toEqual([]);
    });
  });

  it('every case is explored whole, well inside the explorer budgets (figures printed)', () => {
    for (const c of cases) {
      const ex = checked(c, 'es').exploration!;
      const scores = Object.keys(ex.distribution).map(Number);
      const rules = optionRules(ex.decisions);
      const reach = Object.entries(ex.keyReach).map(([s, share]) => `${s} ${Math.round(share * 100)}%`);
      console.log(
        `  ${c.padEnd(20)} decisions on best path ${String(ex.best.choices.length).padStart(2)}  paths ${String(ex.paths).padStart(6)}  states ${String(ex.states).padStart(5)}  scores ${Math.min(...scores)}–${Math.max(...scores)}  ${Math.round(ex.ms)} ms\n` +
          `    compliant option the longest at ${Math.round(rules.compliantLongestShare * 100)}% of ${rules.decisions} decisions; key decisions reached: ${reach.join(' ')}`,
      );
      expect(ex.incomplete, c).toBeUndefined();
      // the default state guard is 50,000 states and 2,500 decisions per path: keep a margin of 5×
      expect(ex.states, c).toBeLessThan(10_000);
      expect(ex.best.choices.length, c).toBeGreaterThanOrEqual(8);
      expect(ex.best.choices.length, c).toBeLessThan(500);
    }
  });
});
