import {
  SESSION_STATUS_MESSAGES,
  isWellFormedToken,
  newToken,
  sessionExpiresAt,
  sessionStatus,
  shouldTouch,
  tokenHash,
} from './session-policy';

const MIN = 60_000;
const HOUR = 60 * MIN;
const login = new Date('2024-03-31T06:00:00.000Z');
const at = (ms: number) => new Date(login.getTime() + ms);

describe('sessionStatus', () => {
  test.each([
    // [created +, last seen +, revoked +, now +, status]
    [0, 0, null, 0, 'active'],
    [0, 0, null, 29 * MIN, 'active'],
    [0, 0, null, 30 * MIN - 1, 'active'],
    [0, 0, null, 30 * MIN, 'idle_expired'],
    [0, 11 * HOUR, null, 11 * HOUR + 29 * MIN, 'active'],
    [0, 11 * HOUR + 50 * MIN, null, 12 * HOUR - 1, 'active'],
    [0, 11 * HOUR + 50 * MIN, null, 12 * HOUR, 'absolute_expired'],
    [0, 0, null, 13 * HOUR, 'absolute_expired'], // both limits passed: the absolute one is reported
    [0, 0, 10 * MIN, 20 * MIN, 'revoked'],
    [0, 0, 10 * MIN, 13 * HOUR, 'revoked'],
    [0, 0, 10 * MIN, 5 * MIN, 'active'], // a revocation in the future has not happened yet
  ] as const)('created %j, seen %j, revoked %j, now %j → %s', (created, seen, revoked, now, status) => {
    expect(
      sessionStatus({ createdAt: at(created), lastSeenAt: at(seen), revokedAt: revoked === null ? null : at(revoked) }, at(now)),
    ).toBe(status);
  });
});

describe('sessionExpiresAt', () => {
  test.each([
    [0, 30 * MIN],
    [5 * HOUR, 5 * HOUR + 30 * MIN],
    [11 * HOUR + 45 * MIN, 12 * HOUR],
  ])('seen at +%i → expires at +%i', (seen, expires) => {
    expect(sessionExpiresAt({ createdAt: login, lastSeenAt: at(seen) })).toEqual(at(expires));
  });
});

describe('shouldTouch', () => {
  test.each([
    [0, false],
    [59_999, false],
    [60_000, true],
    [10 * MIN, true],
  ])('%i ms after the last write → %j', (elapsed, expected) => {
    expect(shouldTouch(login, at(elapsed))).toBe(expected);
  });
});

describe('tokens', () => {
  test('a new token is 32 random bytes in base64url and differs each time', () => {
    const a = newToken();
    const b = newToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isWellFormedToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  test('the stored hash is sha256 hex and stable', () => {
    expect(tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(tokenHash(newToken())).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['', false],
    ['short', false],
    ['A'.repeat(43), true],
    ['A'.repeat(42) + '=', false],
    ['A'.repeat(42) + '+', false],
    ['A'.repeat(44), false],
  ])('isWellFormedToken(%j) → %j', (token, expected) => {
    expect(isWellFormedToken(token)).toBe(expected);
  });

  test('messages are French', () => {
    expect(SESSION_STATUS_MESSAGES.idle_expired).toMatch(/inactivité/);
  });
});
