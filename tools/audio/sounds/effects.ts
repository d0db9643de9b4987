/** The one-shot sound effects a case can play: door, phone, radio, footsteps, chair, paper. */
import { add, buf, fadeEdges, secs } from '../dsp/buffer.ts';
import { hp, lp } from '../dsp/filters.ts';
import { impulseAt, modal } from '../dsp/resonators.ts';
import { reverb } from '../dsp/reverb.ts';
import { burst, footstep, metalHit } from '../sources/impacts.ts';
import { chair, creak, paperGesture } from '../sources/office.ts';
import { phoneBell, radioCall } from '../sources/phone-and-radio.ts';
import type { SoundRecipe } from './recipe.ts';

const door: SoundRecipe = {
  category: 'sfx',
  name: 'door',
  loop: false,
  seconds: 1.8,
  seed: 5005,
  description:
    'Office door: handle and latch, a short hinge creak, the door shutting with a wooden thud and latch click.',
  render: (r, seconds) => {
    const out = buf(seconds);
    const click = () => metalHit(r, { base: 1900, decay: 0.03, durSec: 0.08, bright: 0.8 });
    add(out, click(), 0.01, 0.25);
    add(out, click(), 0.08, 0.18);
    const cr = creak(
      0.5,
      r,
      (u) => 32 - 12 * Math.sin(Math.PI * u) + 15 * u,
      [
        [640, 18, 1],
        [1280, 16, 0.6],
        [2100, 14, 0.3],
      ],
      [
        [0, 0],
        [0.08, 0.8],
        [0.3, 1],
        [0.45, 0.5],
        [0.5, 0],
      ],
    );
    add(out, cr, 0.14, 0.45);
    const slab = modal(impulseAt(secs(0.8), [0]), [
      { f: 82, amp: 1, tau: 0.12 },
      { f: 141, amp: 0.7, tau: 0.08 },
      { f: 236, amp: 0.5, tau: 0.05 },
      { f: 610, amp: 0.25, tau: 0.03 },
      { f: 905, amp: 0.2, tau: 0.025 },
    ]);
    add(out, slab, 0.74, 6);
    add(out, lp(burst(0.1, 0.02, r, 1), 900), 0.74, 0.8);
    add(out, metalHit(r, { base: 1500, decay: 0.05, durSec: 0.12 }), 0.755, 0.35);
    const wetOut = reverb(out, { room: 0.5, damp: 0.5, wet: 0.22, size: 0.8, predelay: 0.006 });
    hp(wetOut, 45);
    return fadeEdges(wetOut, 0.001, 0.1);
  },
};

const phone: SoundRecipe = {
  category: 'sfx',
  name: 'phone',
  loop: false,
  seconds: 1.9,
  seed: 6006,
  description: 'Desk telephone: one ring of an old two-gong electromechanical bell, then its decay.',
  render: (r, seconds) => {
    const out = phoneBell(r, 1.2, seconds, 1180);
    const wetOut = reverb(out, { room: 0.4, damp: 0.5, wet: 0.12, size: 0.7 });
    return fadeEdges(hp(wetOut, 200), 0.001, 0.08);
  },
};

const radio: SoundRecipe = {
  category: 'sfx',
  name: 'radio',
  loop: false,
  seconds: 2.1,
  seed: 7007,
  description:
    'Handheld police radio call: squelch burst, scrambled tone bursts (no speech), roger beep, squelch tail.',
  render: (r, seconds) => radioCall(r, seconds),
};

const footsteps: SoundRecipe = {
  category: 'sfx',
  name: 'footsteps',
  loop: false,
  seconds: 2.1,
  seed: 8008,
  description: 'Four footsteps of hard-soled shoes on a tiled floor, small room.',
  render: (r, seconds) => {
    const out = buf(seconds);
    for (let k = 0; k < 4; k++)
      add(out, footstep(r, r.range(0.85, 1)), 0.03 + k * 0.5 + r.range(-0.02, 0.02));
    const wetOut = reverb(out, { room: 0.55, damp: 0.35, wet: 0.2, size: 0.9, predelay: 0.008 });
    return fadeEdges(hp(wetOut, 50), 0.001, 0.1);
  },
};

const chairDrag: SoundRecipe = {
  category: 'sfx',
  name: 'chair',
  loop: false,
  seconds: 1.2,
  seed: 9009,
  description: 'A chair dragged across a tiled floor, then set down.',
  render: (r, seconds) => {
    const wetOut = reverb(chair(r, seconds), { room: 0.45, damp: 0.5, wet: 0.15, size: 0.8 });
    return fadeEdges(hp(wetOut, 60), 0.001, 0.08);
  },
};

const paper: SoundRecipe = {
  category: 'sfx',
  name: 'paper',
  loop: false,
  seconds: 1.3,
  seed: 10010,
  description: 'Paper rustle: a sheet picked up and handled, two gestures.',
  render: (r, seconds) => {
    const out = buf(seconds);
    add(out, paperGesture(0.55, r, 500), 0.02);
    add(out, paperGesture(0.45, r, 380), 0.72, 0.8);
    const wetOut = reverb(out, { room: 0.3, damp: 0.6, wet: 0.08, size: 0.6 });
    return fadeEdges(wetOut, 0.001, 0.05);
  },
};

export const EFFECTS: readonly SoundRecipe[] = [door, phone, radio, footsteps, chairDrag, paper];
