/**
 * The catalogue of sounds in assets/audio/: each recipe with its loudness target and encoder
 * bitrate, in the order the manifest lists them; and how one is rendered for writing.
 */
import { normPeak, secs } from './dsp/buffer.ts';
import { loopSamples } from './dsp/loop.ts';
import { Rand } from './dsp/random.ts';
import { AMBIENT_BEDS } from './sounds/ambient-beds.ts';
import { EFFECTS } from './sounds/effects.ts';
import { INTERFACE_TONES } from './sounds/interface-tones.ts';
import type { SoundCategory, SoundRecipe } from './sounds/recipe.ts';

export type { SoundCategory, SoundRecipe } from './sounds/recipe.ts';

export interface Sound extends SoundRecipe {
  /** Integrated loudness target (LUFS) that generate-audio.sh levels it to. */
  lufs: number;
  /** Encoder bitrate (kbit/s). */
  kbps: number;
}

/** Integrated loudness (LUFS) and encoder bitrate per category. */
const TARGETS: Record<SoundCategory, { lufs: number; kbps: number }> = {
  ambient: { lufs: -24, kbps: 48 },
  sfx: { lufs: -16, kbps: 64 },
  ui: { lufs: -18, kbps: 64 },
};
/** The quiet room should stay quieter than the other beds. */
const LUFS_OVERRIDES: Partial<Record<string, number>> = { quiet_room: -28 };

export const SOUNDS: readonly Sound[] = [...AMBIENT_BEDS, ...EFFECTS, ...INTERFACE_TONES].map((recipe) => ({
  ...recipe,
  lufs: LUFS_OVERRIDES[recipe.name] ?? TARGETS[recipe.category].lufs,
  kbps: TARGETS[recipe.category].kbps,
}));

export function soundNamed(name: string): Sound {
  const sound = SOUNDS.find((s) => s.name === name);
  if (!sound) throw new Error(`no sound named ${name}`);
  return sound;
}

/** Length of the rendered sound in samples: whole 1024-sample frames for a loop. */
export const samplesOf = (sound: SoundRecipe): number =>
  sound.loop ? loopSamples(sound.seconds) : secs(sound.seconds);

/**
 * Renders a sound with its own seed (or `seed`), checks every sample is finite and brings the
 * peak to 0.5 (raw float headroom; the final loudness is set by generate-audio.sh).
 */
export function renderSound(sound: SoundRecipe, seed = sound.seed): Float32Array {
  const b = sound.render(new Rand(seed), sound.seconds);
  for (let i = 0; i < b.length; i++)
    if (!Number.isFinite(b[i])) throw new Error(`${sound.name}: non-finite sample`);
  return normPeak(b, 0.5);
}

/** The manifest row generate-audio.sh reads: category, name, loop flag, LUFS, kbps, description. */
export const manifestRow = (s: Sound): string =>
  [s.category, s.name, s.loop ? 1 : 0, s.lufs, s.kbps, s.description].join('\t');
