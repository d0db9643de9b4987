import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRun } from '../../../src/core/run/case-run.ts';
import { castOf } from '../../../src/core/story/cast.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import type { StageView } from '../../../src/scenes/stage.ts';
import { initialStageView, nextStageView } from '../../../src/ui/stage-view.ts';
import { compileInk } from '../../../tools/lib/compile-ink.ts';
import { caseIds, storiesDir } from '../../support/cases.ts';
import { steer } from '../../support/steer.ts';

type Pick = (step: number, count: number) => number;

/** Ways through a case a trainee takes: the compliant path, first, last, alternating and seeded random options. */
function strategies(): Pick[] {
  const random = [1, 2, 3].map((seed) => seededRandom(seed));
  return [
    (_, n) => n - 1,
    () => 0,
    (i, n) => i % n,
    ...random.map(
      (r): Pick =>
        (_, n) =>
          Math.floor(r() * n),
    ),
  ];
}

/** Every person a line's own tags and speaker put in the room (the case's child is drawn in her own place). */
function markedPresent(line: StoryLine, persona: string, run: CaseRun): string[] {
  const cast = castOf(run.info.cast);
  const speaker = line.speaker && cast.person(line.speaker)?.kind === 'adult' ? [line.speaker] : [];
  return [...(line.present ?? []), ...(line.arrives ?? []), ...speaker].filter(
    (id) => id !== persona && !(line.leaves ?? []).includes(id),
  );
}

const checked = { lines: 0, marked: 0 };

function playAndCheck(caseId: string, lang: 'es' | 'en', choices: number[] | Pick): void {
  const compiled = compileInk(join(storiesDir, caseId, `${lang}.ink`));
  if (!compiled.json) throw new Error(`${caseId} does not compile`);
  const run = new CaseRun({ json: compiled.json });
  run.start();
  const cast = castOf(run.info.cast);
  const persona = run.info.persona;
  let view: StageView = initialStageView(persona, run.context.distress, caseId, run.info.cast);
  for (let i = 0; i < 200; i++) {
    const step = run.step;
    let lineByLine = view;
    for (const line of step.lines) {
      lineByLine = nextStageView(lineByLine, [line], run.context, cast);
      const where = `${caseId}/${lang} step ${i}: «${line.text.slice(0, 60)}»`;
      for (const id of markedPresent(line, persona, run)) {
        expect(lineByLine.adults, `${where}: ${id} is marked present but not drawn`).toContain(id);
        checked.marked++;
      }
      // nobody twice: each adult once, the child never also as an adult, a held child held by someone drawn
      expect(new Set(lineByLine.adults).size, where).toBe(lineByLine.adults.length);
      expect(lineByLine.adults, where).not.toContain(persona);
      if (lineByLine.child.heldBy) expect(lineByLine.adults, where).toContain(lineByLine.child.heldBy);
      checked.lines++;
    }
    // the stage is shown the whole step at once: the same picture as line by line
    view = nextStageView(view, step.lines, run.context, cast);
    expect(view.adults, `${caseId}/${lang} step ${i}`).toEqual(lineByLine.adults);
    if (step.isEnd) return;
    const pick = Array.isArray(choices) ? (choices[i] ?? 0) : choices(i, step.options.length);
    run.choose(Math.min(pick, step.options.length - 1));
  }
}

describe('every person marked present at a line is drawn on the stage at that line', () => {
  for (const caseId of caseIds()) {
    it.each(['es', 'en'] as const)(
      `${caseId} (%s), on real paths`,
      (lang) => {
        const compiled = compileInk(join(storiesDir, caseId, `${lang}.ink`));
        playAndCheck(caseId, lang, steer(compiled.json ?? '', []).choices);
        for (const pick of strategies()) playAndCheck(caseId, lang, pick);
      },
      120_000,
    );
  }

  it('checked many lines and many marked people (the check is not empty)', () => {
    expect(checked.lines).toBeGreaterThan(2000);
    expect(checked.marked).toBeGreaterThan(300);
  });
});
