/** An HTML contact sheet of every drawn file, for reviewing the cast side by side. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moodIds } from '../../../src/core/story/vocabulary.ts';

export interface SheetInput {
  readonly peopleDir: string;
  readonly portraitDir: string;
  readonly kids: readonly string[];
  readonly grownUps: readonly string[];
}

export function writeContactSheet(
  sheet: string,
  { peopleDir, portraitDir, kids, grownUps }: SheetInput,
): void {
  const img = (file: string, w: number, h: number, label: string): string =>
    `<figure><img src="file://${file}" width="${w}" height="${h}"><figcaption>${label}</figcaption></figure>`;
  let html =
    '<!doctype html><meta charset="utf-8"><style>body{margin:8px;background:#e9e4da;font:11px sans-serif}' +
    'section{display:flex;flex-wrap:wrap;gap:4px;margin-bottom:6px}figure{margin:0;text-align:center}' +
    'img{background:#f7f3ec;outline:1px dashed #b9b0a0;display:block}</style>';
  for (const id of kids) {
    html += '<section>';
    for (const mood of moodIds) html += img(join(peopleDir, id, `${mood}.svg`), 100, 200, `${id} ${mood}`);
    html += img(join(portraitDir, `${id}.svg`), 100, 100, 'portrait');
    html += '</section>';
  }
  html += '<section>';
  for (const id of grownUps) html += img(join(peopleDir, `${id}.svg`), 100, 200, id);
  html += '</section>';
  writeFileSync(sheet, html);
  console.log(`contact sheet: ${sheet}`);
}
