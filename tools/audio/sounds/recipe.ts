/** What a sound of the catalogue is: where it goes, how long it is, and how it is made. */
import type { Rand } from '../dsp/random.ts';

export type SoundCategory = 'ambient' | 'sfx' | 'ui';

export interface SoundRecipe {
  category: SoundCategory;
  /** File name without extension; matches `ambientIds`, `sfxIds` and `UiSound` in src/. */
  name: string;
  /** A seamless loop (ambient beds) rather than a one-shot. */
  loop: boolean;
  /** Length (s). A loop is cut to whole 1024-sample frames, at most this long. */
  seconds: number;
  /** The seed of its random generator: the same seed gives the same samples. */
  seed: number;
  description: string;
  /** Renders `seconds` of the sound at a raw level (levelled later) with the generator `r`. */
  render: (r: Rand, seconds: number) => Float32Array;
}
