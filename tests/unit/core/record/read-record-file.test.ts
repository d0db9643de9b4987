import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectBytes,
  decodeRecordText,
  maxRecordBytes,
  recordFromBytes,
} from '../../../../src/core/record/read-record-file.ts';

const v1File = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'records-v1', 'tiny_0_1.json');
const text = readFileSync(v1File, 'utf8');
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);

describe('decodeRecordText', () => {
  const sample = '{"a":"«Niña» “quote” 😀 ñ"}';
  it.each([
    ['UTF-8', utf8(sample)],
    ['UTF-8 with a byte-order mark', withBom([0xef, 0xbb, 0xbf], utf8(sample))],
    ['UTF-16 LE with a byte-order mark', withBom([0xff, 0xfe], utf16le(sample))],
    ['UTF-16 BE with a byte-order mark', withBom([0xfe, 0xff], utf16be(sample))],
    ['UTF-16 LE without a mark', utf16le(sample)],
    ['UTF-16 BE without a mark', utf16be(sample)],
  ])('reads %s', (_, bytes) => {
    expect(decodeRecordText(bytes)).toEqual({ ok: true, value: sample });
  });

  it('rejects invalid UTF-8 naming the byte, and odd-length UTF-16', () => {
    expect(decodeRecordText(new Uint8Array([0x7b, 0x22, 0xc3, 0x28]))).toEqual({
      ok: false,
      reason: 'not valid UTF-8 (at byte 2)',
    });
    expect(decodeRecordText(new Uint8Array([0x7b, 0xc0, 0x80]))).toEqual({
      ok: false,
      reason: 'not valid UTF-8 (at byte 1)',
    });
    expect(decodeRecordText(new Uint8Array([0x7b, 0xed, 0xa0, 0x80]))).toEqual({
      ok: false,
      reason: 'not valid UTF-8 (at byte 1)',
    });
    expect(decodeRecordText(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({
      ok: false,
      reason: 'not valid UTF-16: an odd number of bytes',
    });
  });
});

describe('collectBytes', () => {
  it('stops an endless source just past the cap, without reading on', () => {
    let calls = 0;
    const endless = () => {
      calls++;
      return new Uint8Array(64 * 1024);
    };
    expect(collectBytes(endless)).toEqual({ ok: false, reason: 'larger than 5 MB: reading stopped there' });
    expect(calls).toBe(maxRecordBytes / (64 * 1024) + 1);
  });

  it('joins the chunks of a file at most the cap long', () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), null];
    expect(collectBytes(() => chunks.shift() ?? null, 3)).toEqual({
      ok: true,
      value: new Uint8Array([1, 2, 3]),
    });
    const more = [new Uint8Array([1, 2]), new Uint8Array([3, 4])];
    expect(collectBytes(() => more.shift() ?? null, 3)).toEqual({
      ok: false,
      reason: 'larger than 3 bytes: reading stopped there',
    });
  });
});

describe('recordFromBytes', () => {
  it('reads the same v1 record saved as UTF-8, with a BOM, and as UTF-16', () => {
    for (const bytes of [
      utf8(text),
      withBom([0xef, 0xbb, 0xbf], utf8(text)),
      withBom([0xff, 0xfe], utf16le(text)),
      withBom([0xfe, 0xff], utf16be(text)),
    ]) {
      const parsed = recordFromBytes(bytes);
      expect(parsed.ok && parsed.record.caseId).toBe('tiny');
      expect(parsed.ok && parsed.record.schemaVersion).toBe(2);
    }
  });

  it('gives a reason for an empty file, zeros and text that is not JSON', () => {
    expect(recordFromBytes(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    expect(recordFromBytes(new Uint8Array(16))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a readable JSON file/) as unknown,
    });
    expect(recordFromBytes(utf8('{"schemaVersion": 2, '))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a readable JSON file/) as unknown,
    });
    expect(recordFromBytes(utf8('[]'))).toEqual({ ok: false, reason: 'a record must be a JSON object' });
  });
});
