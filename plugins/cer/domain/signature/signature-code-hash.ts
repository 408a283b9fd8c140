import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (salt: string, code: string): string =>
  createHash('sha256').update(`${salt}:${code}`).digest('hex');

// Hashing keeps the code out of the database and its backups. It is no defence against
// guessing (a million codes hash in a blink): the 5-attempt limit and the 10-minute validity are.
export const hashSignatureCode = (code: string, saltHex: string): string =>
  `sha256:${saltHex}:${digest(saltHex, code)}`;

export const signatureCodeMatches = (code: string, codeHash: string): boolean => {
  const [algorithm, salt, expected] = codeHash.split(':');
  if (algorithm !== 'sha256' || salt === undefined || expected === undefined) return false;
  const actual = Buffer.from(digest(salt, code), 'hex');
  const wanted = Buffer.from(expected, 'hex');
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
};
