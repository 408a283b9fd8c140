/**
 * Seeded pseudo-random numbers (mulberry32): same seed, same sequence, on every machine, so the
 * generated feeds are byte-identical from one run to the next. Never Math.random.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value, drawn with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
};

export const createRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick: liste vide');
      return items[Math.floor(next() * items.length)];
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [value, weight] of entries) {
        draw -= weight;
        if (draw < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
};

/**
 * An independent seed for one concern (référent pool, households…): changing how many numbers one
 * concern draws must not reshuffle the others.
 */
export const deriveSeed = (seed: number, salt: string): number => {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let index = 0; index < salt.length; index++) {
    hash = Math.imul(hash ^ salt.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
};

/**
 * Picks among many items by weight in O(log n): cumulative weights and a binary search (communes
 * weighted by population are drawn hundreds of thousands of times).
 */
export const createWeightedPicker = <T>(items: readonly T[], weightOf: (item: T) => number): ((random: Random) => T) => {
  if (items.length === 0) throw new RangeError('createWeightedPicker: liste vide');
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return (random) => {
    const draw = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > draw) high = middle;
      else low = middle + 1;
    }
    return items[low];
  };
};
