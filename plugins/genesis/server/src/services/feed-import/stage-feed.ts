// First phase of an import: stream the file, validate each row (domain), and stream the accepted
// rows into the staging table (COPY on PostgreSQL, a prepared INSERT on SQLite: staging-sink).
// Memory holds one batch and the map of ids seen (to reject every row of an id that appears twice).
import { openFeed } from '../../../../domain/read-feed';
import { validateRawRow } from '../../../../domain/validate-row';
import { CHARACTERISTIC_NAMES, characteristicsFromRow, isRightsEventCharacteristic } from '../../../../domain/feed-characteristics';

/** The Genesis characteristics in the order characteristicsFromRow returns them. */
export const CHARACTERISTIC_LAYOUT = Object.entries(CHARACTERISTIC_NAMES).flatMap(([family, names]) =>
  (names as readonly string[]).map((name) => ({ family, name, rightsEvent: isRightsEventCharacteristic({ family, name } as never) })),
);
import type { FeedError, FeedRow } from '../../../../domain/feed-row';
import type { FeedEncodingOption } from '../../../../domain/feed-encoding';
import { type Knex } from './sql';
import { openStagingSink, type StagingSink } from './staging-sink';
import { nameSortKey } from '@rsa/vocabulary';
import { createHash } from 'crypto';
import { HASHED_COLUMNS } from './merge-beneficiaries';

// Bump when what a merge makes of a row changes: every person then goes through the full merge once.
const HASH_VERSION = 'v1';
const HASHED = [...HASHED_COLUMNS, ...CHARACTERISTIC_LAYOUT.map((_slot, index) => `c_${index}`)];

/** Fingerprint of what the merges of identity and characteristics read from a staged row. */
export const rowHash = (row: Record<string, unknown>): string =>
  createHash('sha1').update(JSON.stringify([HASH_VERSION, ...HASHED.map((column) => row[column] ?? null)])).digest('base64');

export type StageResult = { rows: number; warnings: string[]; errors: FeedError[]; duplicateIds: string[] };

export type StageOptions = {
  importId: number;
  file: string;
  encoding: FeedEncodingOption;
  fold: (text: string) => string;
  normalizePhone: (raw: string) => string | null;
  onProgress: (rows: number) => void;
};

const BATCH = 1000;

const stagingRow = (importId: number, line: number, row: FeedRow, options: StageOptions, now: Date): Record<string, unknown> => ({
  import_id: importId,
  line,
  genesis_id: row.genesisId,
  household_number: row.householdNumber,
  household_role: row.role,
  organisation: row.organisation,
  caf_number: row.cafNumber,
  civility: row.civility,
  last_name: row.lastName,
  birth_name: row.birthName,
  first_name: row.firstName,
  birth_date: row.birthDate,
  sex: row.sex,
  address_line_1: row.address.line1,
  address_line_2: row.address.line2,
  postal_code: row.address.postalCode,
  city: row.address.city,
  insee_code: row.address.inseeCode,
  phone: row.phone ? options.normalizePhone(row.phone) : null,
  email: row.email ? row.email.toLowerCase() : null,
  territory_code: row.territory.toUpperCase(),
  referent_login: row.referentLogin.toLowerCase(),
  referent_name: row.referentName,
  referent_structure: row.referentStructure.toUpperCase(),
  referent_designated_on: row.referentDesignatedOn,
  sort_name: nameSortKey(row.lastName, row.firstName),
  search_text: options.fold([row.lastName, row.birthName ?? '', row.firstName, row.cafNumber].join(' ')),
  is_new: 1, // until the merge finds the person's file
  same_row: 0,
  identity_changed: 0,
  characteristics_changed: 0,
  reoriented: 0,
  reinstated: 0,
  created_at: now,
  updated_at: now,
});

export const stageFeed = async (trx: Knex, options: StageOptions): Promise<StageResult> => {
  const feed = await openFeed(options.file, { encoding: options.encoding });
  const errors: FeedError[] = [];
  const linesById = new Map<string, number[]>();
  // Opened on the first accepted row, whose keys name the staged columns.
  let sink: StagingSink | null = null;
  let columns: string[] = [];
  let count = 0;
  const now = new Date();

  try {
    for await (const raw of feed.rows) {
      count += 1;
      const validation = validateRawRow(raw);
      const id = raw.values.ID_INDIVIDU?.trim();
      if (id) linesById.set(id, [...(linesById.get(id) ?? []), raw.line]);
      if (!validation.ok) {
        errors.push(...validation.errors);
      } else {
        // The characteristics travel as columns c0…c13 of the person's row (CHARACTERISTIC_LAYOUT
        // order); the merge unpivots them server-side, which saves a million-row transfer.
        const values = characteristicsFromRow(validation.row);
        const row = stagingRow(options.importId, raw.line, validation.row, options, now);
        CHARACTERISTIC_LAYOUT.forEach((slot, index) => {
          const found = values[index];
          if (found.family !== slot.family || found.name !== slot.name) throw new Error('Ordre des caractéristiques Genesis inattendu.');
          row[`c_${index}`] = found.value;
        });
        row.row_hash = rowHash(row);
        if (sink === null) {
          columns = Object.keys(row);
          sink = await openStagingSink(trx, 'feed_staging_rows', columns);
        }
        await sink.write(columns.map((column) => row[column]));
      }
      if (count % BATCH === 0) options.onProgress(count);
    }
    await sink?.close();
  } catch (error) {
    await sink?.abort();
    throw error;
  }
  options.onProgress(count);

  // An id on several rows: nobody can tell which is right, so every one of them is rejected.
  const duplicateIds: string[] = [];
  for (const [id, lines] of linesById) {
    if (lines.length < 2) continue;
    duplicateIds.push(id);
    for (const line of lines) {
      errors.push({ line, column: 'ID_INDIVIDU', message: `Identifiant ${id} présent sur plusieurs lignes (${lines.join(', ')}) : toutes ces lignes sont rejetées` });
    }
  }
  for (let i = 0; i < duplicateIds.length; i += 500) {
    const chunk = duplicateIds.slice(i, i + 500);
    await trx('feed_staging_rows').where('import_id', options.importId).whereIn('genesis_id', chunk).delete();
    await trx('feed_staging_characteristics').where('import_id', options.importId).whereIn('genesis_id', chunk).delete();
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows: count, warnings: [...feed.warnings], errors, duplicateIds };
};
