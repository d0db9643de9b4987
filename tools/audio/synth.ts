/**
 * Offline synthesiser for every sound in assets/audio/.
 *
 * Nothing here is sampled or downloaded: each sound is built from oscillators, seeded noise,
 * filters, modal resonators and a small Freeverb-style reverb (tools/audio/dsp/), from the
 * recipes in tools/audio/sounds/ listed by tools/audio/catalogue.ts, then written as a mono
 * 32-bit float WAV. tools/audio/generate-audio.sh runs this, then sets loudness and encodes
 * with ffmpeg.
 *
 * Usage: npx tsx tools/audio/synth.ts OUT_DIR [name ...]
 * Writes OUT_DIR/{ambient,sfx,ui}/NAME.wav and OUT_DIR/manifest.tsv
 * (category, name, loop flag, loudness target, bitrate, description).
 *
 * Everything is deterministic: each sound has its own fixed seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { SOUNDS, manifestRow, renderSound } from './catalogue.ts';
import { SR } from './dsp/buffer.ts';
import { seamReport } from './dsp/loop.ts';
import { writeWav } from './wav.ts';

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: npx tsx tools/audio/synth.ts OUT_DIR [name ...]\n');
    process.exit(2);
  }
  const only = new Set(process.argv.slice(3));
  const rows: string[] = [];
  for (const s of SOUNDS) {
    if (only.size && !only.has(s.name)) continue;
    const b = renderSound(s);
    mkdirSync(join(outDir, s.category), { recursive: true });
    writeWav(join(outDir, s.category, `${s.name}.wav`), b);
    rows.push(manifestRow(s));
    const info = s.loop ? `  ${seamReport(b)}` : '';
    process.stdout.write(`synth ${s.category}/${s.name}: ${(b.length / SR).toFixed(3)} s${info}\n`);
  }
  writeFileSync(join(outDir, 'manifest.tsv'), rows.join('\n') + '\n');
}

main();
