/** The interface sounds: soft, short, no harsh transients. */
import { add, buf, fadeEdges } from '../dsp/buffer.ts';
import { lp } from '../dsp/filters.ts';
import { reverb } from '../dsp/reverb.ts';
import { chime, glide } from '../sources/chimes.ts';
import { burst } from '../sources/impacts.ts';
import type { SoundRecipe } from './recipe.ts';

const select: SoundRecipe = {
  category: 'ui',
  name: 'select',
  loop: false,
  seconds: 0.11,
  seed: 11011,
  description: 'Soft tick for moving the selection between options.',
  render: (r, seconds) => {
    const b = chime(1320, seconds, 0.022, { bell: 0.05, third: 0.05 });
    add(b, lp(burst(0.004, 0.0008, r, 0.15), 5000));
    return fadeEdges(lp(b, 7000), 0.001, 0.02);
  },
};

const confirm: SoundRecipe = {
  category: 'ui',
  name: 'confirm',
  loop: false,
  seconds: 0.36,
  seed: 0, // nothing random in it
  description: 'Two-note rising chime (G5 to D6) for confirming a choice.',
  render: (_r, seconds) => {
    const b = buf(seconds);
    add(b, chime(784, seconds, 0.09));
    add(b, chime(1175, 0.29, 0.1), 0.07, 0.85);
    const w = reverb(b, { room: 0.3, damp: 0.6, wet: 0.1, size: 0.5 });
    return fadeEdges(lp(w, 8000), 0.001, 0.04);
  },
};

const open: SoundRecipe = {
  category: 'ui',
  name: 'open',
  loop: false,
  seconds: 0.24,
  seed: 12012,
  description: 'Soft upward glide with a breath of air, for opening a panel.',
  render: (r, seconds) => fadeEdges(lp(glide(520, 880, seconds, r), 7000), 0.001, 0.04),
};

const close: SoundRecipe = {
  category: 'ui',
  name: 'close',
  loop: false,
  seconds: 0.24,
  seed: 13013,
  description: 'Soft downward glide, the counterpart of open, for closing a panel.',
  render: (r, seconds) => fadeEdges(lp(glide(880, 520, seconds, r), 7000), 0.001, 0.04),
};

export const INTERFACE_TONES: readonly SoundRecipe[] = [select, confirm, open, close];
