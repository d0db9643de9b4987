import { closeSync, openSync, readSync } from 'node:fs';
import type { ParsedRecord } from '../../src/core/record/parse-record.ts';
import { collectBytes, maxRecordBytes, recordFromBytes } from '../../src/core/record/read-record-file.ts';

const chunkSize = 64 * 1024;

/**
 * Reads and checks a record file in chunks, so a device or a pipe that never ends
 * (`/dev/zero`, `yes |`) stops at the size cap with a reason instead of filling memory.
 */
export function readRecordFile(file: string, limit = maxRecordBytes): ParsedRecord {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  try {
    const read = collectBytes(() => {
      const buffer = new Uint8Array(chunkSize);
      const n = readSync(fd, buffer, 0, chunkSize, null);
      return n === 0 ? null : buffer.subarray(0, n);
    }, limit);
    return read.ok ? recordFromBytes(read.value) : read;
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  } finally {
    closeSync(fd);
  }
}
