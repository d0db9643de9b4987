import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import { goldenOf, type Golden } from '../../tools/lib/golden.ts';
import { caseIds, storyFile } from '../support/cases.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'verdicts');

describe.each(caseIds())('golden paths of %s', (caseId) => {
  const paths = JSON.parse(readFileSync(join(fixtures, caseId, 'paths.json'), 'utf8')) as Record<string, number[]>;
  const es = compileInk(storyFile(caseId, 'es')).json!;
  const en = compileInk(storyFile(caseId, 'en')).json!;

  it.each(Object.keys(paths))('%s gives the stored verdicts and scores', (name) => {
    const file = join(fixtures, caseId, `${name}.json`);
    expect(existsSync(file), `${file} missing: run npm run golden`).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect(goldenOf(es, stored.choices)).toEqual(stored);
  });

  it.each(Object.keys(paths))('%s is judged identically in English', (name) => {
    const choices = paths[name]!;
    const { verdicts, scores, passed, ending } = goldenOf(es, choices);
    const english = goldenOf(en, choices);
    expect({ verdicts: english.verdicts, scores: english.scores, passed: english.passed, ending: english.ending }).toEqual({ verdicts, scores, passed, ending });
  });

  it('has the best path and two typical trainee paths', () => {
    expect(Object.keys(paths).sort()).toEqual(['best', 'typical_1', 'typical_2']);
    expect(goldenOf(es, paths.best!).passed).toBe(true);
  });
});
