import { describe, expect, it } from 'vitest';
import { SOUNDS, manifestRow, renderSound, samplesOf, soundNamed } from '../../../tools/audio/catalogue.ts';
import { SR, peak, rms } from '../../../tools/audio/dsp/buffer.ts';
import { loopify } from '../../../tools/audio/dsp/loop.ts';
import { wavBytes } from '../../../tools/audio/wav.ts';

const sameSamples = (a: Float32Array, b: Float32Array) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Largest jump between neighbouring samples, inside the buffer (not across the wrap). */
function largestStep(b: Float32Array): number {
  let m = 0;
  for (let i = 1; i < b.length; i++) m = Math.max(m, Math.abs(b[i]! - b[i - 1]!));
  return m;
}

describe('the sound catalogue', () => {
  it('lists each sound once, with the targets generate-audio.sh reads', () => {
    expect(SOUNDS).toHaveLength(14);
    expect(new Set(SOUNDS.map((s) => s.name)).size).toBe(14);
    expect(SOUNDS.filter((s) => s.loop).map((s) => s.name)).toEqual([
      'front_desk_busy',
      'quiet_room',
      'corridor_cells',
      'night_shift',
    ]);
    expect(manifestRow(soundNamed('quiet_room'))).toMatch(
      /^ambient\tquiet_room\t1\t-28\t48\tQuiet interview room/,
    );
    expect(manifestRow(soundNamed('door'))).toMatch(/^sfx\tdoor\t0\t-16\t64\t/);
    expect(manifestRow(soundNamed('select'))).toMatch(/^ui\tselect\t0\t-18\t64\t/);
  });
});

describe.each(['select', 'door'])('the one-shot %s', (name) => {
  const sound = soundNamed(name);
  const b = renderSound(sound);

  it('lasts the catalogue duration to the sample', () => {
    expect(b.length).toBe(Math.round(sound.seconds * SR));
    expect(b.length).toBe(samplesOf(sound));
  });

  it('is deterministic for its seed and changes with another seed', () => {
    expect(sameSamples(renderSound(sound), b)).toBe(true);
    expect(sameSamples(renderSound(sound, sound.seed + 1), b)).toBe(false);
  });

  it('peaks at 0.5 and is not silent; starts and ends at zero', () => {
    expect(peak(b)).toBeCloseTo(0.5, 6);
    expect(rms(b)).toBeGreaterThan(0.01);
    expect(Math.abs(b[0]!)).toBe(0);
    expect(Math.abs(b[b.length - 1]!)).toBe(0);
  });
});

describe('a loop (quiet_room)', () => {
  const sound = soundNamed('quiet_room');
  const b = renderSound(sound);

  it('is whole 1024-sample frames, at most the catalogue duration', () => {
    expect(b.length % 1024).toBe(0);
    expect(b.length).toBe(samplesOf(sound));
    expect(sound.seconds * SR - b.length).toBeGreaterThanOrEqual(0);
    expect(sound.seconds * SR - b.length).toBeLessThan(1024);
  });

  it('peaks within [-1, 1] and is not silent', () => {
    expect(peak(b)).toBeCloseTo(0.5, 6);
    expect(rms(b)).toBeGreaterThan(0.01);
  });

  it('wraps from its last sample to its first no harder than any step inside it', () => {
    expect(Math.abs(b[0]! - b[b.length - 1]!)).toBeLessThanOrEqual(largestStep(b));
  });
});

describe('loopify', () => {
  // 7.3 cycles in L samples: cut plainly, the wrap jumps
  const L = 4410;
  const X = 441;
  const src = Float32Array.from({ length: L + X }, (_, i) => Math.sin((2 * Math.PI * 7.3 * i) / L));

  it('crossfades the overhang onto the start so the wrap continues the signal', () => {
    const plain = src.slice(0, L);
    const looped = loopify(src, L, X);
    const step = largestStep(src);
    expect(Math.abs(plain[0]! - plain[L - 1]!)).toBeGreaterThan(10 * step);
    expect(looped).toHaveLength(L);
    expect(Math.abs(looped[0]! - looped[L - 1]!)).toBeLessThanOrEqual(step * 1.01);
    expect(sameSamples(looped.subarray(X), src.subarray(X, L))).toBe(true);
  });

  it('refuses a source shorter than the loop and its overhang', () => {
    expect(() => loopify(src, L, X + 1)).toThrow(/too short/);
  });
});

describe('wavBytes', () => {
  it('writes a 58-byte float header and the samples little-endian', () => {
    const bytes = wavBytes(Float32Array.from([0.25, -0.5]));
    expect(bytes).toHaveLength(58 + 8);
    expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
    expect(bytes.readUInt16LE(20)).toBe(3);
    expect(bytes.readUInt32LE(24)).toBe(44100);
    expect(bytes.readUInt32LE(46)).toBe(2);
    expect(bytes.readFloatLE(58)).toBe(0.25);
    expect(bytes.readFloatLE(62)).toBe(-0.5);
  });
});
