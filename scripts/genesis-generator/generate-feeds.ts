import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isCalendarDate } from '@rsa/vocabulary';
import { addDays, compactDate } from './calendar';
import { createCommunePicker } from './commune-catalogue';
import { applyDailyChanges, type DayStats } from './daily-changes';
import { writeFeedFile } from './feed-writer';
import { createHouseholdFactory } from './household-factory';
import type { Household } from './population';
import { createRandom, deriveSeed } from './prng';
import { createReferentPicker, referentPool } from './referent-pool';

export type GenerateFeedsOptions = {
  households: number;
  days: number;
  seed: number;
  outDir: string;
  /** Extraction date of the first file, `YYYY-MM-DD`. */
  start: string;
  /** Called after each file is written (progress, statistics). */
  onFile?: (file: GeneratedFeed) => void;
};

export type GeneratedFeed = {
  path: string;
  extractionDate: string;
  rows: number;
  households: number;
  /** What changed since the previous file (null for the first one). */
  changes: DayStats | null;
};

/** Name of the référent list written next to the feeds (login, name, structure, territory). */
export const REFERENTS_FILE = 'referents.json';

/** First Genesis ids; realistic magnitudes, far from anything a test writes by hand. */
const FIRST_PERSON_ID = 10_000_000;
const FIRST_HOUSEHOLD_NUMBER = 7_000_000;

/**
 * Writes `days` consecutive feeds `genesis_YYYYMMDD.csv` (from `start`) into `outDir`, plus
 * `referents.json`, and returns the feed paths in date order. Same options, byte-identical files.
 * Day 1 has `households` households (~30 % couples); each later day applies DAILY_CHANGE_RATES.
 */
export const generateFeeds = async (options: GenerateFeedsOptions): Promise<string[]> => {
  checkOptions(options);
  const { households: size, days, seed, outDir, start } = options;
  await mkdir(outDir, { recursive: true });

  const pool = referentPool(seed, size);
  const pickReferent = createReferentPicker(pool);
  const communes = createCommunePicker();
  const random = createRandom(deriveSeed(seed, 'households'));
  const factory = createHouseholdFactory({
    random,
    communes,
    pickReferent,
    ids: { person: FIRST_PERSON_ID + random.int(0, 999_999), household: FIRST_HOUSEHOLD_NUMBER + random.int(0, 999_999) },
  });

  const referentsJson = pool.map(({ login, name, structure, territory }) => ({ login, name, structure, territory }));
  await writeFile(join(outDir, REFERENTS_FILE), `${JSON.stringify(referentsJson, null, 2)}\n`);

  let population: Household[] = [];
  for (let index = 0; index < size; index++) population.push(factory.household(start, false));

  const paths: string[] = [];
  for (let day = 0; day < days; day++) {
    const extractionDate = addDays(start, day);
    let changes: DayStats | null = null;
    if (day > 0) {
      const next = applyDailyChanges(population, extractionDate, { random, factory, communes, pickReferent });
      population = next.households;
      changes = next.stats;
    }
    const path = join(outDir, `genesis_${compactDate(extractionDate)}.csv`);
    const rows = await writeFeedFile(path, population);
    paths.push(path);
    options.onFile?.({ path, extractionDate, rows, households: population.length, changes });
  }
  return paths;
};

const checkOptions = ({ households, days, seed, start }: GenerateFeedsOptions): void => {
  if (!Number.isInteger(households) || households < 1) throw new RangeError(`Nombre de foyers invalide : ${households}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Nombre de jours invalide : ${days}`);
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError(`Graine invalide : ${seed} (entier positif attendu)`);
  if (!isCalendarDate(start)) throw new RangeError(`Date de début invalide : ${start} (attendu : AAAA-MM-JJ)`);
};
