import type { Language } from '../../src/core/language.ts';
import { defaultPassThreshold } from '../../src/core/protocol/protocol-context.ts';
import { caseResult } from '../../src/core/protocol/scoring.ts';
import { severityDistress, severityWeight, type Severity } from '../../src/core/protocol/severity.ts';
import { standards } from '../../src/core/protocol/standards.ts';
import { outcomes, verdictCauses, type Verdict } from '../../src/core/protocol/verdict.ts';
import { anchor, code, standardLink, table } from './reference-markdown.ts';
import { causeWords, outcomeWords, severityWord } from './reference-words.ts';

const severities: readonly Severity[] = ['minor', 'major', 'critical'];

/** A worked example of the score, computed by the scoring code itself. */
function example(lang: Language): string[] {
  const first = (s: Severity) => standards.find((x) => x.severity === s)!;
  const [crit, maj, min] = [first('critical'), first('major'), first('minor')];
  const v = (standard: typeof crit, outcome: Verdict['outcome'], severity: Severity): Verdict => ({
    standard: standard.id,
    outcome,
    severity,
    step: 0,
    cause: 'action',
    params: {},
  });
  const verdicts = [v(crit, 'met', 'critical'), v(maj, 'violated', 'major'), v(min, 'met', 'minor')];
  const r = caseResult(verdicts, { passThreshold: defaultPassThreshold, criticalFails: true });
  const [w6, w3, w1] = [severityWeight.critical, severityWeight.major, severityWeight.minor];
  const sum = `100 × (${w6} + ${w1}) ÷ (${w6} + ${w3} + ${w1}) = ${r.scores.overall}`;
  const verdict = r.passed
    ? { es: 'se aprueba', en: 'it is passed' }
    : { es: 'no se aprueba', en: 'it is not passed' };
  return lang === 'es'
    ? [
        `Ejemplo: ${standardLink(crit.id)} cumplido (base ${severityWord(lang, 'critical')}, peso ${w6}), ${standardLink(maj.id)} incumplido como falta ${severityWord(lang, 'major')} (peso ${w3}) y ${standardLink(min.id)} cumplido (base ${severityWord(lang, 'minor')}, peso ${w1}): ${sum}; con ${r.scores.overall} por debajo de ${defaultPassThreshold}, ${verdict.es}.`,
      ]
    : [
        `Example: ${standardLink(crit.id)} met (base ${severityWord(lang, 'critical')}, weight ${w6}), ${standardLink(maj.id)} violated at ${severityWord(lang, 'major')} (weight ${w3}) and ${standardLink(min.id)} met (base ${severityWord(lang, 'minor')}, weight ${w1}): ${sum}; with ${r.scores.overall} below ${defaultPassThreshold}, ${verdict.en}.`,
      ];
}

const text = {
  es: {
    title: '1. Cómo se juzga un caso',
    intro:
      'Cada opción de una historia lleva una o más acciones (etiquetas `#do:`) y cada situación (etiqueta `#event:`) cambia lo que está pasando. La máquina del protocolo juzga cada elección contra los estándares y da veredictos; la historia nunca puntúa.',
    verdicts: '### Veredictos',
    verdictsIntro:
      'Un veredicto dice qué estándar, con qué resultado, con qué gravedad, en qué decisión, por qué acción y por qué causa. No guarda texto: sus palabras se escriben al mostrarlo, en el idioma de quien lo lee. Hay tres resultados:',
    causes: 'Las causas de un veredicto:',
    one: '### Un veredicto por estándar en cada elección',
    oneText:
      'Si varias acciones de una misma opción tocan el mismo estándar, queda un solo veredicto: el peor. Incumplido gana a cumplido, una gravedad mayor gana a una menor, y a igual gravedad una gravedad agravada por una regla gana a la base.',
    distress: (d: string) =>
      `El malestar del niño o niña sube, y su confianza baja, una sola vez por elección, según la peor gravedad incumplida: ${d}.`,
    score: '### El puntaje',
    scoreIntro:
      'Al final, cada estándar cuenta una vez en el caso: incumplido si se incumplió en alguna elección (con su peor gravedad); si no, cumplido, con su gravedad base. Lo no alcanzado no cuenta. Cada estándar pesa según esa gravedad:',
    head: ['gravedad', 'peso'],
    formula:
      '**Puntaje general = 100 × (suma de los pesos de los estándares cumplidos) ÷ (suma de los pesos de todos los estándares que contaron)**, redondeado a un número entero. El puntaje de cada competencia se calcula igual, solo con sus estándares; una competencia en la que nada contó no tiene puntaje. Si no contó ningún estándar, el puntaje es 100.',
    pass: '### Aprobar',
    passIntro: 'Un caso se aprueba solo si se cumplen las tres condiciones:',
    passRules: (t: number) => [
      `1. el puntaje general, sin redondear, es de al menos ${t};`,
      `2. no hay ninguna falta ${severityWord('es', 'critical')};`,
      '3. ningún **estándar clave** del caso está incumplido, con cualquier gravedad. Los estándares clave son los que el caso existe para entrenar; cada historia los declara en su etiqueta global `key:`.',
    ],
    passAfter:
      'El resultado nombra las faltas que hicieron fallar el caso. Un veredicto no alcanzado no cuenta en ningún puntaje ni impide aprobar.',
    end: '### Al terminar el caso',
    endText: [
      'Cada acción de la etiqueta global `requires:` que nunca se tomó se juzga al final bajo el estándar que esa acción cumple: **incumplida** si alguna opción del camino del alumno la llevó y no se eligió; **no alcanzada** si ninguna opción del camino la llevó, porque el caso terminó antes. Las excepciones y las gravedades propias de algunos requisitos están en la [sección 4](#rules).',
      'Una obligación abierta por una situación que sigue pendiente al final se juzga igual: incumplida si su plazo era el final del caso y alguna opción del camino llevó una de sus acciones; si no, no alcanzada.',
    ],
  },
  en: {
    title: '1. How a case is judged',
    intro:
      'Every option of a story carries one or more actions (`#do:` tags) and every situation (`#event:` tag) changes what is going on. The protocol machine judges each choice against the standards and gives verdicts; the story never scores.',
    verdicts: '### Verdicts',
    verdictsIntro:
      "A verdict says which standard, with what outcome, at what severity, at which decision, for which action and for what cause. It stores no prose: its words are written when it is shown, in the reader's language. There are three outcomes:",
    causes: 'The causes of a verdict:',
    one: '### One verdict per standard per choice',
    oneText:
      'When several actions of one option touch the same standard, one verdict is kept: the worst. Violated beats met, a higher severity beats a lower one, and at equal severity a severity raised by a rule beats the base one.',
    distress: (d: string) =>
      `The child's distress rises, and trust falls, once per choice, by the worst violated severity: ${d}.`,
    score: '### The score',
    scoreIntro:
      'At the end each standard counts once in the case: violated if it was violated at any choice (at its worst severity); otherwise met, at its base severity. What was not reached does not count. Each standard weighs according to that severity:',
    head: ['severity', 'weight'],
    formula:
      '**Overall score = 100 × (sum of the weights of the met standards) ÷ (sum of the weights of all standards that counted)**, rounded to a whole number. Each competency score is computed the same way over its own standards; a competency in which nothing counted has no score. When no standard counted, the score is 100.',
    pass: '### Passing',
    passIntro: 'A case is passed only when all three conditions hold:',
    passRules: (t: number) => [
      `1. the overall score, before rounding, is at least ${t};`,
      `2. no standard is violated at ${severityWord('en', 'critical')} severity;`,
      '3. no **key standard** of the case is violated, at any severity. Key standards are the ones the case exists to train; each story declares them in its `key:` global tag.',
    ],
    passAfter:
      'The debrief names the violations that failed the case. A not-reached verdict counts in no score and does not stop a pass.',
    end: '### When the case ends',
    endText: [
      "Each action of the `requires:` global tag that was never taken is judged at the end under the standard that action meets: **violated** when some option on the trainee's path carried it and it was not chosen; **not reached** when no option on the path carried it, because the case ended first. Exceptions, and the severities of some requirements, are in [section 4](#rules).",
      'An obligation opened by a situation and still open at the end is judged the same way: violated when its deadline was the end of the case and some option on the path carried one of its actions; otherwise not reached.',
    ],
  },
};

/** Section 1: verdicts, one verdict per standard per choice, the score and the pass rule. */
export function judgingSection(lang: Language): string[][] {
  const t = text[lang];
  const distress = severities.map((s) => `${severityWord(lang, s)} +${severityDistress[s]}`).join(', ');
  return [
    [anchor('judging'), `## ${t.title}`],
    [t.intro],
    [t.verdicts],
    [t.verdictsIntro],
    outcomes.map((o) => {
      const name = outcomeWords[o].name[lang];
      return `- ${code(o)}${name.replace(/ /g, '_') === o ? '' : ` (${name})`}: ${outcomeWords[o].meaning[lang]}`;
    }),
    [t.causes],
    verdictCauses.map((c) => `- ${code(c)}: ${causeWords[c][lang]}`),
    [t.one],
    [t.oneText],
    [t.distress(distress)],
    [t.score],
    [t.scoreIntro],
    table(
      t.head,
      severities.map((s) => [severityWord(lang, s), String(severityWeight[s])]),
    ),
    [t.formula],
    example(lang),
    [t.pass],
    [t.passIntro],
    t.passRules(defaultPassThreshold),
    [t.passAfter],
    [t.end],
    ...t.endText.map((p) => [p]),
  ];
}
