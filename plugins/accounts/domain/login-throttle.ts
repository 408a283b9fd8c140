// Back-off after repeated failed logins (ACCESS.md, ASVS 2.2.1): the first failures cost nothing,
// then each further failure doubles the wait, capped so that a forgotten password never locks
// an account for good and an attacker cannot lock a colleague out for days.

export type ThrottleState = {
  // Consecutive failures since the last successful login.
  failures: number;
  lastFailureAt: Date | null;
};

export const FREE_FAILURES = 4; // the 5th failure starts the wait
const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 60 * 60_000;

export const NO_FAILURE: ThrottleState = { failures: 0, lastFailureAt: null };

// 5 failures → 1 min, 6 → 2, 7 → 4, 8 → 8, 9 → 16, 10 → 32, 11 and more → 60.
export function lockDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  const doublings = failures - FREE_FAILURES - 1;
  // Stop doubling once the cap is reached, before 2 ** doublings overflows into Infinity.
  return doublings >= 6 ? MAX_DELAY_MS : Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

export function nextAllowedAt(failures: number, lastFailureAt: Date | null): Date | null {
  const delay = lockDelayMs(failures);
  if (delay === 0 || lastFailureAt === null) return null;
  return new Date(lastFailureAt.getTime() + delay);
}

// While locked the server refuses without even checking the password, and does not count that
// attempt: otherwise a script hammering the form would keep the real user out forever.
export function isLocked(state: ThrottleState, now: Date): boolean {
  const until = nextAllowedAt(state.failures, state.lastFailureAt);
  return until !== null && now.getTime() < until.getTime();
}

// Every attempt is counted (atomically, by the database) BEFORE its password is checked, and
// only when the account is not waiting: so however many requests arrive at once, at most
// FREE_FAILURES + 1 passwords are checked before the first wait, then one per wait.
// `lockUntilAfterAttempt(n, now)` is the end of the wait that the n-th counted attempt starts.
export function lockUntilAfterAttempt(attempt: number, now: Date): Date | null {
  return nextAllowedAt(attempt, now);
}

// The delay table the SQL upsert is generated from (one source for the rule): one step per
// count until the cap, whose delay then holds for every larger count.
export type LockDelayStep = { failures: number; delayMs: number };

export function lockDelaySteps(): LockDelayStep[] {
  const steps: LockDelayStep[] = [];
  for (let failures = FREE_FAILURES + 1; ; failures += 1) {
    const delayMs = lockDelayMs(failures);
    steps.push({ failures, delayMs });
    if (delayMs >= MAX_DELAY_MS) return steps;
  }
}

export function afterFailure(state: ThrottleState, now: Date): ThrottleState {
  return { failures: state.failures + 1, lastFailureAt: now };
}

export function afterSuccess(): ThrottleState {
  return NO_FAILURE;
}

// French message for the login form; rounded up so that "dans 0 minute" never shows.
export function lockedMessage(state: ThrottleState, now: Date): string | null {
  return waitMessage(nextAllowedAt(state.failures, state.lastFailureAt), now);
}

export function waitMessage(until: Date | null, now: Date): string | null {
  if (until === null || now.getTime() >= until.getTime()) return null;
  const minutes = Math.ceil((until.getTime() - now.getTime()) / 60_000);
  return (
    'Trop de tentatives de connexion échouées. ' +
    `Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`
  );
}
