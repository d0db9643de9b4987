import type { Language } from '../../src/core/language.ts';
import { actionsSection } from './reference-actions.ts';
import { judgingSection } from './reference-judging.ts';
import { joinBlocks } from './reference-markdown.ts';
import { rulesSection } from './reference-rules.ts';
import { situationsSection } from './reference-situations.ts';
import { tagsSection } from './reference-tags.ts';
import { standardsSection, typesSection } from './reference-standards.ts';

/** Where the reference is written, Spanish first. */
export const referenceFiles: readonly { readonly lang: Language; readonly path: string }[] = [
  { lang: 'es', path: 'docs/reference/es.md' },
  { lang: 'en', path: 'docs/reference/en.md' },
];

const header = {
  es: ['# Primer Contacto: referencia del protocolo', '', '[Español](es.md) · [English](en.md)'],
  en: ['# Primer Contacto: protocol reference', '', '[Español](es.md) · [English](en.md)'],
};

const note = {
  es: 'Este archivo se genera desde el catálogo tipado de `src/core/protocol/` con `npm run docs:reference`: no lo edite a mano. Dice cómo juzga hoy el simulador cada decisión; un cambio en el catálogo cambia este archivo, y una prueba comprueba que coinciden. El catálogo es un borrador para la revisión de una abogada peruana especialista en protección de la niñez y de un instructor de la PNP. Cómo escribir un caso: [stories/README.md](../../stories/README.md).',
  en: 'This file is generated from the typed catalogue in `src/core/protocol/` by `npm run docs:reference`: do not edit it by hand. It says how the simulator judges each decision today; a change to the catalogue changes this file, and a test checks that they agree. The catalogue is a draft for review by a Peruvian child-protection lawyer and a PNP trainer. How to write a case: [stories/README.md](../../stories/README.md).',
};

const contents = {
  es: [
    '1. [Cómo se juzga un caso](#judging)',
    '2. [Los estándares, por competencia](#standards)',
    '3. [Las acciones](#actions)',
    '4. [Las reglas condicionales](#rules)',
    '5. [Las situaciones](#situations)',
    '6. [Tipos de caso y competencias](#types)',
    '7. [Las etiquetas de una historia](#tags)',
  ],
  en: [
    '1. [How a case is judged](#judging)',
    '2. [The standards, by competency](#standards)',
    '3. [The actions](#actions)',
    '4. [The conditional rules](#rules)',
    '5. [The situations](#situations)',
    '6. [Case types and competencies](#types)',
    '7. [The tags of a story](#tags)',
  ],
};

/** The whole reference in one language, as Markdown. Deterministic: the same catalogue gives the same text. */
export function referenceMarkdown(lang: Language): string {
  return joinBlocks([
    header[lang],
    [note[lang]],
    contents[lang],
    ...judgingSection(lang),
    ...standardsSection(lang),
    ...actionsSection(lang),
    ...rulesSection(lang),
    ...situationsSection(lang),
    ...typesSection(lang),
    ...tagsSection(lang),
  ]);
}
