import { describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import { cueStrategies, playStrategy, randomWalk } from '../../tools/lib/cue-strategies.ts';
import { casesMeetingOptionRules } from '../../tools/lib/option-rules-cases.ts';
import { caseIds, storyFile } from '../support/cases.ts';

const walks = 200;

describe.each(caseIds())('cue-following strategies on %s', (caseId) => {
  it.each(['es', 'en'] as const)('%s: no strategy that follows surface cues passes the case', (lang) => {
    const json = compileInk(storyFile(caseId, lang)).json!;
    const rows = Object.entries(cueStrategies).map(([name, pick]) => ({ name, ...playStrategy(json, pick, 1) }));
    const random = Array.from({ length: walks }, (_, seed) => playStrategy(json, randomWalk, seed + 1));
    const passedWalks = random.filter((r) => r.passed).length;
    const best = Math.max(...random.map((r) => r.overall));
    console.log(
      `${caseId}/${lang}: ${rows.map((r) => `${r.name} ${r.overall}${r.passed ? ' PASSED' : ''}`).join('   ')}   random walks: best ${best}, passed ${passedWalks} of ${walks}`,
    );
    if (!casesMeetingOptionRules.includes(caseId)) return;
    expect(rows.filter((r) => r.passed).map((r) => r.name)).toEqual([]);
    expect(passedWalks).toBe(0);
  });
});
