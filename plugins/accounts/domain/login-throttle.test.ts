import {
  NO_FAILURE,
  afterFailure,
  afterSuccess,
  isLocked,
  lockDelayMs,
  lockedMessage,
  lockDelaySteps,
  lockUntilAfterAttempt,
  nextAllowedAt,
  waitMessage,
} from './login-throttle';

const MIN = 60_000;
const t0 = new Date('2024-02-29T08:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('lockDelayMs', () => {
  test.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 1 * MIN],
    [6, 2 * MIN],
    [7, 4 * MIN],
    [8, 8 * MIN],
    [9, 16 * MIN],
    [10, 32 * MIN],
    [11, 60 * MIN],
    [12, 60 * MIN],
    [1000, 60 * MIN],
  ])('%i failures → %i ms', (failures, delay) => {
    expect(lockDelayMs(failures)).toBe(delay);
  });
});

describe('nextAllowedAt', () => {
  test.each([
    [4, t0, null],
    [5, t0, at(1 * MIN)],
    [7, t0, at(4 * MIN)],
    [5, null, null],
  ])('%i failures, last at %j → %j', (failures, last, expected) => {
    expect(nextAllowedAt(failures, last)).toEqual(expected);
  });
});

describe('isLocked', () => {
  test.each([
    [0, 0, false],
    [4, 0, false],
    [5, 0, true],
    [5, 59_999, true],
    [5, 60_000, false], // the wait is over at exactly one minute
    [6, 90_000, true],
    [6, 120_000, false],
    [11, 59 * MIN, true],
    [11, 60 * MIN, false],
  ])('%i failures, %i ms after the last → locked=%j', (failures, elapsed, locked) => {
    expect(isLocked({ failures, lastFailureAt: t0 }, at(elapsed))).toBe(locked);
  });
});

test('five failures in a row lock; a success resets', () => {
  let state = NO_FAILURE;
  for (let i = 0; i < 5; i += 1) state = afterFailure(state, at(i * 1000));
  expect(state.failures).toBe(5);
  expect(isLocked(state, at(5000))).toBe(true);
  expect(isLocked(afterSuccess(), at(5000))).toBe(false);
});

describe('lockedMessage', () => {
  test.each([
    [4, 0, null],
    [5, 0, 'Trop de tentatives de connexion échouées. Réessayez dans 1 minute.'],
    [5, 59_000, 'Trop de tentatives de connexion échouées. Réessayez dans 1 minute.'],
    [6, 1000, 'Trop de tentatives de connexion échouées. Réessayez dans 2 minutes.'],
    [5, 60_000, null],
  ])('%i failures, %i ms after → %j', (failures, elapsed, expected) => {
    expect(lockedMessage({ failures, lastFailureAt: t0 }, at(elapsed))).toBe(expected);
  });
});

describe('counted attempts (what the SQL upsert restates)', () => {
  test.each([
    [1, null],
    [4, null],
    [5, at(1 * MIN)],
    [6, at(2 * MIN)],
    [11, at(60 * MIN)],
    [40, at(60 * MIN)],
  ])('attempt %i counted at t0 → wait until %j', (attempt, until) => {
    expect(lockUntilAfterAttempt(attempt, t0)).toEqual(until);
  });

  test('the delay table stops at the cap and agrees with lockDelayMs', () => {
    const steps = lockDelaySteps();
    expect(steps[0]).toEqual({ failures: 5, delayMs: 1 * MIN });
    expect(steps[steps.length - 1]).toEqual({ failures: 11, delayMs: 60 * MIN });
    for (const step of steps) expect(lockDelayMs(step.failures)).toBe(step.delayMs);
  });

  test('waitMessage rounds up and says nothing once the wait is over', () => {
    expect(waitMessage(at(90_000), t0)).toBe('Trop de tentatives de connexion échouées. Réessayez dans 2 minutes.');
    expect(waitMessage(at(90_000), at(90_000))).toBeNull();
    expect(waitMessage(null, t0)).toBeNull();
  });
});
