/**
 * Draws the cast of Primer Contacto as original flat-illustration SVGs.
 *
 *   cd /work/main && npx tsx tools/art/draw-people.ts                 (all files)
 *   cd /work/main && npx tsx tools/art/draw-people.ts --sheet /tmp/sheet.html
 *                  (also writes an HTML contact sheet of everything, for review)
 *
 * Writes
 *   assets/images/people/<child>/<mood>.svg   full standing figure, 400×800, one per mood
 *   assets/images/people/<adult>.svg          full standing figure, 400×800, neutral
 *   assets/images/portraits/<child>.svg       head and shoulders, 256×256, calm
 *   assets/images/figures/<figure>.svg        a generic figure (kind_gender) standing neutral,
 *   assets/images/figures/<figure>/<mood>.svg and, for children and adolescents, one per mood
 *
 * Every figure is assembled from the same parts (head, hair, eyes/brows/mouth per mood,
 * torso, arms solved from hand targets, legs, clothes), so the cast shares one style; a
 * character is only a parameter set in LOOKS. Nothing is downloaded, traced or embedded:
 * no fonts, no rasters, no text. The output is committed; re-run after changing the art.
 *
 * This file only writes the files; the drawing lives in people/:
 *   looks.ts (+ looks-*.ts)   the cast as parameter sets; look.ts, tones.ts their vocabulary
 *   geometry.ts, poses.ts     proportions by age, posture per mood, arm solving
 *   head.ts, face.ts, hair.ts the head in head units
 *   torso.ts, top-details.ts, accessories.ts, arms.ts, held-props.ts, legs.ts   the body
 *   figure.ts, documents.ts   assembly into the full figure and the portrait SVGs
 *   sheet.ts                  the optional HTML contact sheet
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characters } from '../../src/core/story/characters.ts';
import { figureHasMoods, genericFigures } from '../../src/core/story/generic-figures.ts';
import { moodIds } from '../../src/core/story/vocabulary.ts';
import { fullSvg, portraitSvg } from './people/documents.ts';
import { LOOKS } from './people/looks.ts';
import { GENERIC_LOOKS } from './people/looks-generic.ts';
import { writeContactSheet } from './people/sheet.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const peopleDir = join(root, 'assets', 'images', 'people');
const portraitDir = join(root, 'assets', 'images', 'portraits');
const figuresDir = join(root, 'assets', 'images', 'figures');

const written: { file: string; bytes: number }[] = [];
function write(file: string, svg: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
  written.push({ file, bytes: Buffer.byteLength(svg) });
}

const kids: string[] = [];
const grownUps: string[] = [];
for (const c of characters) {
  if (c.kind === 'narrator') continue;
  const look = LOOKS[c.id];
  if (look === undefined)
    throw new Error(`No look for character "${c.id}": add its look to tools/art/people/looks-*.ts`);
  if (c.kind === 'child') {
    kids.push(c.id);
    for (const mood of moodIds) write(join(peopleDir, c.id, `${mood}.svg`), fullSvg(look, mood));
    write(join(portraitDir, `${c.id}.svg`), portraitSvg(look));
  } else {
    grownUps.push(c.id);
    write(join(peopleDir, `${c.id}.svg`), fullSvg(look, 'neutral'));
  }
}

for (const figure of genericFigures) {
  const look = GENERIC_LOOKS[figure];
  write(join(figuresDir, `${figure}.svg`), fullSvg(look, 'neutral'));
  if (figureHasMoods(figure))
    for (const mood of moodIds) write(join(figuresDir, figure, `${mood}.svg`), fullSvg(look, mood));
}

const total = written.reduce((sum, w) => sum + w.bytes, 0);
const largest = written.reduce((m, w) => (w.bytes > m.bytes ? w : m));
console.log(
  `${written.length} files, ${total} bytes; largest ${relative(root, largest.file)} (${largest.bytes} bytes)`,
);

const sheetAt = process.argv.indexOf('--sheet');
const sheet = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
if (sheet !== undefined) writeContactSheet(sheet, { peopleDir, portraitDir, kids, grownUps });
