import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRun } from '../../../src/core/run/case-run.ts';
import type { StageView } from '../../../src/scenes/stage.ts';
import { initialStageView, nextStageView } from '../../../src/ui/stage-view.ts';
import { compileInk } from '../../../tools/lib/compile-ink.ts';
import { caseIds, storiesDir } from '../../support/cases.ts';

const people = join(import.meta.dirname, '..', '..', '..', 'assets', 'images', 'people');
/** A colleague walking in or standing by, as the stories write it; independent of the stage's own rule. */
const arrives = /\b(Ramos|Huamán)\b[^.!?]*\b(entra|llega|se acerca|se queda|se sienta|espera)\b/;
const goes = /\b(sale|se va|se retira|se aleja|se lleva)\b/;

/** Plays option 0 (or the given position) at every step of a case, folding each step into the picture. */
function walk(
  caseId: string,
  position: (step: number) => number,
): { view: StageView; narration: string[] }[] {
  const compiled = compileInk(join(storiesDir, caseId, 'es.ink'));
  if (!compiled.json) throw new Error(`${caseId} does not compile`);
  const run = new CaseRun({ json: compiled.json });
  run.start();
  let view = initialStageView('milagros', run.context.distress, caseId);
  const seen: { view: StageView; narration: string[] }[] = [];
  for (let i = 0; i < 80; i++) {
    const step = run.step;
    view = nextStageView(view, step.lines, run.context);
    // what is said in the place the step ends in: after its last change of place
    const lastMove = step.lines.map((l) => l.scene !== undefined).lastIndexOf(true);
    const here = step.lines.slice(Math.max(0, lastMove));
    seen.push({
      view,
      narration: here.filter((l) => !l.speaker || l.speaker === 'narrator').map((l) => l.text),
    });
    if (step.isEnd || step.options.length === 0) break;
    run.choose(Math.min(position(i), step.options.length - 1));
  }
  return seen;
}

let checked = 0;

describe('the people the story puts in the room are drawn', () => {
  it.each(caseIds())(
    '%s: a colleague the narration brings in is on the stage, and every adult drawn has a figure',
    (caseId) => {
      for (const path of [() => 0, (i: number) => i % 2]) {
        for (const { view, narration } of walk(caseId, path)) {
          for (const id of view.adults)
            expect(existsSync(join(people, `${id}.svg`)), `${caseId}: no figure for ${id}`).toBe(true);
          const last = narration
            .flatMap((t) => t.split(/(?<=[.!?…])\s+/))
            .filter((s) => /\b(Ramos|Huamán)\b/.test(s))
            .at(-1);
          if (!last || !arrives.test(last) || goes.test(last)) continue;
          const id = last.includes('Ramos') ? 'colleague_m' : 'colleague_f';
          expect(view.adults, `${caseId}: «${last}»`).toContain(id);
          checked++;
        }
      }
    },
    60_000,
  );

  it('checked colleagues walking in on real paths (the check is not empty)', () => {
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});
