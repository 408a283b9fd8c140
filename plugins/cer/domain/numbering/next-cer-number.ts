// CER numbering (FEATURES C1): a file's CERs are numbered 1, 2, 3… in creation order; a new CER
// takes the next number after the highest one the file already has (a number freed by a
// renumbering is not reused: numbers only grow). Unique per file: the database holds a unique
// index on (beneficiary_id, number) and the server retries when two creations race for the same
// number (services/cers.ts).
export function nextCerNumber(existing: readonly number[]): number {
  let highest = 0;
  for (const n of existing) if (Number.isInteger(n) && n > highest) highest = n;
  return highest + 1;
}

/** How many times a creation retries when another one took its number meanwhile. */
export const CER_NUMBER_ATTEMPTS = 8;
