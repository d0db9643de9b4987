/** The four seamless ambient loops, one per place and time of the station. */
import { SR, TAU, add, normPeak, normRms, secs } from '../dsp/buffer.ts';
import { bp, comb, hp, lp } from '../dsp/filters.ts';
import { loopSine, makeLoop } from '../dsp/loop.ts';
import { brown, pink, white, wander } from '../dsp/noise.ts';
import { echo, reverb } from '../dsp/reverb.ts';
import { drip, footstep, metalHit } from '../sources/impacts.ts';
import { chair, paperGesture, typing } from '../sources/office.ts';
import { phoneBell, radioCall } from '../sources/phone-and-radio.ts';
import { bark, carPass, horn } from '../sources/street.ts';
import { babble, crowdNoise } from '../sources/voices.ts';
import type { SoundRecipe } from './recipe.ts';

const frontDeskBusy: SoundRecipe = {
  category: 'ambient',
  name: 'front_desk_busy',
  loop: true,
  seconds: 16,
  seed: 1001,
  description:
    'Busy front desk: indistinct murmur of several voices, keyboard, a distant desk phone ringing twice, a faint radio squelch, chair and paper.',
  render: (r, seconds) =>
    makeLoop(
      r,
      seconds,
      (n, r, at) => {
        const mix = new Float32Array(n);
        const voices = babble(n, r, [
          { f0: 112, rate: 5.0, gain: 0.9, lp: 2300 },
          { f0: 205, rate: 5.5, gain: 0.8, lp: 2500, formant: 1.15 },
          { f0: 128, rate: 4.6, gain: 0.65, lp: 2000 },
          { f0: 96, rate: 4.2, gain: 0.55, lp: 1800 },
          { f0: 228, rate: 5.8, gain: 0.5, lp: 1900, formant: 1.18 },
          { f0: 140, rate: 5.2, gain: 0.45, lp: 1600 },
          { f0: 185, rate: 4.8, gain: 0.4, lp: 1500, formant: 1.12 },
          { f0: 105, rate: 4.4, gain: 0.35, lp: 1400 },
        ]);
        add(mix, voices);
        add(mix, crowdNoise(n, r), 0, 0.55);
        add(mix, typing(r, 9), at(2.6), 0.25);
        add(mix, typing(r, 6), at(8.9), 0.2);
        add(mix, typing(r, 11), at(12.7), 0.22);
        add(mix, lp(phoneBell(r, 1.1, 2.0, 1150), 3000), at(4.1), 0.14);
        add(mix, lp(phoneBell(r, 1.1, 2.0, 1150), 3000), at(7.1), 0.14);
        add(mix, radioCall(r, 1.3), at(10.6), 0.2);
        add(mix, chair(r), at(6.0), 0.2);
        add(mix, paperGesture(0.5, r), at(14.2), 0.25);
        const wetMix = reverb(mix, { room: 0.62, damp: 0.45, wet: 0.32, size: 1.1, predelay: 0.012 });
        const tone = pink(n, r, 0.02);
        lp(tone, 900);
        add(wetMix, tone);
        hp(wetMix, 70);
        return wetMix;
      },
      (n) => add(loopSine(n, 120, 0.0012), loopSine(n, 240, 0.0006)),
    ),
};

const quietRoom: SoundRecipe = {
  category: 'ambient',
  name: 'quiet_room',
  loop: true,
  seconds: 16,
  seed: 2002,
  description:
    'Quiet interview room: soft air/room tone, faint distant street traffic and one far-off car horn through the wall.',
  render: (r, seconds) =>
    makeLoop(
      r,
      seconds,
      (n, r, at) => {
        const mix = pink(n, r);
        lp(mix, 600);
        lp(mix, 900);
        normRms(mix, 0.01);
        add(mix, normRms(lp(brown(n, r), 160), 0.008));
        // a breath of ventilation hiss above the rumble
        add(mix, normRms(lp(hp(pink(n, r), 1500), 5000), 0.0015));
        const street = new Float32Array(n);
        add(street, carPass(6, r, { lpHz: 350 }), at(2.5), 0.1);
        add(street, carPass(7, r, { lpHz: 300, peakAt: 0.6 }), at(8.5), 0.08);
        const h = horn(0.18);
        const h2 = horn(0.28);
        const honk = new Float32Array(secs(0.7));
        add(honk, h);
        add(honk, h2, 0.3);
        lp(honk, 900);
        add(street, honk, at(10.3), 0.04);
        const far = reverb(street, { room: 0.85, damp: 0.7, wet: 0.5, dry: 0.6, size: 1.5 });
        add(mix, far);
        hp(mix, 30);
        return mix;
      },
      (n) => loopSine(n, 60, 0.0004),
    ),
};

const corridorCells: SoundRecipe = {
  category: 'ambient',
  name: 'corridor_cells',
  loop: true,
  seconds: 18,
  seed: 3003,
  description:
    'Corridor by the holding cells: hollow resonant air, low uneasy beating drone, a distant metal door clank with echo, water drips and far footsteps.',
  render: (r, seconds) =>
    makeLoop(
      r,
      seconds,
      (n, r, at) => {
        const air = pink(n, r);
        lp(air, 700);
        comb(air, 1 / 92, 0.55);
        normRms(air, 0.02);
        const airMod = wander(n, r, 0.25);
        for (let i = 0; i < n; i++) air[i]! *= 0.8 + 0.2 * airMod[i]!;
        const ev = new Float32Array(n);
        const clank = metalHit(r, { base: 92, decay: 1.4, durSec: 3 });
        const latch = metalHit(r, { base: 310, decay: 0.25, bright: 1.1, durSec: 0.6 });
        add(clank, latch, 0.34, 0.5);
        lp(clank, 2200);
        add(ev, normPeak(clank, 0.12), at(5.5));
        add(ev, drip(1050), at(3.1), 0.03);
        add(ev, drip(1180), at(10.4), 0.025);
        add(ev, drip(990), at(15.3), 0.028);
        for (let k = 0; k < 4; k++) add(ev, normPeak(lp(footstep(r, 0.8), 1500), 0.05), at(11.2 + k * 0.61));
        const echoed = echo(ev, { delay: 0.33, feedback: 0.42, lpHz: 1600, mix: 0.55 });
        const mix = add(air, echoed);
        const wetMix = reverb(mix, {
          room: 0.92,
          damp: 0.25,
          wet: 0.55,
          dry: 0.7,
          size: 1.7,
          predelay: 0.03,
        });
        hp(wetMix, 35);
        return wetMix;
      },
      (n) => {
        const d = new Float32Array(n);
        add(d, loopSine(n, 55, 0.012));
        add(d, loopSine(n, 55.5, 0.01));
        add(d, loopSine(n, 77.8, 0.005));
        add(d, loopSine(n, 116.5, 0.0025));
        // slow "breathing": one swell per loop
        for (let i = 0; i < n; i++) d[i]! *= 0.75 + 0.25 * Math.sin((TAU * i) / n);
        return d;
      },
    ),
};

/** Fluorescent ballast partials: [frequency (Hz), level], 120 Hz (2 x 60 Hz mains) and up. */
const BALLAST: readonly (readonly [number, number])[] = [
  [120, 1],
  [240, 0.55],
  [360, 0.3],
  [480, 0.18],
  [600, 0.08],
  [720, 0.06],
  [1080, 0.03],
  [1440, 0.02],
];

const nightShift: SoundRecipe = {
  category: 'ambient',
  name: 'night_shift',
  loop: true,
  seconds: 20,
  seed: 4004,
  description:
    'Night shift: 60 Hz-mains fluorescent tube hum and buzz, low room tone, a car passing far away, a distant dog, an occasional radio call in the next room.',
  render: (r, seconds) =>
    makeLoop(
      r,
      seconds,
      (n, r, at) => {
        const mix = pink(n, r, 0.04);
        lp(mix, 700);
        // ballast buzz: a thin band of noise chopped at 120 Hz
        const buzz = bp(white(n, r), 3800, 1.5);
        for (let i = 0; i < n; i++) buzz[i]! *= Math.pow(Math.abs(Math.sin((Math.PI * 120 * i) / SR)), 8);
        add(mix, normRms(buzz, 0.0025));
        add(mix, carPass(7, r, { lpHz: 450 }), at(3.0), 0.06);
        const dogs = new Float32Array(secs(3));
        [0, 0.52, 1.3, 1.75].forEach((t) => add(dogs, bark(r), t, r.range(0.7, 1)));
        lp(dogs, 1300);
        const farDogs = echo(reverb(dogs, { room: 0.8, damp: 0.6, wet: 0.6, dry: 0.5, size: 1.6 }), {
          delay: 0.28,
          feedback: 0.25,
          lpHz: 1000,
          mix: 0.35,
        });
        add(mix, farDogs, at(11.5), 0.16);
        const radio = radioCall(r, 1.5);
        lp(radio, 2500);
        add(mix, reverb(radio, { room: 0.6, damp: 0.5, wet: 0.4, size: 1 }), at(16.0), 0.05);
        hp(mix, 40);
        return mix;
      },
      (n, r) => {
        // fluorescent ballast hum with harmonics, slowly wavering
        const h = new Float32Array(n);
        BALLAST.forEach(([f, a]) => add(h, loopSine(n, f, a * 0.012, r.range(0, TAU))));
        for (let i = 0; i < n; i++)
          h[i]! *= 1 + 0.08 * Math.sin((TAU * 3 * i) / n) + 0.04 * Math.sin((TAU * 7 * i) / n);
        return h;
      },
    ),
};

export const AMBIENT_BEDS: readonly SoundRecipe[] = [frontDeskBusy, quietRoom, corridorCells, nightShift];
