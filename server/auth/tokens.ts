import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a bearer token, session cookie, CSRF or setup link: 32 random bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a copy of the database holds no usable credential. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A class code to read aloud or write on a board: 6 characters without 0/O or 1/I. */
export function newClassCode(): string {
  const bytes = randomBytes(6);
  return Array.from(bytes, (b) => codeAlphabet[b % codeAlphabet.length]).join('');
}

/** What a trainee types, upper-cased, without spaces or dashes. */
export const normalizeClassCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');
