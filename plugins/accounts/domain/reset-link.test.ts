import { RESET_TOKEN_MESSAGES, checkResetToken, newResetToken } from './reset-link';
import { tokenHash } from './session-policy';

const H = 60 * 60_000;
const issued = new Date('2024-02-28T22:30:00.000Z');
const at = (ms: number) => new Date(issued.getTime() + ms);

test('a new reset token expires 24 h later and stores only a hash', () => {
  const reset = newResetToken(issued);
  expect(reset.expiresAt).toEqual(new Date('2024-02-29T22:30:00.000Z')); // across the leap day
  expect(reset.tokenHash).toBe(tokenHash(reset.token));
  expect(reset.tokenHash).not.toContain(reset.token);
});

describe('checkResetToken', () => {
  const expiresAt = at(24 * H);
  test.each([
    [{ expiresAt, usedAt: null }, 0, 'ok'],
    [{ expiresAt, usedAt: null }, 24 * H - 1, 'ok'],
    [{ expiresAt, usedAt: null }, 24 * H, 'expired'],
    [{ expiresAt, usedAt: at(H) }, 2 * H, 'used'],
    [{ expiresAt, usedAt: at(H) }, 48 * H, 'used'],
    [{ expiresAt, usedAt: null, revokedAt: at(H) }, 2 * H, 'revoked'],
    [{ expiresAt, usedAt: at(H), revokedAt: at(H) }, 2 * H, 'used'],
    [{ expiresAt, usedAt: null, revokedAt: null }, 2 * H, 'ok'],
    [null, 0, 'unknown'],
  ])('%j at +%i ms → %s', (stored, elapsed, expected) => {
    expect(checkResetToken(stored, at(elapsed))).toBe(expected);
  });

  test('every refusal has a French message', () => {
    expect(Object.keys(RESET_TOKEN_MESSAGES).sort()).toEqual(['expired', 'revoked', 'unknown', 'used']);
  });
});
