import { describe, expect, it } from 'vitest';
import type { StoryStep } from '../../../../src/core/story/story-step.ts';
import { StoryRunner } from '../../../../src/core/story/story-runner.ts';
import { fixtureJson } from '../../../support/fixtures.ts';

type Mode = 'straight' | 'json round trip';

/** What a step shows: each line as `speaker: text`, each option as `text [actions]`. */
const shown = (step: StoryStep) => ({
  lines: step.lines.map((l) => `${l.speaker ?? '-'}: ${l.text}`),
  options: step.options.map((o) => `${o.text} [${o.actions.join(' ')}]`),
  ...(step.isEnd ? { ending: step.ending } : {}),
});

/** Plays a fixture of tests/fixtures/stories/runner/, taking `path`; with a json round trip the runner is rebuilt from its save at every step. */
function played(mode: Mode, fixture: string, path: readonly number[]) {
  const json = fixtureJson(`runner/${fixture}.ink`);
  let runner = new StoryRunner({ json });
  const steps = [shown(runner.start())];
  for (const index of path) {
    if (mode === 'json round trip') {
      const saved = JSON.parse(JSON.stringify(runner.save())) as ReturnType<StoryRunner['save']>;
      runner = new StoryRunner({ json, saved });
    }
    steps.push(shown(runner.choose(index)));
  }
  return steps;
}

const end = { lines: ['-: Listo.'], options: [], ending: 'protected_home' };

// One tiny story per ink behaviour the cases may use, as inkjs tests its own.
describe.each<Mode>(['straight', 'json round trip'])('StoryRunner on ink behaviours (%s)', (mode) => {
  it('glue (<>) joins two source lines into one line, keeping its speaker', () => {
    expect(played(mode, 'glue', [0])).toEqual([
      { lines: ['lucy: Hola, Jhon.', 'lucy: ¿Cómo te llamas?'], options: ['Esperar. [build_rapport]'] },
      end,
    ]);
  });

  it('tags inside the brackets are the option’s actions; tags after them belong to the line it prints', () => {
    expect(played(mode, 'choice-tags', [0])).toEqual([
      {
        lines: ['narrator: Jhon espera.'],
        options: [
          'Saludar a Jhon. [introduce_self_simply build_rapport]',
          'Hablar solo con la mamá. [use_jargon]',
        ],
      },
      { ...end, lines: ['lucy: Hola, Jhon.', '-: Listo.'] },
    ]);
  });

  it('a once-only option (*) is gone once taken; a sticky one (+) stays', () => {
    const steps = played(mode, 'once-only', [0, 0, 0]);
    expect(steps.map((s) => s.options.length)).toEqual([3, 2, 1, 0]);
    expect(steps[1]?.options).toEqual([
      'Preguntar dónde vive. [ask_open_question]',
      'Terminar. [build_rapport]',
    ]);
    expect(steps[2]?.lines).toEqual(['jhon: Lejos.', 'narrator: ¿Qué preguntas?']);
    expect(steps[3]).toEqual(end);
  });

  it('a fallback choice (* ->) is never offered, and is taken by itself once nothing else is left', () => {
    expect(played(mode, 'fallback', [0])).toEqual([
      { lines: ['narrator: ¿Algo más?'], options: ['Preguntar por su mamá. [ask_open_question]'] },
      { ...end, lines: ['narrator: ¿Algo más?', 'narrator: Ya no quedan preguntas.', '-: Listo.'] },
    ]);
  });

  it('a tunnel (-> knot ->) runs its knot and comes back, from the story and from an option', () => {
    expect(played(mode, 'tunnel', [0])).toEqual([
      {
        lines: ['narrator: Inicio.', 'lucy: Te explico lo que va a pasar.', 'narrator: De vuelta.'],
        options: ['Seguir. [build_rapport]'],
      },
      { ...end, lines: ['lucy: Te explico lo que va a pasar.', '-: Listo.'] },
    ]);
  });

  it('a thread (<- knot) offers its options beside the knot’s own, each going where it leads', () => {
    const [first, viaThread] = played(mode, 'thread', [0]);
    expect(first).toEqual({
      lines: ['narrator: La mesa de partes.'],
      options: ['Contestar el teléfono. [use_jargon]', 'Atender a Jhon. [build_rapport]'],
    });
    expect(viaThread).toEqual({ ...end, lines: ['lucy: Aló.', '-: Listo.'] });
    expect(played(mode, 'thread', [1])[1]).toEqual(end);
  });
});
