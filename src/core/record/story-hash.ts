import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The content hash that names a story version in records: SHA-256 (hex) of the compiled JSON. */
export function storyHash(json: string): string {
  return bytesToHex(sha256(utf8ToBytes(json)));
}
