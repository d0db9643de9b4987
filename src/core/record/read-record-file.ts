import { parseRecord, type ParsedRecord } from './parse-record.ts';

/*
 * Reading a record file without trusting it: a size cap enforced while reading (so an
 * endless input stops), and text in UTF-8 (with or without a byte-order mark) or
 * UTF-16 (little- or big-endian) decoded to a string. No file system here: the caller
 * hands in chunks (node:fs in tools/lib/read-record-file.ts, a Blob in a browser).
 */

/** The largest record file read: a real record is a few kilobytes. */
export const maxRecordBytes = 5 * 1024 * 1024;

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const sizeText = (n: number) =>
  n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${n} bytes`;

/**
 * Collects chunks from `next` (null or an empty chunk at the end) and stops as soon as
 * more than `limit` bytes came, without asking for more.
 */
export function collectBytes(next: () => Uint8Array | null, limit = maxRecordBytes): Read<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = next(); chunk && chunk.length > 0; chunk = next()) {
    size += chunk.length;
    if (size > limit) return { ok: false, reason: `larger than ${sizeText(limit)}: reading stopped there` };
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, value: bytes };
}

function fromCodeUnits(units: ArrayLike<number>): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(
      ...Array.from({ length: Math.min(8192, units.length - i) }, (_, k) => units[i + k] ?? 0),
    );
  }
  return text;
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): Read<string> {
  if ((bytes.length - start) % 2 !== 0)
    return { ok: false, reason: 'not valid UTF-16: an odd number of bytes' };
  const units = new Uint16Array((bytes.length - start) / 2);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[start + 2 * i] ?? 0;
    const b = bytes[start + 2 * i + 1] ?? 0;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return { ok: true, value: fromCodeUnits(units) };
}

/** Strict UTF-8: an invalid or overlong sequence is named by its byte offset. */
function decodeUtf8(bytes: Uint8Array, start: number): Read<string> {
  const units: number[] = [];
  for (let i = start; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    let cp = length === 1 ? lead : length === 0 ? -1 : lead & (0xff >> (length + 1));
    for (let k = 1; k < length && cp >= 0; k++) {
      const next = bytes[i + k];
      cp = next !== undefined && (next & 0xc0) === 0x80 ? (cp << 6) | (next & 0x3f) : -1;
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return { ok: false, reason: `not valid UTF-8 (at byte ${i})` };
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += length;
  }
  return { ok: true, value: fromCodeUnits(units) };
}

/**
 * The text of a record file: UTF-8, or UTF-16 marked by its byte-order mark. A JSON
 * text starts with an ASCII character, so UTF-16 without a mark shows as a zero byte
 * before (big-endian) or after (little-endian) it.
 */
export function decodeRecordText(bytes: Uint8Array): Read<string> {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes, 3);
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 2, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 2, false);
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return decodeUtf16(bytes, 0, false);
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return decodeUtf16(bytes, 0, true);
  return decodeUtf8(bytes, 0);
}

/** Bytes to a checked record: decoded, parsed as JSON, validated (and migrated) by parseRecord. */
export function recordFromBytes(bytes: Uint8Array): ParsedRecord {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const text = decodeRecordText(bytes);
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    return {
      ok: false,
      reason: `not a readable JSON file (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return parseRecord(data);
}
