import {
  DEFAULT_SCRYPT_PARAMS,
  hashPassword,
  needsRehash,
  verifyPassword,
  verifyPasswordOrNothing,
} from './password-hash';

// Cheap parameters keep the suite fast; one test exercises the defaults.
const fast = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPassword / verifyPassword', () => {
  test('the default parameters round-trip', async () => {
    const stored = await hashPassword('Kx7!vQ2#pLm9');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await expect(verifyPassword('Kx7!vQ2#pLm9', stored)).resolves.toBe(true);
    await expect(verifyPassword('Kx7!vQ2#pLm8', stored)).resolves.toBe(false);
  });

  test('two hashes of one password differ (salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('Kx7!vQ2#pLm9', fast), hashPassword('Kx7!vQ2#pLm9', fast)]);
    expect(a).not.toBe(b);
  });

  test('composed and decomposed accents verify alike (NFC)', async () => {
    const stored = await hashPassword('Éléphant7Rosé!'.normalize('NFC'), fast);
    await expect(verifyPassword('Éléphant7Rosé!'.normalize('NFD'), stored)).resolves.toBe(true);
  });

  test.each([
    [''],
    ['not a hash'],
    ['bcrypt$10$abc'],
    ['scrypt$1000$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'], // N not a power of two
    ['scrypt$2097152$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'], // N too large
    ['scrypt$1024$64$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'], // r too large
    ['scrypt$1024$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5'], // salt too short
    ['scrypt$1024$8$1$c2FsdHNhbHRzYWx0$a2V5'], // key too short
    ['scrypt$1024$8$1$c2Fsd!NhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'], // not base64url
    ['scrypt$01024$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
  ])('malformed stored value %j verifies as false', async (stored) => {
    await expect(verifyPassword('whatever', stored)).resolves.toBe(false);
  });
});

describe('needsRehash', () => {
  test.each([
    [{ N: 2 ** 10, r: 8, p: 1 }, true],
    [{ N: 2 ** 15, r: 4, p: 1 }, true],
    [DEFAULT_SCRYPT_PARAMS, false],
    [{ N: 2 ** 16, r: 8, p: 1 }, false],
  ])('hash made with %j → %j', async (params, expected) => {
    expect(needsRehash(await hashPassword('x', params))).toBe(expected);
  });

  test('an unreadable value needs a rehash', () => {
    expect(needsRehash('plain')).toBe(true);
  });
});

describe('verifyPasswordOrNothing', () => {
  test('no stored hash → false, after doing the work', async () => {
    await expect(verifyPasswordOrNothing('Kx7!vQ2#pLm9', null)).resolves.toBe(false);
  });

  test('a stored hash is checked normally', async () => {
    const stored = await hashPassword('Kx7!vQ2#pLm9', fast);
    await expect(verifyPasswordOrNothing('Kx7!vQ2#pLm9', stored)).resolves.toBe(true);
  });
});
