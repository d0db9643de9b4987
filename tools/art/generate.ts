/**
 * Writes the original SVG illustrations to assets/images.
 *   npx tsx tools/art/generate.ts           (all files)
 *   npx tsx tools/art/generate.ts office    (only names containing "office")
 * The output is committed; this script only needs re-running after art changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { doorSilhouette } from './door-silhouette.ts';
import { PLACES } from './places.ts';
import { drawIn, nightOverlay, otherLooks } from './setting.ts';
import { textilePattern } from './textile-pattern.ts';
import { title } from './title.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'assets', 'images');

const files: Record<string, () => string> = {};
for (const [name, fn] of Object.entries(PLACES)) {
  files[`places/${name}.svg`] = fn;
  // The same place in the other looks a case may need: night, the highlands, an Amazonian post.
  for (const look of otherLooks) {
    files[`places/${name}/${look.region}-${look.light}.svg`] = () =>
      drawIn(look, () => fn().replace(/<\/svg>\s*$/, `${nightOverlay()}</svg>`));
  }
}
files['title.svg'] = title;
files['cues/door_silhouette.svg'] = doorSilhouette;
files['ui/pattern.svg'] = textilePattern;

const filter = process.argv[2];
for (const [rel, fn] of Object.entries(files)) {
  if (filter !== undefined && !rel.includes(filter)) continue;
  const file = join(out, rel);
  mkdirSync(dirname(file), { recursive: true });
  const svg = fn();
  writeFileSync(file, svg);
  console.log(`${rel}  ${svg.length} bytes`);
}
