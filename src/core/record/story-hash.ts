import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hashes already known for a story text (computed at build time), so the browser need not hash it. */
const known = new Map<string, string>();

/** Records the build-time hash of a story text; `storyHash(json)` then returns it without hashing. */
export function rememberStoryHash(json: string, hash: string): void {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a SHA-256 hash: ${hash}`);
  known.set(json, hash);
}

/** The content hash that names a story version in records: SHA-256 (hex) of the compiled JSON. */
export function storyHash(json: string): string {
  return known.get(json) ?? bytesToHex(sha256(utf8ToBytes(json)));
}
