import { seededRandom } from '../../src/core/seeded-random.ts';
import { CaseRun } from '../../src/core/run/case-run.ts';
import type { StoryOption } from '../../src/core/story/story-step.ts';

/**
 * Strategies of a trainee who does not know the protocol and follows surface cues of the
 * options instead. A case a cue wins is a case that teaches the cue, not the protocol.
 */
const institutions = [
  'fiscal',
  'cem',
  'demuna',
  'upe',
  'medicina legal',
  'médico legista',
  'cámara gesell',
  'gesell',
  'divindat',
  'línea 100',
  'chat 100',
  'mimp',
  'juzgado',
  'juez',
  'defensa pública',
  'defensor',
  'abogad',
  'udavit',
  'ministerio público',
  'inabif',
  'serenazgo',
  'psicólog',
  'centro de salud',
  'dirección',
  'división',
  'unidad',
  'ficha',
  'acta',
  'prosecutor',
  'court',
  'lawyer',
  'counsel',
  'psycholog',
  'health centre',
];
const slang = [
  'nomás',
  'pues',
  ' ya',
  'ya,',
  '¿ya?',
  'ahorita',
  'mamita',
  'papito',
  'hijito',
  'hijita',
  'jefe',
  ' oe',
  'causa',
  'pata',
  'chamba',
  'chibolo',
  'flaco',
  'flaca',
  'al toque',
  'chévere',
  'bacán',
  ' pe ',
  'chiquit',
  'campeón',
  'sweetheart',
  'kiddo',
  'buddy',
  'champ',
  'love',
  'mate',
  'right?',
  'ok?',
  'just ',
  'quick',
];

const count = (text: string, words: readonly string[]) => {
  const lower = ` ${text.toLowerCase()} `;
  return words.reduce((n, w) => n + lower.split(w).length - 1, 0);
};

type Picker = (options: readonly StoryOption[], random: () => number) => StoryOption;

/** Picks the option with the highest score; ties are broken at random, so ink order gives nothing away. */
const byScore =
  (score: (o: StoryOption) => number): Picker =>
  (options, random) => {
    const best = Math.max(...options.map(score));
    const tied = options.filter((o) => score(o) === best);
    return tied[Math.floor(random() * tied.length)]!;
  };

export const cueStrategies: Readonly<Record<string, Picker>> = {
  longest: byScore((o) => [...o.text].length),
  shortest: byScore((o) => -[...o.text].length),
  mostInstitutions: byScore((o) => count(o.text, institutions)),
  fewestSlang: byScore((o) => -count(o.text, slang)),
};

/** Plays a story choosing with `pick` at every decision; returns the result at the end. */
export function playStrategy(
  json: string,
  pick: Picker,
  seed: number,
): { overall: number; passed: boolean; decisions: number } {
  const random = seededRandom(seed);
  const run = new CaseRun({ json });
  run.start();
  let decisions = 0;
  while (!run.step.isEnd && decisions < 500) {
    run.choose(pick(run.step.options, random).index);
    decisions++;
  }
  const result = run.result();
  return { overall: result.scores.overall, passed: result.passed, decisions };
}

export const randomWalk: Picker = (options, random) => options[Math.floor(random() * options.length)]!;
