import { caseTypes } from '../../src/core/protocol/case-types.ts';
import { languages, type Language } from '../../src/core/language.ts';
import type { Localized } from '../../src/core/protocol/localized.ts';
import { QUESTION_TYPES } from '../../src/core/questions/question-type.ts';
import { characters } from '../../src/core/story/characters.ts';
import { endingKinds } from '../../src/core/story/endings.ts';
import {
  globalTagKeys,
  lineTagKeys,
  optionalGlobalTagKeys,
  type GlobalTagKey,
  type LineTagKey,
} from '../../src/core/story/tag-grammar.ts';
import { ambientIds, moodIds, phaseIds, sceneIds, sfxIds } from '../../src/core/story/vocabulary.ts';
import { anchor, code, say, table } from './reference-markdown.ts';

const valuesIn = (lang: Language, v: Localized | string) => (typeof v === 'string' ? v : say(lang, v));
const codes = (ids: readonly string[]) => ids.map(code).join(', ');

const globalMeaning: Record<GlobalTagKey, Localized> = {
  case: {
    es: 'el nombre de la carpeta del caso, en snake_case; no cambia nunca',
    en: "the case folder's name, in snake_case; it never changes",
  },
  title: {
    es: 'el título de la tarjeta del caso, en el idioma del archivo',
    en: "the case card's title, in the file's language",
  },
  persona: {
    es: 'el id del niño, niña o adolescente del caso ([personas](#people))',
    en: 'the id of the child or adolescent of the case ([people](#people))',
  },
  age: { es: 'su edad en años, de 0 a 17', en: 'their age in years, 0 to 17' },
  type: {
    es: `el tipo de caso: ${codes(caseTypes)} ([sección 6](#types))`,
    en: `the case type: ${codes(caseTypes)} ([section 6](#types))`,
  },
  requires: {
    es: 'las acciones que el caso debe incluir antes de terminar, separadas por comas ([sección 3](#actions))',
    en: 'the actions the case must include before it ends, comma-separated ([section 3](#actions))',
  },
  trust: {
    es: 'la confianza del niño o niña al empezar, de 0 a 10 (declare también `VAR trust`)',
    en: "the child's trust at the start, 0 to 10 (declare `VAR trust` too)",
  },
  distress: {
    es: 'su malestar al empezar, de 0 a 10 (declare también `VAR distress`)',
    en: 'their distress at the start, 0 to 10 (declare `VAR distress` too)',
  },
  content_note: {
    es: 'la advertencia que se lee antes de empezar, en una o dos oraciones',
    en: 'the warning read before starting, in one or two sentences',
  },
  lang: { es: `el idioma del archivo: ${codes(languages)}`, en: `the file's language: ${codes(languages)}` },
  summary: {
    es: 'la situación en una línea, en la tarjeta del caso (si falta, el título)',
    en: 'the situation in one line, on the case card (the title when absent)',
  },
  cast: {
    es: 'declara una persona propia de la historia: `id, tipo, género, Nombre` (tipo child, adolescent o adult; género girl, boy, woman o man; el nombre en el idioma del archivo); una línea por persona',
    en: "declares a person of the story's own: `id, kind, gender, Name` (kind child, adolescent or adult; gender girl, boy, woman or man; the name in the file's language); one line per person",
  },
  key: {
    es: 'los estándares que el caso entrena, separados por comas ([sección 2](#standards)): uno incumplido no aprueba el caso',
    en: 'the standards the case trains, comma-separated ([section 2](#standards)): a violated one fails the case',
  },
};

const lineMeaning: Record<LineTagKey, { what: Localized; values: Localized | string }> = {
  speaker: {
    what: { es: 'quién habla', en: 'who speaks' },
    values: {
      es: `${code('narrator')}, ${code('officer')} (quien juega) o el id de una [persona](#people)`,
      en: `${code('narrator')}, ${code('officer')} (the trainee) or the id of a [person](#people)`,
    },
  },
  mood: {
    what: { es: 'la expresión del niño o niña del caso', en: "the case child's expression" },
    values: codes(moodIds),
  },
  scene: { what: { es: 'dónde ocurre la escena', en: 'where the scene is' }, values: codes(sceneIds) },
  sfx: {
    what: { es: 'un sonido (se muestra también como subtítulo)', en: 'a sound (shown as a caption too)' },
    values: codes(sfxIds),
  },
  ambient: {
    what: { es: 'un sonido de fondo en bucle', en: 'a background loop' },
    values: codes(ambientIds),
  },
  phase: { what: { es: 'la fase de la atención', en: 'the phase of care' }, values: codes(phaseIds) },
  event: {
    what: {
      es: 'una situación que la máquina convierte en obligaciones',
      en: 'a situation the machine turns into obligations',
    },
    values: '[§5](#situations)',
  },
  ending: {
    what: {
      es: 'la última línea de cada final; el id empieza por su tipo',
      en: 'the last line of every ending; the id starts with its kind',
    },
    values: endingKinds.map((k) => code(`${k}…`)).join(', '),
  },
  present: {
    what: {
      es: 'desde esta línea, exactamente estas personas están en la sala (además del niño o niña del caso); `none` para nadie',
      en: "from this line, exactly these people are in the room (besides the case's child); `none` for nobody",
    },
    values: {
      es: 'ids de [personas](#people), separados por comas',
      en: 'ids of [people](#people), comma-separated',
    },
  },
  arrives: {
    what: { es: 'entran a la sala en esta línea', en: 'they come into the room at this line' },
    values: {
      es: 'ids de [personas](#people), separados por comas',
      en: 'ids of [people](#people), comma-separated',
    },
  },
  leaves: {
    what: { es: 'salen de la sala en esta línea', en: 'they go out at this line' },
    values: {
      es: 'ids de [personas](#people), separados por comas',
      en: 'ids of [people](#people), comma-separated',
    },
  },
  held_by: {
    what: {
      es: 'el niño o niña del caso está en brazos o en la falda de este adulto; `none` cuando ya no',
      en: "the case's child is in this adult's arms or lap; `none` when no longer",
    },
    values: { es: 'el id de un adulto, o `none`', en: 'the id of an adult, or `none`' },
  },
  open: {
    what: {
      es: 'la decisión a la que lleva este paso es abierta: quien juega puede escribir su pregunta; se clasifica en el dispositivo y toma la opción `q:` de su tipo. Sin valor (`# open`), en una línea con texto antes de las opciones',
      en: 'the decision this step leads to is open: the trainee may type the question; it is classified on the device and takes the `q:` option of its type. No value (`# open`), on a line with text before the options',
    },
    values: { es: '— (ninguno)', en: '— (none)' },
  },
  undisclosed: {
    what: {
      es: 'lo que el niño o niña aún no ha dicho en esta decisión: una pregunta que lo nombra es sugestiva. Solo en la misma línea que `open`',
      en: 'what the child has not said yet at this decision: a question naming it is suggestive. Only on the same line as `open`',
    },
    values: {
      es: 'palabras en el idioma del archivo, separadas por comas (`vecino, cuarto, tocar`)',
      en: "words in the file's language, comma-separated (`neighbour, room, touch`)",
    },
  },
  disclosed: {
    what: {
      es: 'lo que el niño o niña ya dijo: una pregunta qué/quién/dónde sobre ello es directiva. Solo en la misma línea que `open`',
      en: 'what the child has already said: a what/who/where question about it is a directive. Only on the same line as `open`',
    },
    values: {
      es: 'palabras en el idioma del archivo, separadas por comas',
      en: "words in the file's language, comma-separated",
    },
  },
};

const typeList = QUESTION_TYPES.map(code).join(', ');

const text7 = {
  es: {
    title: '7. Las etiquetas de una historia',
    intro:
      'Lo que una historia puede escribir en sus etiquetas, tomado de la gramática de `src/core/story/`. Cómo usarlas, con ejemplos: [stories/README.md](../../stories/README.md); un caso nuevo con cada etiqueta comentada: `npm run new-case -- <case_id>`.',
    globals: '### Etiquetas globales (al principio del archivo)',
    globalsHead: ['etiqueta', '¿obligatoria?', 'qué dice'],
    yes: 'sí',
    no: 'no',
    lines: '### Etiquetas de línea (al final de una línea)',
    linesHead: ['etiqueta', 'qué dice', 'valores'],
    options: '### Etiquetas de opción (dentro de los corchetes)',
    optionsText:
      'Cada opción lleva una o dos etiquetas `do:<acción>` dentro de los corchetes, p. ej. `+ [Pasar a la sala. #do:move_to_private_room]`; las acciones están en la [sección 3](#actions).',
    questionText: `En una decisión abierta (\`open\`), \`q:<tipo>\` marca la opción que toma una pregunta escrita de ese tipo: ${typeList}. Cada decisión abierta tiene exactamente una opción por cada uno de los siete tipos (así todo lo que se escriba se juzga por la opción escrita para su tipo, sin opción de reserva); puede tener además opciones sin \`q:\`, que solo se eligen de la lista. \`q:\` fuera de una decisión abierta es un error.`,
    people: '### Personas incluidas',
    peopleText:
      'Los ids que `speaker:` y `persona:` aceptan sin declararlos; `persona:` debe ser un niño, niña o adolescente (`child`).',
    peopleHead: ['id', 'tipo', 'nombre'],
  },
  en: {
    title: '7. The tags of a story',
    intro:
      'What a story can write in its tags, taken from the grammar in `src/core/story/`. How to use them, with examples: [stories/README.md](../../stories/README.md); a new case with every tag commented: `npm run new-case -- <case_id>`.',
    globals: '### Global tags (at the top of the file)',
    globalsHead: ['tag', 'required?', 'what it says'],
    yes: 'yes',
    no: 'no',
    lines: '### Line tags (at the end of a line)',
    linesHead: ['tag', 'what it says', 'values'],
    options: '### Option tags (inside the brackets)',
    optionsText:
      'Every option carries one or two `do:<action>` tags inside its brackets, e.g. `+ [Go to the room. #do:move_to_private_room]`; the actions are in [section 3](#actions).',
    questionText: `At an open decision (\`open\`), \`q:<type>\` marks the option a typed question of that type takes: ${typeList}. Every open decision has exactly one option for each of the seven types (so whatever is typed is judged by the option written for its type, with no fallback option); it may also have options without \`q:\`, chosen from the list only. \`q:\` outside an open decision is an error.`,
    people: '### Built-in people',
    peopleText:
      'The ids `speaker:` and `persona:` accept without declaring them; `persona:` must be a child or adolescent (`child`).',
    peopleHead: ['id', 'kind', 'name'],
  },
};

/** Section 7: the tag grammar a story is written in (global, line and option tags, built-in people). */
export function tagsSection(lang: Language): string[][] {
  const t = text7[lang];
  const globalRows = [...globalTagKeys, ...optionalGlobalTagKeys].map((key) => [
    code(`${key}:`),
    (globalTagKeys as readonly string[]).includes(key) ? t.yes : t.no,
    say(lang, globalMeaning[key]),
  ]);
  const lineRows = lineTagKeys.map((key) => [
    code(key === 'open' ? key : `${key}:`),
    say(lang, lineMeaning[key].what),
    valuesIn(lang, lineMeaning[key].values),
  ]);
  const peopleRows = characters.map((c) => [code(c.id), code(c.kind), c.name[lang] || '—']);
  return [
    [anchor('tags'), `## ${t.title}`],
    [t.intro],
    [t.globals],
    table(t.globalsHead, globalRows),
    [t.lines],
    table(t.linesHead, lineRows),
    [t.options],
    [t.optionsText],
    [t.questionText],
    [anchor('people'), t.people],
    [t.peopleText],
    table(t.peopleHead, peopleRows),
  ];
}
