// The list's total beyond LIST_COUNT_CAP reads « plus de 10 000 » (vocabulary list-count): to
// know it, PostgreSQL walks 10,001 index entries of the perimeter, a third of the database work of
// a secrétariat's or the siège's list page (1.1 ms of 3.1 ms, measured on 104,065 files). Such a
// perimeter does not fall under 10,000 files between two pages of the same user, so a capped
// total is remembered for a short while, per statement and bindings. An exact total (under the cap)
// is never remembered: a file created or archived shows at once in a small list's count.
import { LIST_COUNT_CAP, isCappedTotal } from '@rsa/vocabulary';

// How long « more than 10,000 » is taken as still true without counting again.
export const CAPPED_TOTAL_TTL_MS = 30_000;
// Distinct statements remembered (a few per user and filter): the oldest go first.
const CAPPED_TOTAL_ENTRIES = 1_000;

export type CappedTotals = {
  /** The total `count` gives, or LIST_COUNT_CAP + 1 when the same key was capped less than the TTL ago. */
  total(key: string, count: () => Promise<number>): Promise<number>;
};

export const cappedTotals = (now: () => number = Date.now, ttlMs = CAPPED_TOTAL_TTL_MS, entries = CAPPED_TOTAL_ENTRIES): CappedTotals => {
  const cappedUntil = new Map<string, number>();
  return {
    async total(key, count) {
      const until = cappedUntil.get(key);
      if (until !== undefined && until > now()) return LIST_COUNT_CAP + 1;
      cappedUntil.delete(key);
      const total = await count();
      if (isCappedTotal(total)) {
        cappedUntil.set(key, now() + ttlMs);
        // Map keeps insertion order: the first key is the oldest one.
        if (cappedUntil.size > entries) cappedUntil.delete(cappedUntil.keys().next().value as string);
      }
      return total;
    },
  };
};
