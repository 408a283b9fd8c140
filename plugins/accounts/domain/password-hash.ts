// Slow salted hash for stored passwords (ASVS 2.4): scrypt from node:crypto, self-describing so
// that the parameters can be raised later without invalidating existing hashes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export type ScryptParams = { N: number; r: number; p: number };

// N = 2^15, r = 8 costs 32 MiB and roughly 50–100 ms per hash on a server core: slow enough
// against offline guessing, fast enough for a login.
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Stored hashes are data: refuse parameters that would let a tampered row exhaust the server.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const PREFIX = 'scrypt';

function memoryFor({ N, r, p }: ScryptParams): number {
  // scrypt needs 128·N·r bytes for V plus 128·r·p for B; Node refuses anything above maxmem,
  // whose default (32 MiB) is exactly what N = 2^15, r = 8 needs, so set it with headroom.
  return 128 * N * r + 128 * r * p + 1024 * 1024;
}

function derive(password: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC so that an accented password typed on a Mac and on Windows gives the same bytes.
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N: params.N, r: params.r, p: params.p, maxmem: memoryFor(params) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return [PREFIX, params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

type ParsedHash = { params: ScryptParams; salt: Buffer; key: Buffer };

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
}

function parseStoredHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, nText, rText, pText, saltText, keyText] = parts;
  if (![nText, rText, pText].every((t) => /^[1-9]\d{0,9}$/.test(t))) return null;
  const params = { N: Number(nText), r: Number(rText), p: Number(pText) };
  if (!isPowerOfTwo(params.N) || params.N > MAX_N || params.r > MAX_R || params.p > MAX_P) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(saltText) || !/^[A-Za-z0-9_-]+$/.test(keyText)) return null;
  const salt = Buffer.from(saltText, 'base64url');
  const key = Buffer.from(keyText, 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { params, salt, key };
}

// False for a wrong password and for anything that is not one of our hashes: the caller answers
// the same "identifiant ou mot de passe incorrect" either way.
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (parsed === null) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

// For an unknown login: spend the same time as a real check so that response times do not tell
// which logins exist (ASVS 2.2 / 3.x account enumeration), then answer false.
const DUMMY_SALT = Buffer.alloc(SALT_BYTES, 7);
export async function verifyPasswordOrNothing(password: string, stored: string | null): Promise<boolean> {
  if (stored !== null) return verifyPassword(password, stored);
  await derive(password, DUMMY_SALT, KEY_BYTES, DEFAULT_SCRYPT_PARAMS);
  return false;
}

// After a successful login, a hash made with weaker parameters than today's is replaced.
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): boolean {
  const parsed = parseStoredHash(stored);
  if (parsed === null) return true;
  return parsed.params.N < params.N || parsed.params.r < params.r || parsed.params.p < params.p || parsed.key.length < KEY_BYTES;
}
