/** Writes mono 32-bit float WAV files (WAVE_FORMAT_IEEE_FLOAT with a fact chunk). */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { SR } from './dsp/buffer.ts';

/** The bytes of a mono float WAV at 44.1 kHz holding `samples`. */
export function wavBytes(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 4);
  for (let i = 0; i < samples.length; i++) data.writeFloatLE(samples[i]!, i * 4);
  const h = Buffer.alloc(58);
  h.write('RIFF', 0);
  h.writeUInt32LE(50 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(18, 16);
  h.writeUInt16LE(3, 20); // IEEE float
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 4, 28);
  h.writeUInt16LE(4, 32);
  h.writeUInt16LE(32, 34);
  h.writeUInt16LE(0, 36); // cbSize
  h.write('fact', 38);
  h.writeUInt32LE(4, 42);
  h.writeUInt32LE(samples.length, 46);
  h.write('data', 50);
  h.writeUInt32LE(data.length, 54);
  return Buffer.concat([h, data]);
}

export function writeWav(path: string, samples: Float32Array): void {
  writeFileSync(path, wavBytes(samples));
}
